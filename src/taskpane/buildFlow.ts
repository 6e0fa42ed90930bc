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

/**
 * Roughly how much of a build's work each stage does (an estimate: writing
 * the sheets and charts is most of it, reading the tables the next), so the
 * bar moves by work done, not by step number.
 */
const STAGE_SHARE: Record<BuildStage, number> = { reading: 25, checking: 10, gaps: 5, writing: 60 };

/**
 * Where the build is, for the progress bar and the live region: `done` is the
 * share of the work finished when `stage` starts (0–100), so the bar is never
 * full while the slowest stage is still running.
 */
export function stageProgress(stage: BuildStage): { done: number; label: string; text: string } {
  const index = BUILD_STAGES.findIndex((s) => s.stage === stage);
  const done = BUILD_STAGES.slice(0, Math.max(0, index)).reduce((sum, s) => sum + STAGE_SHARE[s.stage], 0);
  const label = BUILD_STAGES[index]?.label ?? "";
  return { done, label, text: `${label}…` };
}
