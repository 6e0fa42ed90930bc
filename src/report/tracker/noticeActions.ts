/**
 * The improvement plan actions that cite a Notice target (their
 * Cross-references hold "IN n"), where each stands at the reporting month,
 * and what that says about a qualitative target no indicator measures.
 */
import { actionStatusAt, type ActionState, type PlanAction, type Today } from "../../domain/actions";
import type { TargetStanding, TrackerVerdict } from "./targetVerdict";
import { capitalised } from "./targetVerdict";

export interface CitingAction {
  ref: string;
  /** Where the action stands at the reporting month's last day. */
  state: ActionState;
  /** ISO day, when known. */
  due?: string;
}

/** The actions citing Notice target `number`, in table order, with their state at `today`. */
export function actionsCiting(actions: readonly PlanAction[] | undefined, number: number, today: Today): CitingAction[] {
  if (!actions) return [];
  return actions
    .filter((a) => a.crossReferences.some((r) => r.kind === "IN" && r.number === number))
    .map((a) => ({ ref: a.ref, state: actionStatusAt(a, today), ...(a.due ? { due: a.due } : {}) }));
}

const STATE_ORDER: readonly ActionState[] = ["overdue", "due soon", "in progress", "on hold", "not started", "completed", "cancelled"];

/** "4 actions: 1 overdue (2.3.1), 1 in progress (2.1.4), 2 completed (1.1.1, 1.2.1)". */
export function citingSummary(cited: readonly CitingAction[]): string {
  if (cited.length === 0) return "no plan action cites this target";
  const parts: string[] = [];
  for (const state of STATE_ORDER) {
    const refs = cited.filter((c) => c.state === state).map((c) => c.ref || "(no ref)");
    if (refs.length) parts.push(`${refs.length} ${state} (${refs.join(", ")})`);
  }
  return `${cited.length} plan action${cited.length === 1 ? "" : "s"}: ${parts.join(", ")}`;
}

/**
 * A qualitative target's standing from its actions: overdue when any is,
 * complete when all are completed (or cancelled), under way otherwise, and
 * "no actions" when none cites it. No RAG: finishing the actions is not the
 * same as meeting the target, which the commentary has to say.
 */
export function qualitativeStanding(cited: readonly CitingAction[] | undefined): TargetStanding {
  const base = { rag: "none" as const, ragText: "Qualitative" };
  if (cited === undefined) {
    return { ...base, verdict: "n/a", verdictText: "n/a", detail: "no Actions table in the workbook: the plan actions citing this target cannot be shown" };
  }
  let verdict: TrackerVerdict;
  if (cited.length === 0) verdict = "no actions";
  else if (cited.some((c) => c.state === "overdue")) verdict = "actions overdue";
  else if (cited.every((c) => c.state === "completed" || c.state === "cancelled")) verdict = "actions complete";
  else verdict = "actions under way";
  return { ...base, verdict, verdictText: capitalised(verdict), detail: citingSummary(cited) };
}
