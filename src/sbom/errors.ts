/**
 * Errors of the SBOM reader. Everything a user can cause by handing Needle a bad file is a
 * ParseError (tied to the file, and to a line or a field where known) or an InputError.
 */
import { InputError } from "../domain/errors.js";

/** The file is larger than the configured bound; it is refused before it is read in full. */
export class SbomTooLargeError extends InputError {
  readonly file: string;
  readonly size: number;
  readonly maxBytes: number;

  constructor(file: string, size: number, maxBytes: number) {
    super(
      `${file}: SBOM of ${size} bytes refused: larger than the limit of ${maxBytes} bytes (raise maxBytes to read it)`,
    );
    this.file = file;
    this.size = size;
    this.maxBytes = maxBytes;
  }
}
