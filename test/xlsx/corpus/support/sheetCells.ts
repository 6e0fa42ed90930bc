/**
 * Cells of a worksheet part as text or numbers (shared and inline strings
 * resolved), and a person's edit to one cell, saved the way a spreadsheet
 * program saves it: only that sheet's part changes.
 */
import { zip } from "@cj-tech-master/excelts/archive";
import { type OpenedPackage, parseXml, partText } from "./openPackage";
import { targetOf, workbookPartOf } from "./relationships";
import { sheetPart } from "./workbookSheets";

type Rich = string | { "#text"?: string } | undefined;
interface StringItem {
  t?: Rich;
  r?: { t?: Rich }[];
}

const textOf = (t: Rich): string => (typeof t === "string" ? t : (t?.["#text"] ?? ""));
const itemText = (item: StringItem): string => (item.r ? item.r.map((run) => textOf(run.t)).join("") : textOf(item.t));

function sharedStrings(pkg: OpenedPackage): string[] {
  const part = targetOf(pkg, workbookPartOf(pkg), "sharedStrings");
  if (!part || !pkg.parts.has(part)) return [];
  const doc = parseXml(partText(pkg, part), ["si", "r"]) as { sst: { si?: StringItem[] } };
  return (doc.sst.si ?? []).map(itemText);
}

/** Every cell with a value on the sheet called `sheet`: address → text or number. */
export function sheetCells(pkg: OpenedPackage, sheet: string): Map<string, string | number> {
  const strings = sharedStrings(pkg);
  const doc = parseXml(partText(pkg, sheetPart(pkg, sheet)), ["row", "c", "r"]) as {
    worksheet: { sheetData?: { row?: { c?: (Record<string, string> & { v?: string; is?: StringItem })[] }[] } };
  };
  const cells = new Map<string, string | number>();
  for (const row of doc.worksheet.sheetData?.row ?? []) {
    for (const c of row.c ?? []) {
      const type = c["@_t"];
      const value =
        type === "s"
          ? strings[Number(c.v)]
          : type === "inlineStr"
            ? itemText(c.is ?? {})
            : type === "str" || type === "e" || type === "b"
              ? c.v
              : c.v === undefined
                ? undefined
                : Number(c.v);
      if (value !== undefined && c["@_r"]) cells.set(c["@_r"], value);
    }
  }
  return cells;
}

/**
 * The address of a typed-input cell of a generated sheet, found by its key in
 * the hidden column A (`input:<key>@<column>`), as the refresh tests need it.
 */
export function inputAddress(pkg: OpenedPackage, sheet: string, key: string): string {
  for (const [address, value] of sheetCells(pkg, sheet)) {
    if (address.startsWith("A") && typeof value === "string" && value.startsWith(`input:${key}@`)) {
      return `${value.split("@")[1]!.split("#")[0]}${address.slice(1)}`;
    }
  }
  throw new Error(`No input cell ${key} on ${sheet}`);
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Rewrites one part's XML text and zips the package again, every other part as it was. */
export async function withPartEdited(
  pkg: OpenedPackage,
  part: string,
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  const before = partText(pkg, part);
  const after = edit(before);
  if (after === before) throw new Error(`The edit changed nothing in ${part}`);
  let archive = zip();
  for (const [name, bytes] of pkg.parts)
    archive = archive.add(name, name === part ? new TextEncoder().encode(after) : bytes);
  return archive.bytes();
}

/** Types `text` into an existing cell of `sheet`, keeping the cell's style, as an inline string. */
export function typeInto(pkg: OpenedPackage, sheet: string, address: string, text: string): Promise<Uint8Array> {
  return withPartEdited(pkg, sheetPart(pkg, sheet), (xml) => {
    const cell = new RegExp(`<c\\b([^>]*?)\\br="${address}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
    const found = cell.exec(xml);
    if (!found) throw new Error(`No cell ${address} on ${sheet}`);
    const style = /\bs="(\d+)"/.exec(`${found[1]} ${found[2]}`)?.[1];
    const typed = `<c r="${address}"${style ? ` s="${style}"` : ""} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
    return xml.replace(cell, typed);
  });
}
