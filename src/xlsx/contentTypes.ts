/**
 * [Content_Types].xml: reading a part's content type, and patching the part
 * by adding Overrides for new parts and removing those of removed parts. The
 * workbook's own entry is never touched, so a macro-enabled workbook stays one.
 */
import { escapeXml, findElements, rootEndTag, rootPrefix, withPrefix } from "./xmlText";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

/** A part name as content types write it: with a leading "/". */
const slashed = (part: string): string => (part.startsWith("/") ? part : `/${part}`);

/** The content type of `part` in this [Content_Types].xml text (its Override, else its extension's Default). */
export function contentTypeOf(xml: string, part: string): string | undefined {
  const name = slashed(part).toLowerCase();
  for (const o of findElements(xml, "Override")) if ((o.attrs.PartName ?? "").toLowerCase() === name) return o.attrs.ContentType;
  const ext = name.slice(name.lastIndexOf(".") + 1);
  for (const d of findElements(xml, "Default")) if ((d.attrs.Extension ?? "").toLowerCase() === ext) return d.attrs.ContentType;
  return undefined;
}

/**
 * The text with the Overrides of `removed` parts taken out (unless they are
 * written again) and one Override per `added` part that lacks the same entry.
 */
export function patchContentTypes(xml: string, removed: ReadonlySet<string>, added: ReadonlyMap<string, string>): string {
  const addedByKey = new Map([...added].map(([name, type]) => [slashed(name).toLowerCase(), { name, type }]));
  const cuts: { start: number; end: number }[] = [];
  for (const o of findElements(xml, "Override")) {
    const key = (o.attrs.PartName ?? "").toLowerCase();
    const wanted = addedByKey.get(key);
    if (wanted && wanted.type === o.attrs.ContentType) addedByKey.delete(key);
    else if (wanted || removed.has(key.replace(/^\//, ""))) cuts.push(o);
  }
  let text = xml;
  for (const c of cuts.reverse()) text = text.slice(0, c.start) + text.slice(c.end);
  const prefix = rootPrefix(text);
  let extra = [...addedByKey.values()].map(({ name, type }) => `<Override PartName="${escapeXml(slashed(name))}" ContentType="${escapeXml(type)}"/>`).join("");
  if (!findElements(text, "Default").some((d) => (d.attrs.Extension ?? "").toLowerCase() === "rels")) {
    extra = `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>${extra}`;
  }
  if (!extra) return text;
  // The write checked the part closes its root (applyPlan's editedPart).
  const close = rootEndTag(text, `${prefix}Types`);
  return text.slice(0, close) + withPrefix(extra, prefix) + text.slice(close);
}
