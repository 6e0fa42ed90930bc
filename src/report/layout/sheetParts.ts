/** The pieces of a sheet plan that layout builders produce and the sheet builder joins. */
import type { CellBlock, ChartPlan, InputCell, RangeStyle } from "../plan/plan";

/** Blocks, styles, merges, row heights, charts and inputs for one band of rows. */
export interface SheetParts {
  blocks: CellBlock[];
  styles: RangeStyle[];
  merges: string[];
  /** 1-based row → points. */
  rowHeights: Record<number, number>;
  charts: ChartPlan[];
  inputs: InputCell[];
}

/** A band with nothing in it yet. */
export function emptyParts(): SheetParts {
  return { blocks: [], styles: [], merges: [], rowHeights: {}, charts: [], inputs: [] };
}

/** The parts of several bands, in order (later styles apply over earlier ones). */
export function joinParts(parts: readonly SheetParts[]): SheetParts {
  const joined = emptyParts();
  for (const p of parts) {
    joined.blocks.push(...p.blocks);
    joined.styles.push(...p.styles);
    joined.merges.push(...p.merges);
    Object.assign(joined.rowHeights, p.rowHeights);
    joined.charts.push(...p.charts);
    joined.inputs.push(...p.inputs);
  }
  return joined;
}
