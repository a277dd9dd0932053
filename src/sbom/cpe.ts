/**
 * Vendor, product and version out of a CPE name, to build a generic purl for a component that
 * has a CPE but no purl. Both bindings are read: the CPE 2.3 formatted string
 * (`cpe:2.3:a:apache:log4j:2.14.1:*:...`) and the 2.2 URI (`cpe:/a:apache:log4j:2.14.1`),
 * https://nvlpubs.nist.gov/nistpubs/Legacy/IR/nistir7695.pdf sections 6.1 and 6.2.
 */

/** The parts of a CPE that name a product; version is "" when the CPE says ANY or NA. */
export interface CpeProduct {
  vendor: string;
  product: string;
  version: string;
}

/** Parses a CPE name; undefined when it has no concrete vendor and product. */
export function parseCpe(cpe: string): CpeProduct | undefined {
  let fields: string[];
  if (cpe.startsWith("cpe:2.3:")) fields = splitFormatted(cpe.slice("cpe:2.3:".length));
  else if (cpe.startsWith("cpe:/")) fields = cpe.slice("cpe:/".length).split(":").map(decodeUri);
  else return undefined;
  const [, vendor, product, version] = fields;
  if (!concrete(vendor) || !concrete(product)) return undefined;
  return { vendor, product, version: concrete(version) ? version : "" };
}

function concrete(value: string | undefined): value is string {
  return value !== undefined && value !== "" && value !== "*" && value !== "-";
}

/** Splits on colons not escaped by a backslash, and removes the escapes. */
function splitFormatted(text: string): string[] {
  const fields: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length) {
      current += text[i + 1];
      i++;
    } else if (c === ":") {
      fields.push(current);
      current = "";
    } else current += c;
  }
  fields.push(current);
  return fields;
}

function decodeUri(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
