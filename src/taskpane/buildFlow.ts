/** The Build section's states and how events move between them (a pure reducer, tested on its own). */
import { BUILD_STAGES, type BuildOutcome, type BuildStage, type BuildSummary } from "./operations/buildDashboard";

export type BuildState =
  | { phase: "idle" }
  | { phase: "running"; stage: BuildStage; allowErrors: boolean }
  /** Stopped before writing: the data has errors; the pane offers "Build anyway". */
  | { phase: "has-errors"; errors: number }
  | { phase: "built"; summary: BuildSummary }
  | { phase: "stopped"; message: string; intent: "warning" | "error" };

export type BuildEvent =
  | { type: "start"; allowErrors: boolean }
  | { type: "stage"; stage: BuildStage }
  | { type: "finish"; outcome: BuildOutcome }
  | { type: "fail"; message: string };

export const IDLE: BuildState = { phase: "idle" };

export function buildReducer(state: BuildState, event: BuildEvent): BuildState {
  switch (event.type) {
    case "start":
      return { phase: "running", stage: BUILD_STAGES[0]!.stage, allowErrors: event.allowErrors };
    case "stage":
      // A late stage report after the build ended must not bring the progress bar back.
      return state.phase === "running" ? { ...state, stage: event.stage } : state;
    case "finish": {
      const o = event.outcome;
      if (o.kind === "built") return { phase: "built", summary: o.summary };
      if (o.kind === "has-errors") return { phase: "has-errors", errors: o.errors };
      return { phase: "stopped", message: o.message, intent: "warning" };
    }
    case "fail":
      return { phase: "stopped", message: event.message, intent: "error" };
  }
}

/** Where the build is, for the progress bar and the live region: "Step 2 of 4: Checking". */
export function stageProgress(stage: BuildStage): { step: number; of: number; label: string; text: string } {
  const index = BUILD_STAGES.findIndex((s) => s.stage === stage);
  const step = index + 1;
  const of = BUILD_STAGES.length;
  const label = BUILD_STAGES[index]?.label ?? "";
  return { step, of, label, text: `Step ${step} of ${of}: ${label}` };
}
