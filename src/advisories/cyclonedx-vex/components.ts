/** bom-ref -> purl for every component of a CycloneDX BOM, nested components and metadata.component included. */
import { isRecord } from "../feed-parser.js";

export function indexComponents(doc: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isRecord(doc)) return out;
  const stack: unknown[] = [];
  if (isRecord(doc.metadata)) stack.push(doc.metadata.component);
  if (Array.isArray(doc.components)) stack.push(...doc.components);
  while (stack.length > 0) {
    const component = stack.pop();
    if (!isRecord(component)) continue;
    const ref = component["bom-ref"];
    const purl = component.purl;
    if (typeof purl === "string") {
      if (typeof ref === "string") out.set(ref, purl);
      out.set(purl, purl);
    }
    if (Array.isArray(component.components)) stack.push(...component.components);
  }
  return out;
}
