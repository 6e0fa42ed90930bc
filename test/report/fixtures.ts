/** Small hand-made indicators and results for the report tests. */
import { targetName, targetTitle } from "../../src/domain/gaps/targetNames";
import { monthIndex } from "../../src/domain/periods";
import type { Direction, IndicatorResult, Rag, TargetGap } from "../../src/domain/results";
import type { Indicator, MonthIndex, Target } from "../../src/domain/types";

export const OCT_2012 = monthIndex(2012, 10);
export const AUG_2011 = monthIndex(2011, 8);

export function indicator(code: string, over: Partial<Indicator> = {}): Indicator {
  return {
    code,
    name: `Indicator ${code}`,
    unit: "count",
    polarity: "lower",
    targets: [],
    dashboard: true,
    definition: `Definition of ${code}.`,
    impact: `Impact of ${code}.`,
    ...over,
  };
}

export function target(level: Target["level"], value: number | undefined, over: Partial<Target> = {}): Target {
  return { kind: "by-date", level, ...(value !== undefined ? { value } : {}), label: `${level} ${value ?? "?"}`, ...over };
}

/** A judged target as the engine gives it: in force (`inForce: true`) unless `over` says otherwise. */
export function gapFor(t: Target, over: Partial<TargetGap> = {}): TargetGap {
  return { target: t, name: targetName(t), title: targetTitle(t), ...(t.value !== undefined ? { level: t.value } : {}), rag: "none", inForce: true, ...over };
}

export interface ResultOptions {
  month?: MonthIndex;
  /** Values for consecutive months ending at `month` (null = no figure that month). */
  values?: (number | null)[];
  rag?: Rag;
  direction?: Direction;
  /** Signed gap of the headline target (positive = better). */
  gap?: number;
  area?: string;
  asAt?: string;
}

/** A result whose statutory/internal gaps come from the indicator's targets. */
export function result(ind: Indicator, o: ResultOptions = {}): IndicatorResult {
  const month = o.month ?? OCT_2012;
  const values = o.values ?? [120, 110, 100];
  const series = values
    .map((value, i) => ({ month: month - (values.length - 1) + i, value }))
    .filter((p): p is { month: number; value: number } => p.value !== null);
  const gaps = ind.targets.map((t, i) => gapFor(t, i === 0 ? { rag: o.rag ?? "none", ...(o.gap !== undefined ? { gap: o.gap } : {}) } : {}));
  const statutory = gaps.find((g) => g.target.level === "statutory");
  const internal = gaps.find((g) => g.target.level === "internal");
  return {
    code: ind.code,
    area: o.area ?? "",
    indicator: ind,
    month,
    value: values[values.length - 1] ?? null,
    previous: values[values.length - 2] ?? null,
    sameMonthLastYear: null,
    series,
    gaps,
    ...(statutory ? { statutory } : {}),
    ...(internal ? { internal } : {}),
    rag: o.rag ?? "none",
    direction: o.direction ?? "none",
    directionYearOnYear: "none",
    ...(o.asAt ? { asAt: o.asAt } : {}),
  };
}

/** `n` dashboard indicators with a statutory target each. */
export function manyResults(n: number): IndicatorResult[] {
  return Array.from({ length: n }, (_, i) =>
    result(indicator(`IND${i + 1}`, { targets: [target("statutory", 100)] }), { rag: "green", gap: 5, direction: "improving" }),
  );
}
