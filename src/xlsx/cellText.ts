/** The plain text of a string item (a shared string or an inline string): its runs joined, phonetic guides left out. */
import { decodeXml } from "./xmlText";

const T_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?t>/g;
const PHONETIC = /<(?:[A-Za-z_][\w.-]*:)?rPh[\s>][\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?rPh>/g;

/** `inner` is the content of an `<si>` or `<is>` element. */
export function stringItemText(inner: string): string {
  const content = inner.includes("rPh") ? inner.replace(PHONETIC, "") : inner;
  let text = "";
  for (const m of content.matchAll(T_ELEMENT)) text += m[1];
  return decodeXml(text);
}
