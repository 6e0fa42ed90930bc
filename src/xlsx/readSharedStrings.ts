/** The shared string table: every string a sheet refers to by index (t="s"). */
import { stringItemText } from "./cellText";
import { corrupt } from "./readZip";
import { endTag, rootPrefix } from "./xmlText";

/**
 * The strings in `xml` (the sharedStrings part named `part`), in index order;
 * an empty item is "".
 *
 * @throws WorkbookUnreadableError ("CORRUPT") naming `part` when an item never
 * closes: the part is cut off, and the strings after it would read as blanks.
 */
export function readSharedStrings(xml: string | undefined, part = "xl/sharedStrings.xml"): string[] {
  if (!xml) return [];
  const p = rootPrefix(xml);
  const open = `<${p}si`;
  const strings: string[] = [];
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at)) {
    const next = xml[at + open.length];
    if (next === undefined) throw corrupt(part);
    if (next !== ">" && next !== "/" && !/\s/.test(next)) {
      at += open.length;
      continue;
    }
    const tagEnd = xml.indexOf(">", at);
    if (xml[tagEnd - 1] === "/") {
      strings.push("");
      at = tagEnd + 1;
      continue;
    }
    const close = tagEnd < 0 ? undefined : endTag(xml, `${p}si`, tagEnd);
    if (!close) throw corrupt(part);
    strings.push(stringItemText(xml.slice(tagEnd + 1, close.start)));
    at = close.end;
  }
  return strings;
}
