/** Test helpers that read a SheetPlan the way a shell would write it. */
import { a1, parseA1 } from "../../src/domain/a1";
import type { PlanValue, SheetPlan } from "../../src/report/plan/plan";

/** The value a sheet's blocks put in a cell (later blocks win), or undefined when none writes it. */
export function cellAt(sheet: SheetPlan, address: string): PlanValue | undefined {
  const { row, column } = parseA1(address);
  let found: PlanValue | undefined;
  for (const block of sheet.blocks) {
    const origin = parseA1(block.address);
    const r = row - origin.row;
    const c = column - origin.column;
    if (r < 0 || c < 0) continue;
    const line = block.values[r];
    if (line && c < line.length) found = line[c];
  }
  return found;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B7:E20" (or "C4") as a rectangle of 1-based rows and columns, inclusive. */
export function rectOf(range: string): Rect {
  const [a, b = a] = range.split(":");
  const from = parseA1(a!);
  const to = parseA1(b!);
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}

/** Every cell address in a range, row by row. */
export function cellsOf(range: string): string[] {
  const { top, left, bottom, right } = rectOf(range);
  const cells: string[] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) cells.push(a1(r, c));
  return cells;
}

/** The values of a range, resolved against the sheet's blocks. */
export function rangeValues(sheet: SheetPlan, range: string): (PlanValue | undefined)[] {
  return cellsOf(range).map((cell) => cellAt(sheet, cell));
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Every written cell with its value: [address, value]. */
export function writtenCells(sheet: SheetPlan): [string, PlanValue, { row: number; column: number }][] {
  const out: [string, PlanValue, { row: number; column: number }][] = [];
  for (const block of sheet.blocks) {
    const origin = parseA1(block.address);
    block.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const row = origin.row + r;
        const column = origin.column + c;
        out.push([a1(row, column), value, { row, column }]);
      }),
    );
  }
  return out;
}
