/**
 * SCORECARD.RAG, SCORECARD.GAP and SCORECARD.DIRECTION as plain functions:
 * the arguments read, then the dashboard's own rules applied (src/domain/gaps),
 * so a cell and the Member Dashboard never disagree. Pure: bad arguments throw
 * FunctionArgumentError; the Excel adapter maps that to #VALUE!.
 */
import { ragFor, signedGap, toleranceFor } from "../domain/gaps/compare";
import { directionOf } from "../domain/gaps/direction";
import type { Direction, Rag } from "../domain/results";
import type { Indicator, Polarity } from "../domain/types";
import { readFigure, readPolarityArg, readTolerance, requirePolarity, type FormulaArg } from "./readArguments";

export type RagWord = "Green" | "Amber" | "Red" | "None";
export type DirectionWord = "Improving" | "Worsening" | "Stable" | "None";

const RAG_WORDS: Record<Rag, RagWord> = { green: "Green", amber: "Amber", red: "Red", none: "None" };
const DIRECTION_WORDS: Record<Direction, DirectionWord> = {
  improving: "Improving",
  worsening: "Worsening",
  stable: "Stable",
  none: "None",
};

/**
 * The arguments as the catalogue row they stand for, so that the tolerance
 * rule (own tolerance, else a share of the target) is the dashboard's own.
 */
function adHocIndicator(polarity: Polarity, tolerance: number | undefined): Indicator {
  return {
    code: "",
    name: "",
    unit: "count",
    polarity,
    targets: [],
    dashboard: false,
    ...(tolerance !== undefined ? { tolerance } : {}),
  };
}

/**
 * Green at or better than the target, Amber worse by no more than the
 * tolerance (blank: 10% of the target), Red worse by more; None when the
 * value or the target is blank.
 */
export function scorecardRag(
  value: FormulaArg,
  target: FormulaArg,
  polarity: FormulaArg,
  tolerance?: FormulaArg,
): RagWord {
  const figure = readFigure(value, "value");
  const level = readFigure(target, "target");
  const way = readPolarityArg(polarity);
  const allowed = readTolerance(tolerance);
  if (figure === null || level === null) return "None";
  const indicator = adHocIndicator(requirePolarity(way), allowed);
  return RAG_WORDS[ragFor(figure, level, indicator.polarity, toleranceFor(indicator, level))];
}

/**
 * Distance from the target to the value in the value's unit, positive when
 * better than the target whichever way the polarity runs; "" when the value
 * or the target is blank.
 */
export function scorecardGap(value: FormulaArg, target: FormulaArg, polarity: FormulaArg): number | "" {
  const figure = readFigure(value, "value");
  const level = readFigure(target, "target");
  const way = readPolarityArg(polarity);
  if (figure === null || level === null) return "";
  return signedGap(figure, level, requirePolarity(way));
}

/**
 * Direction of travel from `previous` to `latest` by the polarity: Improving,
 * Worsening, Stable (equal), or None when either figure is blank.
 */
export function scorecardDirection(latest: FormulaArg, previous: FormulaArg, polarity: FormulaArg): DirectionWord {
  const now = readFigure(latest, "latest");
  const before = readFigure(previous, "previous");
  const way = readPolarityArg(polarity);
  if (now === null || before === null) return "None";
  return DIRECTION_WORDS[directionOf(now, before, requirePolarity(way))];
}
