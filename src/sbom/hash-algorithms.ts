/**
 * Hash algorithm names. Components carry CycloneDX's spelling
 * (https://cyclonedx.org/docs/1.6/json/#components_items_hashes_items_alg); SPDX spells the
 * same algorithms differently (https://spdx.github.io/spdx-spec/v2.3/package-information/#710-package-checksum-field).
 */

/** CycloneDX 1.6 `hash-alg` values: anything else is left out of a written CycloneDX file. */
export const CYCLONEDX_HASH_ALGORITHMS: ReadonlySet<string> = new Set([
  "MD5",
  "SHA-1",
  "SHA-256",
  "SHA-384",
  "SHA-512",
  "SHA3-256",
  "SHA3-384",
  "SHA3-512",
  "BLAKE2b-256",
  "BLAKE2b-384",
  "BLAKE2b-512",
  "BLAKE3",
]);

const SPDX_TO_CYCLONEDX: ReadonlyMap<string, string> = new Map([
  ["SHA1", "SHA-1"],
  ["SHA224", "SHA-224"],
  ["SHA256", "SHA-256"],
  ["SHA384", "SHA-384"],
  ["SHA512", "SHA-512"],
]);

const CYCLONEDX_TO_SPDX: ReadonlyMap<string, string> = new Map(
  [...SPDX_TO_CYCLONEDX].map(([spdx, cyclonedx]) => [cyclonedx, spdx]),
);

/** SPDX 2.3 checksum algorithms that have a CycloneDX-style name (others keep their SPDX name). */
const SPDX_ALGORITHMS: ReadonlySet<string> = new Set([
  "SHA1",
  "SHA224",
  "SHA256",
  "SHA384",
  "SHA512",
  "SHA3-256",
  "SHA3-384",
  "SHA3-512",
  "BLAKE2b-256",
  "BLAKE2b-384",
  "BLAKE2b-512",
  "BLAKE3",
  "MD2",
  "MD4",
  "MD5",
  "MD6",
  "ADLER32",
]);

/** An SPDX checksum algorithm in CycloneDX spelling. */
export function hashAlgorithmFromSpdx(algorithm: string): string {
  return SPDX_TO_CYCLONEDX.get(algorithm) ?? algorithm;
}

/** The SPDX spelling of an algorithm, or undefined when SPDX 2.3 has no such checksum algorithm. */
export function hashAlgorithmToSpdx(alg: string): string | undefined {
  const spdx = CYCLONEDX_TO_SPDX.get(alg) ?? alg;
  return SPDX_ALGORITHMS.has(spdx) ? spdx : undefined;
}
