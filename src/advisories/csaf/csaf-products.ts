/**
 * Affected CSAF products as OSV-style affected packages (from purls and vers ranges) and as CPE
 * criteria (products known only by CPE).
 */
import type { AffectedPackage, CpeMatch } from "../../domain/advisory.js";
import { osvPackageOfPurl } from "../purl-ecosystem.js";
import type { CsafProduct } from "./product-tree.js";
import { versToOsv } from "./vers-to-osv.js";

export function affectedFromProducts(
  products: CsafProduct[],
  warnings: string[],
): { affected: AffectedPackage[]; cpeMatches: CpeMatch[] } {
  const packages = new Map<string, AffectedPackage>();
  const cpeMatches: CpeMatch[] = [];
  for (const product of products) {
    if (product.purl !== undefined) addPurlProduct(product, product.purl, packages, warnings);
    else if (product.cpe?.startsWith("cpe:2.3:"))
      cpeMatches.push({ criteria: product.cpe, vulnerable: true });
    else if (product.cpe !== undefined) {
      warnings.push(`product "${product.productId}": CPE "${product.cpe}" is not a CPE 2.3 formatted string`);
    }
  }
  return { affected: [...packages.values()], cpeMatches };
}

function addPurlProduct(
  product: CsafProduct,
  purl: string,
  packages: Map<string, AffectedPackage>,
  warnings: string[],
): void {
  let pkg: ReturnType<typeof osvPackageOfPurl>;
  try {
    pkg = osvPackageOfPurl(purl);
  } catch (error) {
    warnings.push(
      `product "${product.productId}": ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  if (pkg.ecosystem === undefined) {
    warnings.push(`product "${product.productId}": no OSV ecosystem for purl "${purl}"`);
    return;
  }
  const key = `${pkg.ecosystem}\u0000${pkg.name}`;
  const entry = packages.get(key) ?? {
    ecosystem: pkg.ecosystem,
    name: pkg.name,
    purl: stripVersion(purl),
    ranges: [],
    versions: [],
  };
  packages.set(key, entry);
  if (product.versionRange !== undefined) {
    const range = versToOsv(product.versionRange);
    if ("error" in range) warnings.push(`product "${product.productId}": ${range.error}`);
    else {
      if (range.events.length > 0) entry.ranges.push({ type: "ECOSYSTEM", events: range.events });
      entry.versions.push(...range.versions);
    }
  } else if (pkg.version !== undefined) {
    entry.versions.push(pkg.version);
  } else {
    warnings.push(`product "${product.productId}": purl "${purl}" has no version and no version range`);
  }
}

/** The purl without version, qualifiers and subpath (the version sits after the last "@" of the path). */
function stripVersion(purl: string): string {
  const end = purl.search(/[?#]/);
  const head = end < 0 ? purl : purl.slice(0, end);
  const at = head.lastIndexOf("@");
  return at > head.lastIndexOf("/") ? head.slice(0, at) : head;
}
