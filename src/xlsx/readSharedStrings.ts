/** The shared string table: every string a sheet refers to by index (t="s"). */
import { stringItemText } from "./cellText";
import { rootPrefix } from "./xmlText";

/** The strings in `xml` (a sharedStrings part), in index order; an empty item is "". */
export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const p = rootPrefix(xml);
  const open = `<${p}si`;
  const close = `</${p}si>`;
  const strings: string[] = [];
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at)) {
    const next = xml[at + open.length];
    if (next !== ">" && next !== " " && next !== "/") {
      at += open.length;
      continue;
    }
    const tagEnd = xml.indexOf(">", at);
    if (xml[tagEnd - 1] === "/") {
      strings.push("");
      at = tagEnd + 1;
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end < 0) break;
    strings.push(stringItemText(xml.slice(tagEnd + 1, end)));
    at = end + close.length;
  }
  return strings;
}
