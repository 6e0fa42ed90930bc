/** Puts one plan CellStyle on an excelts cell: font, solid fill, alignment, number format, thin borders. */
import type { CellStyle } from "../report/plan/plan";
import type { Cell } from "./excelts";

type Border = NonNullable<CellStyle["border"]>;
type CellBorders = NonNullable<Cell["border"]>;

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

/** Sets only what the style states; a cell keeps excelts' defaults for the rest. */
export function applyCellStyle(cell: Cell, s: CellStyle): void {
  if (hasFont(s)) {
    cell.font = {
      name: FONT_NAME,
      size: s.fontSize ?? FONT_SIZE,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.horizontalAlignment || s.verticalAlignment || s.wrapText !== undefined) {
    cell.alignment = {
      ...(s.horizontalAlignment ? { horizontal: s.horizontalAlignment } : {}),
      ...(s.verticalAlignment ? { vertical: VERTICAL[s.verticalAlignment] } : {}),
      ...(s.wrapText !== undefined ? { wrapText: s.wrapText } : {}),
    };
  }
  if (s.numberFormat !== undefined) cell.numFmt = s.numberFormat;
  if (s.border) cell.border = borders(s.border);
}
