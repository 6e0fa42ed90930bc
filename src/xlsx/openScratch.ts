/** The scratch workbook's parts opened for transplanting: its sheets, strings, styles and content types. */
import { CONTENT_TYPES_PART } from "./contentTypes";
import type { RenderedParts } from "./excelts";
import { memoryPackage, partText } from "./openPackage";
import { readScratchStyles, type ScratchStyles } from "./appendStyles";
import { readWorkbookPart, type WorkbookPart } from "./readWorkbookPart";
import { isType } from "./relationships";
import type { OpcPackage } from "./openPackage";
import { rootPrefix } from "./xmlText";

export interface ScratchPackage {
  pkg: OpcPackage;
  workbook: WorkbookPart;
  folder: string;
  contentTypes: string;
  /** Each shared string item's content, as XML. */
  strings: string[];
  styles: ScratchStyles;
  /** The text of each sheet part, in tab order. */
  sheetParts: string[];
}

function rawStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const p = rootPrefix(xml);
  return [...xml.matchAll(new RegExp(`<${p}si>([\\s\\S]*?)</${p}si>|<${p}si/>`, "g"))].map((m) => m[1] ?? "");
}

export function openScratch(rendered: RenderedParts): ScratchPackage {
  const pkg = memoryPackage(rendered);
  const workbook = readWorkbookPart(pkg);
  const folder = workbook.part.slice(0, workbook.part.lastIndexOf("/") + 1);
  const target = (kind: string): string | undefined => workbook.rels.find((r) => isType(r, kind))?.part;
  const strings = target("sharedStrings");
  const styles = target("styles");
  return {
    pkg,
    workbook,
    folder,
    contentTypes: partText(pkg, CONTENT_TYPES_PART) ?? "",
    strings: rawStrings(strings && partText(pkg, strings)),
    styles: readScratchStyles((styles && partText(pkg, styles)) ?? ""),
    sheetParts: workbook.sheets.map((s) => s.part ?? ""),
  };
}

/** Every cell format index the scratch sheets use (cells, rows, columns). */
export function usedCellFormats(scratch: ScratchPackage): Set<number> {
  const used = new Set<number>();
  for (const part of scratch.sheetParts) {
    const xml = partText(scratch.pkg, part) ?? "";
    for (const m of xml.matchAll(/<(?:c|row)\s[^>]*?\ss="(\d+)"|<col\s[^>]*?\sstyle="(\d+)"/g)) used.add(Number(m[1] ?? m[2]));
  }
  return used;
}
