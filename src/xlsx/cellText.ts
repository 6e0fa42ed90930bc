/** The plain text of a string item (a shared string or an inline string): its runs joined, phonetic guides left out. */
import { decodeXml } from "./xmlText";

// A run's text, and a phonetic guide: start tags that are not self-closed (an empty `<t/>` or `<t />` holds
// nothing), end tags with any white space before their ">" (XML allows `</t >`).
const T_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?(?<!\/)>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?t\s*>/g;
const PHONETIC = /<(?:[A-Za-z_][\w.-]*:)?rPh(?:\s[^>]*)?(?:\/>|(?<!\/)>[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?rPh\s*>)/g;

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** A run's content as text: entities resolved, CDATA sections (legal, seldom written) taken as they stand. */
function runText(content: string): string {
  if (!content.includes("<![CDATA[")) return decodeXml(content);
  let text = "";
  let from = 0;
  for (const m of content.matchAll(CDATA)) {
    text += decodeXml(content.slice(from, m.index)) + m[1]!;
    from = m.index + m[0].length;
  }
  return text + decodeXml(content.slice(from));
}

/** `inner` is the content of an `<si>` or `<is>` element. */
export function stringItemText(inner: string): string {
  const content = inner.includes("rPh") ? inner.replace(PHONETIC, "") : inner;
  let text = "";
  for (const m of content.matchAll(T_ELEMENT)) text += runText(m[1]!);
  return text;
}
