/**
 * Finds the workbook part through the package relationships (it need not be
 * xl/workbook.xml) and reads what the file shell needs from it: the tabs in
 * order, structure protection, the date system and the active tab.
 */
import { notAWorkbook, type OpcPackage, partEntry, partText } from "./openPackage";
import { isType, readRelationships, type Relationship } from "./relationships";
import { WorkbookUnreadableError } from "./WorkbookUnreadableError";
import { findElement, findElements, prefixedAttribute, type XmlElement } from "./xmlText";

/** One tab as workbook.xml lists it. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  /** The sheet's part, when its relationship resolves to one in the package. */
  part?: string;
  kind: "worksheet" | "chartsheet" | "other";
  element: XmlElement;
}

export interface WorkbookPart {
  part: string;
  xml: string;
  rels: Relationship[];
  sheets: SheetEntry[];
  /** Review > Protect Workbook with structure locked. */
  structureLocked: boolean;
  date1904: boolean;
}

const truthy = (v: string | undefined): boolean => v === "1" || v === "true";

/** The workbook part's name: the package's officeDocument relationship, else the usual place. */
export function findWorkbookPart(pkg: OpcPackage): string {
  const rel = readRelationships(pkg, "").find((r) => isType(r, "officeDocument") && !r.external);
  const part = rel?.part ?? "xl/workbook.xml";
  if (/\.bin$/i.test(part) || (!rel && partEntry(pkg, "xl/workbook.bin"))) {
    throw new WorkbookUnreadableError("NOT_A_WORKBOOK", "The file is an Excel binary workbook (.xlsb); save it as .xlsx.");
  }
  if (!partEntry(pkg, part)) throw notAWorkbook("it has no workbook part");
  return partEntry(pkg, part)!.name;
}

/** Reads the workbook part and its relationships. */
export function readWorkbookPart(pkg: OpcPackage): WorkbookPart {
  const part = findWorkbookPart(pkg);
  const xml = partText(pkg, part)!;
  const rels = readRelationships(pkg, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = findElements(xml, "sheet").map((element): SheetEntry => {
    const rId = prefixedAttribute(element.attrs, "id") ?? "";
    const rel = byId.get(rId);
    const kind = rel && isType(rel, "worksheet") ? "worksheet" : rel && isType(rel, "chartsheet") ? "chartsheet" : "other";
    const target = rel && !rel.external ? partEntry(pkg, rel.part)?.name : undefined;
    return { name: element.attrs.name ?? "", sheetId: Number(element.attrs.sheetId ?? 0), rId, kind, element, ...(target ? { part: target } : {}) };
  });
  const protection = findElement(xml, "workbookProtection");
  return {
    part,
    xml,
    rels,
    sheets,
    structureLocked: truthy(protection?.attrs.lockStructure),
    date1904: truthy(findElement(xml, "workbookPr")?.attrs.date1904),
  };
}
