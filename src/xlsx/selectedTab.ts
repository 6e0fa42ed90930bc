/**
 * Whether a person's sheet is a selected tab, read from the start of its part
 * only (the sheet views come before the cells), so even a large sheet costs a
 * few kilobytes. Setting another tab active while theirs stays selected would
 * open the workbook with sheets grouped, where typing edits both.
 */
import type { OpcPackage } from "./openPackage";
import { decodePart, partEntry, partTextOnce } from "./openPackage";
import { inflatePrefix } from "./readZip";

const VIEWS_END = /<\/(?:[\w.-]+:)?sheetViews>|<(?:[\w.-]+:)?sheetData[\s/>]/;
const SELECTED = /<(?:[\w.-]+:)?sheetView\b[^>]*\stabSelected=["'](1|true)["']/;

/** True when the part's sheet views mark it as a selected tab. */
export function isSelectedTab(pkg: OpcPackage, part: string): boolean {
  const entry = partEntry(pkg, part);
  if (!entry) return false;
  for (const size of [4096, 65536]) {
    if (size >= entry.compressedSize) break;
    const head = decodePart(inflatePrefix(pkg.zip, entry, size));
    const end = VIEWS_END.exec(head);
    if (end) return SELECTED.test(head.slice(0, end.index));
  }
  const xml = partTextOnce(pkg, part) ?? "";
  const end = VIEWS_END.exec(xml);
  return SELECTED.test(end ? xml.slice(0, end.index) : xml);
}
