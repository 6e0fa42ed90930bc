/**
 * Which Notice targets (IN 1–16), inspection recommendations (O 1–23) and
 * Core Tasks (CT 1–10) the plan's actions reference, and how many of those
 * actions are still live, so that a target with no live action stands out.
 */
import { actionStatusAt, isLive } from "./actionStatusAt";
import { CROSS_REFERENCE_RANGES, type CrossReferenceKind } from "./crossReferences";
import type { PlanAction } from "./planAction";
import type { Today } from "./today";

export interface CoverageCell {
  kind: CrossReferenceKind;
  number: number;
  /** "IN 3". */
  label: string;
  /** Actions referencing it that are neither completed nor cancelled. */
  live: number;
  /** All actions referencing it. */
  total: number;
  /** Refs of the actions referencing it, in table order. */
  refs: string[];
  /** No live action references it (whether or not any completed one did). */
  gap: boolean;
}

const KINDS: readonly CrossReferenceKind[] = ["IN", "O", "CT"];

/** One cell per IN, O and CT number, in that order; each action counts once per reference. */
export function coverageMatrix(actions: readonly PlanAction[], today: Today): CoverageCell[] {
  const cells = new Map<string, CoverageCell>();
  for (const kind of KINDS) {
    for (let number = 1; number <= CROSS_REFERENCE_RANGES[kind]; number++) {
      const label = `${kind} ${number}`;
      cells.set(label, { kind, number, label, live: 0, total: 0, refs: [], gap: true });
    }
  }
  for (const action of actions) {
    const live = isLive(actionStatusAt(action, today));
    for (const ref of action.crossReferences) {
      const cell = cells.get(`${ref.kind} ${ref.number}`);
      if (!cell) continue;
      cell.total++;
      cell.refs.push(action.ref);
      if (live) {
        cell.live++;
        cell.gap = false;
      }
    }
  }
  return [...cells.values()];
}
