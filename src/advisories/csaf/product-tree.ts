/**
 * The CSAF product tree flattened to one entry per product id
 * (https://docs.oasis-open.org/csaf/csaf/v2.0/csaf-v2.0.html#322-product-tree-property):
 * branches (walked recursively), full_product_names and relationships. A product keeps the purl
 * or CPE of its identification helper, and the vers range of an enclosing
 * `product_version_range` branch.
 */
import type { CsafBranch, CsafFullProductName, CsafProductTree } from "./csaf-schema.js";

export interface CsafProduct {
  productId: string;
  name: string;
  purl?: string;
  cpe?: string;
  /** A `vers:` string from an enclosing branch of category product_version_range. */
  versionRange?: string;
}

export function indexProductTree(tree: CsafProductTree | undefined): Map<string, CsafProduct> {
  const products = new Map<string, CsafProduct>();
  for (const branch of tree?.branches ?? []) walkBranch(branch, undefined, products);
  for (const full of tree?.full_product_names ?? []) products.set(full.product_id, fromFull(full, undefined));
  for (const rel of tree?.relationships ?? []) {
    // "X default_component_of Y": the new product is component X installed on platform Y; the
    // component's identifiers are what inventory matches.
    const own = fromFull(rel.full_product_name, undefined);
    const component = products.get(rel.product_reference);
    products.set(own.productId, { ...component, ...own, ...identifiersOf(own, component) });
  }
  return products;
}

function walkBranch(branch: CsafBranch, range: string | undefined, out: Map<string, CsafProduct>): void {
  const here = branch.category === "product_version_range" ? branch.name : range;
  if (branch.product) out.set(branch.product.product_id, fromFull(branch.product, here));
  for (const child of branch.branches ?? []) walkBranch(child, here, out);
}

function fromFull(full: CsafFullProductName, range: string | undefined): CsafProduct {
  const product: CsafProduct = { productId: full.product_id, name: full.name ?? full.product_id };
  const helper = full.product_identification_helper;
  if (helper?.purl !== undefined) product.purl = helper.purl;
  if (helper?.cpe !== undefined) product.cpe = helper.cpe;
  if (range !== undefined) product.versionRange = range;
  return product;
}

function identifiersOf(own: CsafProduct, component: CsafProduct | undefined): Partial<CsafProduct> {
  const out: Partial<CsafProduct> = {};
  const purl = own.purl ?? component?.purl;
  const cpe = own.cpe ?? component?.cpe;
  const range = own.versionRange ?? component?.versionRange;
  if (purl !== undefined) out.purl = purl;
  if (cpe !== undefined) out.cpe = cpe;
  if (range !== undefined) out.versionRange = range;
  return out;
}
