/**
 * A sheet's planned sparklines as native Excel sparkline groups (the x14
 * extension Excel 2010 and later read): one line group per look (colour,
 * markers, gaps), each sparkline reading a range on its data sheet.
 */
import { a1 } from "../domain/a1";
import type { SparklinePlan } from "../report/plan/plan";
import { argb } from "./cellStyleModel";
import type { Worksheet } from "./excelts";
import { quoteSheetName, rangeRect } from "./rangeRect";

export type SparklineGroupOptions = Parameters<Worksheet["addSparklineGroup"]>[0];

/** Thin enough to sit inside a row of text, thick enough to print. */
const LINE_WEIGHT = 1.25;

/** "'Area Scorecards'!L7:Q7", without $ signs, as Excel itself writes a sparkline's data. */
function dataRef(s: SparklinePlan): string {
  const { top, left, bottom, right } = rangeRect(s.dataRange);
  return `${quoteSheetName(s.dataSheet)}!${a1(top, left)}:${a1(bottom, right)}`;
}

/** The excelts options for `sparklines`, one group per look (pure, so tests can read them). */
export function sparklineGroupOptions(sparklines: readonly SparklinePlan[]): SparklineGroupOptions[] {
  const groups = new Map<string, SparklineGroupOptions>();
  for (const s of sparklines) {
    const key = `${s.color ?? ""}\u0000${s.markers === true}\u0000${s.connectGaps === true}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        type: "line",
        sparklines: [],
        lineWeight: LINE_WEIGHT,
        markers: s.markers === true,
        displayEmptyCellsAs: s.connectGaps ? "span" : "gap",
        ...(s.color ? { lineColor: argb(s.color), markerColor: argb(s.color) } : {}),
      };
      groups.set(key, group);
    }
    group.sparklines.push({ dataRef: dataRef(s), cellRef: s.location });
  }
  return [...groups.values()];
}

/** Adds the sparklines to `ws`; no-op without any. */
export function writeSparklines(ws: Worksheet, sparklines: readonly SparklinePlan[] | undefined): void {
  for (const options of sparklineGroupOptions(sparklines ?? [])) {
    const group = ws.addSparklineGroup(options);
    // The plan's figures may sit in hidden columns; Excel leaves those out unless told.
    group.displayHidden = true;
  }
}
