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
  /** Of the live ones, those overdue: they do not count as cover. */
  overdue: number;
  /** All actions referencing it. */
  total: number;
  /** Refs of the actions referencing it, in table order. */
  refs: string[];
  /** No live action that is on time references it (whether or not a completed or overdue one does). */
  gap: boolean;
  /** A gap where the only live actions are overdue: "covered only by overdue actions". */
  overdueOnly: boolean;
}

const KINDS: readonly CrossReferenceKind[] = ["IN", "O", "CT"];

/**
 * One cell per IN, O and CT number, in that order; each action counts once per
 * reference. Only a live action that is not overdue covers a reference.
 */
export function coverageMatrix(actions: readonly PlanAction[], today: Today): CoverageCell[] {
  const cells = new Map<string, CoverageCell>();
  for (const kind of KINDS) {
    for (let number = 1; number <= CROSS_REFERENCE_RANGES[kind]; number++) {
      const label = `${kind} ${number}`;
      cells.set(label, { kind, number, label, live: 0, overdue: 0, total: 0, refs: [], gap: true, overdueOnly: false });
    }
  }
  for (const action of actions) {
    const state = actionStatusAt(action, today);
    const live = isLive(state);
    for (const ref of action.crossReferences) {
      const cell = cells.get(`${ref.kind} ${ref.number}`);
      if (!cell) continue;
      cell.total++;
      cell.refs.push(action.ref);
      if (live) cell.live++;
      // An overdue action is a promise already broken: it does not cover a Notice target.
      if (live && state === "overdue") cell.overdue++;
      else if (live) cell.gap = false;
    }
  }
  for (const cell of cells.values()) cell.overdueOnly = cell.gap && cell.overdue > 0;
  return [...cells.values()];
}
