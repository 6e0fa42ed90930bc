/** One plan CellStyle as an excelts style: font, solid fill, alignment, number format, thin borders. */
import type { CellStyle } from "../report/plan/plan";
import type { Cell } from "./excelts";

type Border = NonNullable<CellStyle["border"]>;
type CellBorders = NonNullable<Cell["border"]>;
/** An excelts cell's style. */
export type StyleModel = Cell["style"];

// The font the plan's column widths are measured in; a font element without a
// name or size is read differently by Excel and LibreOffice, so both are stated.
const FONT_NAME = "Calibri";
const FONT_SIZE = 11;
const BORDER_COLOR = "#000000";
const VERTICAL = { top: "top", center: "middle", bottom: "bottom" } as const;

/** "#1F4E79" → excelts' ARGB "FF1F4E79". */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function hasFont(s: CellStyle): boolean {
  return s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || s.fontColor !== undefined;
}

function borders(border: Border): CellBorders {
  const edge = { style: "thin" as const, color: { argb: argb(border.color ?? BORDER_COLOR) } };
  const result: CellBorders = {};
  if (border.top) result.top = edge;
  if (border.bottom) result.bottom = edge;
  if (border.left) result.left = edge;
  if (border.right) result.right = edge;
  return result;
}

/**
 * The excelts style for `s`, stating only what `s` states (a cell keeps
 * excelts' defaults for the rest), plus the "@" text format and an unlocked
 * cell when asked.
 */
export function cellStyleModel(s: CellStyle | undefined, asText: boolean, unlocked: boolean): StyleModel {
  const model: StyleModel = {};
  if (s && hasFont(s)) {
    model.font = {
      name: FONT_NAME,
      size: s.fontSize ?? FONT_SIZE,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s?.fill) model.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s && (s.horizontalAlignment || s.verticalAlignment || s.wrapText !== undefined)) {
    model.alignment = {
      ...(s.horizontalAlignment ? { horizontal: s.horizontalAlignment } : {}),
      ...(s.verticalAlignment ? { vertical: VERTICAL[s.verticalAlignment] } : {}),
      ...(s.wrapText !== undefined ? { wrapText: s.wrapText } : {}),
    };
  }
  if (s?.numberFormat !== undefined) model.numFmt = s.numberFormat;
  if (s?.border) model.border = borders(s.border);
  if (asText) model.numFmt = "@";
  if (unlocked) model.protection = { locked: false };
  return model;
}

/** A text key for `s`, the same for styles that state the same things. */
function styleKey(s: CellStyle | undefined): string {
  if (!s) return "";
  const b = s.border;
  const edges = b ? `${b.top ? "t" : ""}${b.bottom ? "b" : ""}${b.left ? "l" : ""}${b.right ? "r" : ""}${b.color ?? ""}` : "-";
  return `${s.bold}|${s.italic}|${s.fontSize}|${s.fontColor}|${s.fill}|${s.horizontalAlignment}|${s.verticalAlignment}|${s.wrapText}|${s.numberFormat}|${edges}`;
}

/**
 * Gives cells that look the same one shared excelts style object: excelts
 * remembers the format index of a style object it has seen, so a sheet of
 * 40,000 styled cells costs a few hundred style lookups instead of 40,000.
 * The objects are never changed after they are handed out.
 */
export function sharedStyles(): (s: CellStyle | undefined, asText: boolean, unlocked: boolean) => StyleModel {
  const byKey = new Map<string, StyleModel>();
  // Most cells carry a style object already seen (resolveCellStyles shares them): found without building a key.
  const byObject = new Map<CellStyle | undefined, StyleModel[]>();
  return (s, asText, unlocked) => {
    const variant = (asText ? 1 : 0) + (unlocked ? 2 : 0);
    let variants = byObject.get(s);
    if (!variants) byObject.set(s, (variants = []));
    let model = variants[variant];
    if (model) return model;
    const key = `${styleKey(s)}|${variant}`;
    model = byKey.get(key);
    if (!model) {
      model = cellStyleModel(s, asText, unlocked);
      byKey.set(key, model);
    }
    variants[variant] = model;
    return model;
  };
}
