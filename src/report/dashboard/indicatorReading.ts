/**
 * An indicator read in one line, from its figures alone: the latest figure and
 * the previous one, where it stands against each target, and how long it has
 * been moving one way. The headline table shows it; the commentary cell's draft
 * starts from it.
 */
import { monthLabel } from "../../domain/periods";
import type { IndicatorResult, TargetGap } from "../../domain/results";
import type { Unit } from "../../domain/types";
import { valueText } from "../layout/valueText";

const LEVEL_WORDS = { statutory: "the Notice target", internal: "the internal target" } as const;

function againstTarget(unit: Unit, gap: TargetGap | undefined, level: "statutory" | "internal"): string | undefined {
  if (!gap) return undefined;
  const name = LEVEL_WORDS[level];
  if (gap.level === undefined) return `${name} has no level to judge against`;
  const at = `${name} of ${valueText(unit, gap.level)}`;
  if (gap.inForce === false) {
    const due = gap.target.from !== undefined ? ` applies from ${monthLabel(gap.target.from)}` : " is not yet in force";
    const path = gap.trajectory
      ? gap.trajectory.ahead
        ? ", ahead of the straight path to it"
        : ", behind the straight path to it"
      : "";
    return `${at}${due}${path}`;
  }
  if (gap.gap === undefined) return undefined;
  const side = Math.abs(gap.gap) < 1e-9 ? "exactly at" : gap.gap > 0 ? "better than" : "short of";
  return `${side} ${at}`;
}

/** "rising each month since June 2012": three or more moves the same way up to the latest month. */
export function runText(result: IndicatorResult): string | undefined {
  const points = result.series.filter((p) => p.month <= result.month);
  const last = points[points.length - 1];
  if (!last || last.month !== result.month) return undefined;
  let moves = 0;
  let sign = 0;
  for (let i = points.length - 1; i > 0; i--) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (b.month - a.month !== 1) break;
    const s = Math.sign(b.value - a.value);
    if (s === 0 || (sign !== 0 && s !== sign)) break;
    sign = s;
    moves += 1;
  }
  if (moves < 3) return undefined;
  const since = points[points.length - 1 - moves]!.month;
  return `${sign > 0 ? "rising" : "falling"} each month since ${monthLabel(since)}`;
}

/**
 * "63 in Oct 2012, up from 57; better than the Notice target of 200 and
 * better than the internal target of 100". With `run`, adds how long it has
 * risen or fallen.
 */
export function indicatorReading(result: IndicatorResult, options: { run?: boolean } = {}): string {
  const { unit } = result.indicator;
  if (result.value === null) return `No figure for ${monthLabel(result.month)}.`;
  const when = monthLabel(result.valueMonth ?? result.month);
  let first = `${valueText(unit, result.value)} in ${when}`;
  if (result.previous !== null) {
    const change = result.value - result.previous;
    first +=
      Math.abs(change) < 1e-9
        ? `, unchanged from the month before`
        : `, ${change > 0 ? "up" : "down"} from ${valueText(unit, result.previous)}`;
  }
  const parts = [first];
  const targets = [
    againstTarget(unit, result.statutory, "statutory"),
    againstTarget(unit, result.internal, "internal"),
  ].filter((t): t is string => t !== undefined);
  if (targets.length > 0) parts.push(targets.join(" and "));
  else parts.push("no target set");
  const run = options.run ? runText(result) : undefined;
  if (run) parts.push(run);
  return `${parts.join("; ")}.`;
}

/** The draft commentary: labelled, so it cannot be mistaken for what a person wrote. */
export function draftCommentary(result: IndicatorResult): string {
  return `Draft: ${indicatorReading(result, { run: true })}`;
}
