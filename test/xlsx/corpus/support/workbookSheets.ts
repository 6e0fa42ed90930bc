/** The workbook part's sheets and defined names, as a person would see them. */
import { type OpenedPackage, parseXml, partText } from "./openPackage";
import { relationshipsOf, workbookPartOf } from "./relationships";

export interface SheetEntry {
  name: string;
  /** The worksheet part. */
  part: string;
  /** Position among the workbook's sheets (what a defined name's localSheetId counts). */
  index: number;
  state: string;
}

export interface DefinedNameEntry {
  name: string;
  text: string;
  /** The sheet a sheet-scoped name belongs to, by name; undefined for a workbook-wide name. */
  scope: string | undefined;
}

interface WorkbookDoc {
  workbook: {
    sheets: { sheet: Record<string, string>[] };
    definedNames?: { definedName?: (Record<string, string> & { "#text"?: string })[] };
  };
}

function workbookDoc(pkg: OpenedPackage): WorkbookDoc {
  return parseXml(partText(pkg, workbookPartOf(pkg)), ["sheet", "definedName"]) as unknown as WorkbookDoc;
}

export function sheetsOf(pkg: OpenedPackage): SheetEntry[] {
  const book = workbookPartOf(pkg);
  const rels = new Map(relationshipsOf(pkg, book).map((r) => [r.id, r.target]));
  return workbookDoc(pkg).workbook.sheets.sheet.map((s, index) => ({
    name: s["@_name"]!,
    // The r:id attribute, its prefix dropped by the parser.
    part: rels.get(s["@_id"]!) ?? "",
    index,
    state: s["@_state"] ?? "visible",
  }));
}

export function definedNamesOf(pkg: OpenedPackage): DefinedNameEntry[] {
  const sheets = sheetsOf(pkg);
  return (workbookDoc(pkg).workbook.definedNames?.definedName ?? []).map((d) => ({
    name: d["@_name"]!,
    text: String(d["#text"] ?? ""),
    scope:
      d["@_localSheetId"] === undefined ? undefined : (sheets[Number(d["@_localSheetId"])]?.name ?? "(no such sheet)"),
  }));
}

/** The worksheet part of the sheet called `name`. */
export function sheetPart(pkg: OpenedPackage, name: string): string {
  const sheet = sheetsOf(pkg).find((s) => s.name === name);
  if (!sheet)
    throw new Error(
      `No sheet ${name}; the workbook has ${sheetsOf(pkg)
        .map((s) => s.name)
        .join(", ")}`,
    );
  return sheet.part;
}
