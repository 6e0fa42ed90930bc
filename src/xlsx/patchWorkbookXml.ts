/**
 * Edits the workbook part's text in place: `<sheet>` entries appended (or a
 * leftover temporary one removed), defined names re-pointed, dropped or
 * appended so every `localSheetId` keeps naming the same sheet, and the
 * active tab. Everything else in the part stays as it was written.
 */
import type { SheetEntry } from "./readWorkbookPart";
import { escapeXml, findElement, findElements, rootPrefix, rootStartTag, withAttribute, withPrefix } from "./xmlText";

export interface WorkbookPatch {
  sheets: readonly SheetEntry[];
  /** Positions of sheets to remove (temporary sheets an interrupted build left). */
  remove: ReadonlySet<number>;
  /** Positions of generated sheets replaced in place: their own defined names are replaced too. */
  replaced: ReadonlySet<number>;
  /** Names the new sheets carry (print titles, print area), compared lower-cased. */
  ownNames: ReadonlySet<string>;
  add: readonly { name: string; sheetId: number; rId: string }[];
  /** New definedName elements, without prefix, their localSheetId already final. */
  names: readonly string[];
  /** The tab to show when the workbook opens, when it can be set. */
  activeTab?: number;
}

const RELATIONSHIPS_NS = /xmlns:([\w.-]+)="http:\/\/(?:schemas\.openxmlformats\.org\/officeDocument\/2006|purl\.oclc\.org\/ooxml\/officeDocument)\/relationships"/;

interface Edit {
  at: number;
  end: number;
  text: string;
}

/** The new position of the sheet at `old` once `removed` positions are gone (-1 if it is removed). */
export function shiftedPosition(old: number, removed: ReadonlySet<number>): number {
  if (removed.has(old)) return -1;
  let shift = 0;
  for (const r of removed) if (r < old) shift++;
  return old - shift;
}

function definedNameEdits(xml: string, patch: WorkbookPatch): Edit[] {
  const edits: Edit[] = [];
  for (const name of findElements(xml, "definedName")) {
    const local = name.attrs.localSheetId;
    if (local === undefined) continue;
    const old = Number(local);
    const now = shiftedPosition(old, patch.remove);
    if (now < 0 || (patch.replaced.has(old) && patch.ownNames.has((name.attrs.name ?? "").toLowerCase()))) {
      edits.push({ at: name.start, end: name.end, text: "" });
    } else if (now !== old) {
      const open = xml.slice(name.start, name.innerStart).replace(/(\slocalSheetId=)("[^"]*"|'[^']*')/, `$1"${now}"`);
      edits.push({ at: name.start, end: name.innerStart, text: open });
    }
  }
  return edits;
}

function addedNames(xml: string, patch: WorkbookPatch, prefix: string): Edit[] {
  if (patch.names.length === 0) return [];
  const names = withPrefix(patch.names.join(""), prefix);
  const section = findElement(xml, "definedNames");
  if (section) {
    if (section.innerStart === section.end) {
      return [{ at: section.start, end: section.end, text: `<${prefix}definedNames>${names}</${prefix}definedNames>` }];
    }
    return [{ at: section.innerEnd, end: section.innerEnd, text: names }];
  }
  // The schema's order: sheets, functionGroups, externalReferences, definedNames.
  const before = findElement(xml, "externalReferences") ?? findElement(xml, "functionGroups") ?? findElement(xml, "sheets");
  const at = before ? before.end : xml.lastIndexOf("</");
  return [{ at, end: at, text: `<${prefix}definedNames>${names}</${prefix}definedNames>` }];
}

function sheetEdits(xml: string, patch: WorkbookPatch, prefix: string): Edit[] {
  const edits: Edit[] = [];
  patch.sheets.forEach((s, i) => {
    if (patch.remove.has(i)) edits.push({ at: s.element.start, end: s.element.end, text: "" });
  });
  if (patch.add.length === 0) return edits;
  const sheets = findElement(xml, "sheets");
  if (!sheets) throw new Error("The workbook part lists no sheets.");
  // Only a declaration on the root or on <sheets> is in scope for a new <sheet>; one on a sibling <sheet> (as openpyxl writes) is not.
  const inScope = rootStartTag(xml) + xml.slice(sheets.start, sheets.innerStart);
  const rPrefix = RELATIONSHIPS_NS.exec(inScope)?.[1];
  const declare = rPrefix ? "" : ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const r = rPrefix ?? "r";
  const added = patch.add.map((s) => `<${prefix}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ${r}:id="${escapeXml(s.rId)}"${declare}/>`).join("");
  if (sheets.innerStart === sheets.end) edits.push({ at: sheets.start, end: sheets.end, text: `<${prefix}sheets>${added}</${prefix}sheets>` });
  else edits.push({ at: sheets.innerEnd, end: sheets.innerEnd, text: added });
  return edits;
}

function activeTabEdits(xml: string, patch: WorkbookPatch, prefix: string): Edit[] {
  const view = findElement(xml, "workbookView");
  const remaining = patch.sheets.length - patch.remove.size + patch.add.length;
  let tab = patch.activeTab;
  if (tab === undefined) {
    // Keep the same tab active when sheets before it were removed.
    const old = Number(view?.attrs.activeTab ?? 0);
    const now = shiftedPosition(old, patch.remove);
    tab = now < 0 ? 0 : now;
    if (tab === old || !view) return [];
  }
  tab = Math.max(0, Math.min(tab, remaining - 1));
  if (!view) {
    const sheets = findElement(xml, "sheets")!;
    return [{ at: sheets.start, end: sheets.start, text: `<${prefix}bookViews><${prefix}workbookView activeTab="${tab}"/></${prefix}bookViews>` }];
  }
  let open = withAttribute(xml.slice(view.start, view.innerStart), "activeTab", String(tab));
  if (Number(view.attrs.firstSheet ?? 0) > tab) open = withAttribute(open, "firstSheet", String(tab));
  return [{ at: view.start, end: view.innerStart, text: open }];
}

/** The workbook part's text with `patch` applied. */
export function patchWorkbookXml(xml: string, patch: WorkbookPatch): string {
  const prefix = rootPrefix(xml);
  const edits = [...definedNameEdits(xml, patch), ...addedNames(xml, patch, prefix), ...sheetEdits(xml, patch, prefix), ...activeTabEdits(xml, patch, prefix)];
  let text = xml;
  for (const e of edits.sort((a, b) => b.at - a.at || b.end - a.end)) text = text.slice(0, e.at) + e.text + text.slice(e.end);
  return text;
}
