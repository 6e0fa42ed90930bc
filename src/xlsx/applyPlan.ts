/**
 * The file shell's write side: a WorkbookPlan added to an .xlsx package.
 * The generated sheets are built in a scratch workbook and moved in; of the
 * person's parts only the workbook part, its relationships, the content types
 * and the styles part change, and only by additions (plus the removal of this
 * tool's own previous sheets). Every other part is copied byte for byte.
 */
import { decideSheets, type SheetDecisions } from "../report/plan/decideSheets";
import { WorkbookProtectedError } from "../build/errors";
import type { SkippedSetting } from "../build/shellContract";
import type { WorkbookPlan } from "../report/plan/plan";
import { mapCellFormats, StyleAppender } from "./appendStyles";
import { CONTENT_TYPES_PART, patchContentTypes } from "./contentTypes";
import { existingSheets } from "./existingSheets";
import { type OpcPackage, partText } from "./openPackage";
import { openScratch, usedCellFormats, type ScratchPackage } from "./openScratch";
import { ownedParts, relationshipGraph } from "./ownedParts";
import { freePartName, packageBytes, removePart, startEdit, writePart, type PackageEdit } from "./packageEdit";
import { freeRelationshipId, patchRelationships, type NewRelationship } from "./patchRelationships";
import { patchWorkbookXml, shiftedPosition } from "./patchWorkbookXml";
import { readWorkbookPackage, type PackageRead } from "./readWorkbook";
import { corrupt } from "./readZip";
import { isType, relativeTarget, relsPartName } from "./relationships";
import { isSelectedTab } from "./selectedTab";
import { transplantSheet } from "./transplantSheet";
import { closesItsRoot, findElements } from "./xmlText";

export { WorkbookUnreadableError } from "./WorkbookUnreadableError";
export { WorkbookProtectedError } from "../build/errors";

/** What a build wrote, for the command line to tell the analyst. */
export interface ApplyPlanReport {
  /** The final names of the sheets written, in plan order. */
  written: string[];
  /** Planned sheets that went to another name because a person's sheet held theirs. */
  renamed: { wanted: string; used: string }[];
  /**
   * False when the plan's sheet could not be made the active tab without
   * grouping it with a person's selected sheet (their sheets are not edited).
   */
  activated: boolean;
  /** Planned settings not applied, and why (the same shape as the add-in's report). */
  skipped: SkippedSetting[];
}

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const PROTECTION = /<(?:[\w.-]+:)?sheetProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?sheetProtection>)/;

/** Removes a previous sheet's own parts (drawings, charts, their relationships) and notes them for content types. */
function removeOwned(edit: PackageEdit, part: string, graph: ReturnType<typeof relationshipGraph>, removed: Set<string>): void {
  for (const p of ownedParts(edit.pkg, graph, part)) {
    removePart(edit, p);
    removed.add(p);
  }
}

/**
 * The text of a part the write adds to (the workbook, its relationships, the
 * content types, the styles). It must close its root element: a part cut off
 * short has nowhere to put the additions, and is damaged.
 */
function editable(text: string, part: string): string {
  if (text !== "" && !closesItsRoot(text)) throw corrupt(part);
  return text;
}

/** `editable`, for a part read from the package (undefined when there is none). */
function editedPart(pkg: OpcPackage, part: string): string | undefined {
  const text = partText(pkg, part);
  return text === undefined ? undefined : editable(text, part);
}

/** The person's styles part with the scratch formats appended (or the scratch's own when they have none). */
function mergeStyles(edit: PackageEdit, read: PackageRead, scratch: ScratchPackage, folder: string, newRels: NewRelationship[], types: Map<string, string>) {
  const stylesPart = read.workbook.rels.find((r) => !r.external && isType(r, "styles"))?.part;
  const original = stylesPart === undefined ? undefined : editedPart(read.pkg, stylesPart);
  if (stylesPart === undefined || original === undefined) {
    const part = freePartName(edit, folder, "styles", "xml");
    const appender = new StyleAppender(partText(scratch.pkg, `${scratch.folder}styles.xml`) ?? "");
    writePart(edit, part, appender.result());
    types.set(part, STYLES_CONTENT_TYPE);
    newRels.push({ id: "", type: STYLES_TYPE, target: relativeTarget(read.workbook.part, part) });
    return new Map([...usedCellFormats(scratch)].map((i) => [i, i]));
  }
  const appender = new StyleAppender(original);
  const map = mapCellFormats(appender, scratch.styles, usedCellFormats(scratch));
  const result = appender.result();
  if (result !== original) writePart(edit, stylesPart, result);
  return map;
}

/** Where each planned sheet ends up, once leftover temporary sheets are gone and new ones appended. */
function finalPositions(read: PackageRead, decisions: SheetDecisions, remove: ReadonlySet<number>): number[] {
  let next = read.workbook.sheets.length - remove.size;
  return decisions.sheets.map((d) => (d.replaces ? shiftedPosition(d.replaces.position, remove) : next++));
}

/** The new sheets' defined names (print titles and areas), pointed at their final positions. */
function scratchNames(scratch: ScratchPackage, positions: readonly number[]): { names: string[]; own: Set<string> } {
  const xml = partText(scratch.pkg, scratch.workbook.part) ?? "";
  const own = new Set<string>();
  const names = findElements(xml, "definedName").flatMap((el) => {
    own.add((el.attrs.name ?? "").toLowerCase());
    const local = el.attrs.localSheetId;
    if (local === undefined) return [];
    const text = xml.slice(el.start, el.end).replace(/\slocalSheetId="\d+"/, ` localSheetId="${positions[Number(local)]}"`);
    return [text];
  });
  return { names, own };
}

/**
 * Applies `plan` to the workbook in `input` and returns the new workbook's
 * bytes; `input` itself is never changed. Pass `read` (from
 * readWorkbookPackage on the same bytes) to avoid reading the input twice.
 * A generated sheet that already exists is replaced in place (same tab, same
 * part), keeping what people typed into its input cells and its protection;
 * new ones go after every other tab.
 *
 * @throws WorkbookUnreadableError when `input` is not a readable .xlsx.
 * @throws WorkbookProtectedError when the workbook's structure is protected.
 */
export async function applyPlanToWorkbook(
  input: Uint8Array,
  plan: WorkbookPlan,
  read: PackageRead = readWorkbookPackage(input),
): Promise<{ bytes: Uint8Array; report: ApplyPlanReport }> {
  const { pkg, workbook } = read;
  if (workbook.structureLocked) throw new WorkbookProtectedError();
  const tabs = existingSheets(read, plan);
  const decisions = decideSheets(plan, tabs.sheets);
  // Loaded when first needed: the xlsx library is large, and validate never writes.
  const { writeScratchSheets } = await import("./writeScratchSheets");
  const scratch = openScratch(await writeScratchSheets(decisions.sheets));

  const edit = startEdit(pkg);
  const graph = relationshipGraph(pkg);
  const folder = workbook.part.slice(0, workbook.part.lastIndexOf("/") + 1);
  const removed = new Set<string>();
  const types = new Map<string, string>();
  const newRels: NewRelationship[] = [];

  const remove = new Set(decisions.leftoverTemps.map((name) => workbook.sheets.findIndex((s) => s.name === name)).filter((i) => i >= 0));
  const removedRelIds = new Set<string>();
  for (const position of remove) {
    const entry = workbook.sheets[position]!;
    removedRelIds.add(entry.rId);
    if (!entry.part) continue;
    removeOwned(edit, entry.part, graph, removed);
    removePart(edit, entry.part);
    removed.add(entry.part.toLowerCase());
  }
  for (const d of decisions.sheets) {
    const part = d.replaces ? workbook.sheets[d.replaces.position]?.part : undefined;
    if (part) removeOwned(edit, part, graph, removed);
  }

  const cellFormats = mergeStyles(edit, read, scratch, folder, newRels, types);
  const positions = finalPositions(read, decisions, remove);
  const activeIndex = plan.activate === undefined ? -1 : decisions.sheets.findIndex((d) => d.plan.name === plan.activate);
  const ours = new Set(decisions.sheets.flatMap((d) => (d.replaces ? [d.replaces.position] : [])));
  const activated =
    activeIndex >= 0 && !workbook.sheets.some((s, i) => !remove.has(i) && !ours.has(i) && s.part !== undefined && isSelectedTab(pkg, s.part));

  const added: { name: string; sheetId: number; rId: string }[] = [];
  let sheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId));
  const relsXml = editedPart(pkg, relsPartName(workbook.part)) ?? "";
  const takenIds = new Set<string>();
  decisions.sheets.forEach((d, i) => {
    const old = d.replaces ? workbook.sheets[d.replaces.position] : undefined;
    const target = old?.part ?? freePartName(edit, `${folder}worksheets/`, "sheet", "xml");
    const protection = old ? PROTECTION.exec(tabs.texts.get(d.replaces!.position) ?? "")?.[0] : undefined;
    const options = { selected: activated && i === activeIndex, ...(protection ? { protection } : {}) };
    for (const [name, type] of transplantSheet(edit, scratchFor(scratch, cellFormats), scratch.sheetParts[i]!, target, folder, options)) types.set(name, type);
    if (old?.part) return;
    const rId = freeRelationshipId(relsXml, takenIds);
    takenIds.add(rId);
    newRels.push({ id: rId, type: WORKSHEET_TYPE, target: relativeTarget(workbook.part, target) });
    added.push({ name: d.finalName, sheetId: ++sheetId, rId });
  });
  for (const rel of newRels) {
    if (rel.id) continue;
    rel.id = freeRelationshipId(relsXml, takenIds);
    takenIds.add(rel.id);
  }

  const { names, own } = scratchNames(scratch, positions);
  writePart(
    edit,
    workbook.part,
    patchWorkbookXml(editable(workbook.xml, workbook.part), {
      sheets: workbook.sheets,
      remove,
      replaced: ours,
      ownNames: own,
      add: added,
      names,
      ...(activated ? { activeTab: positions[activeIndex]! } : {}),
    }),
  );
  writePart(edit, relsPartName(workbook.part), patchRelationships(relsXml, removedRelIds, newRels));
  const contentTypes = editedPart(pkg, CONTENT_TYPES_PART) ?? "";
  writePart(edit, CONTENT_TYPES_PART, patchContentTypes(contentTypes, removed, types));

  const bytes = packageBytes(edit);
  const skipped: SkippedSetting[] = activated
    ? []
    : [{ setting: "active sheet", sheet: plan.activate ?? "", reason: "a sheet of yours is selected, and selecting ours too would group them" }];
  return { bytes, report: { written: decisions.sheets.map((d) => d.finalName), renamed: decisions.renamed, activated, skipped } };
}

function scratchFor(scratch: ScratchPackage, cellFormats: ReadonlyMap<number, number>) {
  return { pkg: scratch.pkg, folder: scratch.folder, contentTypes: scratch.contentTypes, strings: scratch.strings, cellFormats };
}
