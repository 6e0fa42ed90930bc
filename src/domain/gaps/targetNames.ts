/** What a target is called beside its gap: the Notice's, the council's own, or a comparator. */
import type { TargetName } from "../results";
import type { Target } from "../types";

/** Benchmark for "in line with a comparator" targets, else the target's level (statutory or internal). */
export function targetName(target: Target): TargetName {
  return target.kind === "benchmark" ? "benchmark" : target.level;
}

/** "Notice target" (or "statutory target" when not from the Notice), "internal target", or the comparator's name. */
export function targetTitle(target: Target): string {
  if (target.kind === "benchmark") return target.benchmark ?? "benchmark";
  if (target.level === "internal") return "internal target";
  return /improvement notice/i.test(target.source ?? "") ? "Notice target" : "statutory target";
}
