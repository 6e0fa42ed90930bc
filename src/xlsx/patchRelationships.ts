/** Edits a .rels part's text: relationships removed by Id, new ones appended; the rest stays as written. */
import { relationshipXml } from "./relationships";
import { findElements, rootEndTag, rootPrefix, withPrefix } from "./xmlText";

export interface NewRelationship {
  id: string;
  type: string;
  target: string;
}

/** A relationship Id not used in `xml` yet, and not in `taken`. */
export function freeRelationshipId(xml: string, taken: ReadonlySet<string>): string {
  const used = new Set(findElements(xml, "Relationship").map((r) => r.attrs.Id ?? ""));
  for (let n = 1; ; n++) {
    const id = `rId${n}`;
    if (!used.has(id) && !taken.has(id)) return id;
  }
}

export function patchRelationships(xml: string, remove: ReadonlySet<string>, add: readonly NewRelationship[]): string {
  let text = xml;
  for (const r of findElements(xml, "Relationship").reverse()) if (remove.has(r.attrs.Id ?? "")) text = text.slice(0, r.start) + text.slice(r.end);
  if (add.length === 0) return text;
  const prefix = rootPrefix(text);
  const close = rootEndTag(text, `${prefix}Relationships`);
  const added = withPrefix(add.map((r) => relationshipXml(r.id, r.type, r.target)).join(""), prefix);
  return text.slice(0, close) + added + text.slice(close);
}
