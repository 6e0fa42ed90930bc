/** Which of an indicator's targets leads its headline. */
import type { IndicatorResult, TargetGap, TargetName } from "../results";
import type { TargetLevel } from "../types";

function rank(g: TargetGap): number {
  if (g.inForce !== false && g.level !== undefined) return 0;
  if (g.inForce !== false) return 1;
  return 2;
}

/**
 * The statutory (or internal) target to show: one in force with a level first,
 * then one in force without a level (its note says what is missing), then the
 * next one due. Among targets in force, the one that came into force last wins,
 * because a later target supersedes an earlier one (ADOPTED: "≥ 11% by Mar
 * 2012" gives way to "average ≥ 13% over 2012-13"); among those due, the
 * nearest deadline. Remaining ties keep catalogue order.
 */
export function pickGap(gaps: readonly TargetGap[], level: TargetLevel): TargetGap | undefined {
  let best: TargetGap | undefined;
  for (const g of gaps) {
    if (g.target.level !== level) continue;
    if (!best || better(g, best)) best = g;
  }
  return best;
}

/** As `pickGap`, among the gaps of one name (statutory, internal or benchmark). */
export function pickNamed(gaps: readonly TargetGap[], name: TargetName): TargetGap | undefined {
  let best: TargetGap | undefined;
  for (const g of gaps) {
    if (g.name !== name) continue;
    if (!best || better(g, best)) best = g;
  }
  return best;
}

function better(a: TargetGap, b: TargetGap): boolean {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb;
  const fa = a.target.from ?? -Infinity;
  const fb = b.target.from ?? -Infinity;
  return ra === 2 ? fa < fb : fa > fb;
}

/**
 * The rule that combines an indicator's targets into its one headline RAG,
 * in words for the dashboard's key and the README.
 */
export const HEADLINE_RAG_RULE =
  "Headline RAG: the Notice (statutory) target's once it is in force; before its deadline, or where the Notice sets none, the internal target's; " +
  "the gap to every target (statutory, internal, benchmark) is shown beside it, named.";

/**
 * The gap behind an indicator's headline RAG, target and gap: the statutory
 * target when it is in force with a level, else the internal one likewise;
 * failing both, a due target with a level (statutory first), shown unjudged.
 */
export function headlineGap(result: Pick<IndicatorResult, "statutory" | "internal">): TargetGap | undefined {
  const { statutory, internal } = result;
  const judged = (g: TargetGap | undefined) => g && g.inForce !== false && g.level !== undefined;
  if (judged(statutory)) return statutory;
  if (judged(internal)) return internal;
  if (statutory?.level !== undefined) return statutory;
  if (internal?.level !== undefined) return internal;
  return undefined;
}
