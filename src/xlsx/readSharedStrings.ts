/** The shared string table: every string a sheet refers to by index (t="s"). */
import { stringItemText } from "./cellText";
import { endTag, rootPrefix } from "./xmlText";

/** The strings in `xml` (a sharedStrings part), in index order; an empty item is "". */
export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const p = rootPrefix(xml);
  const open = `<${p}si`;
  const strings: string[] = [];
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at)) {
    const next = xml[at + open.length];
    if (next !== ">" && next !== "/" && !/\s/.test(next ?? "")) {
      at += open.length;
      continue;
    }
    const tagEnd = xml.indexOf(">", at);
    if (xml[tagEnd - 1] === "/") {
      strings.push("");
      at = tagEnd + 1;
      continue;
    }
    const close = endTag(xml, `${p}si`, tagEnd);
    if (!close) break;
    strings.push(stringItemText(xml.slice(tagEnd + 1, close.start)));
    at = close.end;
  }
  return strings;
}
