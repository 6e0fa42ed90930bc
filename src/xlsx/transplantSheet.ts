/**
 * Moves one generated sheet from the scratch workbook into the person's
 * package: the sheet part under its target name, and every part it leads to
 * (drawing, charts, their relationships) under names free in the package.
 * On the way its cell formats are renumbered into the person's styles part,
 * its shared strings become inline strings (the person's string table is
 * never touched), and a previous sheet's protection is carried over verbatim.
 */
import { contentTypeOf } from "./contentTypes";
import { freePartName, type PackageEdit, writePart } from "./packageEdit";
import { type OpcPackage, partText } from "./openPackage";
import { inflateEntry } from "./readZip";
import { readRelationships, relationshipXml, relativeTarget, relsPartName } from "./relationships";
import { retargetCells, type CellFormatMap } from "./retargetCells";
import { withoutPrefix } from "./xmlText";

/** What every sheet taken from one scratch workbook shares. */
export interface Scratch {
  pkg: OpcPackage;
  /** The scratch workbook part's folder ("xl/"). */
  folder: string;
  contentTypes: string;
  /** The content of each shared string item, as XML. */
  strings: string[];
  /** Scratch cell format index → the person's. */
  cellFormats: CellFormatMap;
}

export interface TransplantOptions {
  /** The previous sheet's <sheetProtection> element, carried over as it was. */
  protection?: string;
  /** Marks the sheet as the selected tab. */
  selected: boolean;
}

const RELATIONSHIPS_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

/** Inserts (or replaces) <sheetProtection> where the schema puts it: right after the sheet data. */
export function withProtection(xml: string, protection: string): string {
  const element = withoutPrefix(protection);
  const existing = /<sheetProtection\b[^>]*\/>/.exec(xml);
  if (existing) return xml.slice(0, existing.index) + element + xml.slice(existing.index + existing[0].length);
  const after = /<\/sheetData>(<sheetCalcPr\b[^>]*\/>)?|<sheetData\/>/.exec(xml);
  if (!after) return xml;
  const at = after.index + after[0].length;
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The first sheet view marked (or not) as the selected tab. */
function withSelection(xml: string, selected: boolean): string {
  const cleared = xml.replace(/(<sheetView\b[^>]*?)\stabSelected="[^"]*"/g, "$1");
  return selected ? cleared.replace(/<sheetView\b/, '<sheetView tabSelected="1"') : cleared;
}

/** One transplant under way: where parts go and what has been copied. */
interface Copying {
  edit: PackageEdit;
  scratch: Scratch;
  /** The person's workbook folder, new parts go under it. */
  folder: string;
  /** Scratch part → its name in the output. */
  copied: Map<string, string>;
  /** New part → content type. */
  added: Map<string, string>;
}

/** Copies a scratch part and what it leads to; returns its name in the output. */
function copyPart(c: Copying, part: string): string {
  const done = c.copied.get(part);
  if (done) return done;
  const relative = part.startsWith(c.scratch.folder) ? part.slice(c.scratch.folder.length) : part;
  const slash = relative.lastIndexOf("/");
  const file = relative.slice(slash + 1);
  const m = /^(.*?)\d*\.([^.]+)$/.exec(file);
  const target = freePartName(c.edit, `${c.folder}${relative.slice(0, slash + 1)}`, m?.[1] ?? file, m?.[2] ?? "xml");
  c.copied.set(part, target);
  const entry = c.scratch.pkg.parts.get(part.toLowerCase());
  writePart(c.edit, target, entry ? inflateEntry(c.scratch.pkg.zip, entry) : new Uint8Array());
  const type = contentTypeOf(c.scratch.contentTypes, part);
  if (type) c.added.set(target, type);
  writeRelationships(c, part, target);
  return target;
}

function writeRelationships(c: Copying, part: string, target: string): void {
  const rels = readRelationships(c.scratch.pkg, part);
  if (rels.length === 0) return;
  const entries = rels.map((rel) => {
    const to = rel.external ? rel.target : relativeTarget(target, copyPart(c, rel.part));
    return relationshipXml(rel.id, rel.type, to).replace(/\/>$/, rel.external ? ' TargetMode="External"/>' : "/>");
  });
  writePart(c.edit, relsPartName(target), `${RELATIONSHIPS_HEADER}${entries.join("")}</Relationships>`);
}

/**
 * Writes the scratch sheet `scratchPart` into `edit` as `targetPart` (which
 * may be a previous sheet's part, replaced in place) with everything it leads
 * to. `folder` is the person's workbook folder. Returns each new part's
 * content type, for [Content_Types].xml.
 */
export function transplantSheet(
  edit: PackageEdit,
  scratch: Scratch,
  scratchPart: string,
  targetPart: string,
  folder: string,
  options: TransplantOptions,
): Map<string, string> {
  const c: Copying = { edit, scratch, folder, copied: new Map([[scratchPart, targetPart]]), added: new Map() };
  let xml = partText(scratch.pkg, scratchPart) ?? "";
  // Protection and selection first, on the scratch text: the cells are
  // re-pointed last, straight into the part's bytes.
  if (options.protection) xml = withProtection(xml, options.protection);
  xml = withSelection(xml, options.selected);
  writePart(edit, targetPart, retargetCells(xml, scratch.cellFormats, scratch.strings));
  const type = contentTypeOf(scratch.contentTypes, scratchPart);
  if (type) c.added.set(targetPart, type);
  writeRelationships(c, scratchPart, targetPart);
  return c.added;
}
