/** The plain text of a string item (a shared string or an inline string): its runs joined, phonetic guides left out. */
import { decodeXml } from "./xmlText";

// A run's text, and a phonetic guide: start tags that are not self-closed (an empty `<t/>` or `<t />` holds
// nothing), end tags with any white space before their ">" (XML allows `</t >`).
const T_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?(?<!\/)>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?t\s*>/g;
const PHONETIC = /<(?:[A-Za-z_][\w.-]*:)?rPh(?:\s[^>]*)?(?:\/>|(?<!\/)>[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?rPh\s*>)/g;

/** `inner` is the content of an `<si>` or `<is>` element. */
export function stringItemText(inner: string): string {
  const content = inner.includes("rPh") ? inner.replace(PHONETIC, "") : inner;
  let text = "";
  for (const m of content.matchAll(T_ELEMENT)) text += m[1];
  return decodeXml(text);
}
