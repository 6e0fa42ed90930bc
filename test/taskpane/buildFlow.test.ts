import { describe, expect, it } from "vitest";
import { buildReducer, IDLE, stageProgress, type BuildState } from "../../src/taskpane/buildFlow";
import type { BuildSummary } from "../../src/taskpane/operations/buildDashboard";

const summary: BuildSummary = { month: 24000, sheet: "Member Dashboard", indicators: 2, counts: { green: 1, amber: 0, red: 1, none: 0 }, renamed: [], skipped: [], errorsIgnored: 0 };

describe("the build section's states", () => {
  it("runs through the stages to a summary", () => {
    let s: BuildState = buildReducer(IDLE, { type: "start", allowErrors: false });
    expect(s).toEqual({ phase: "running", stage: "reading", allowErrors: false });
    s = buildReducer(s, { type: "stage", stage: "gaps" });
    expect(s).toMatchObject({ stage: "gaps" });
    s = buildReducer(s, { type: "finish", outcome: { kind: "built", summary } });
    expect(s).toEqual({ phase: "built", summary });
  });

  it("asks about errors, and shows a failure as an error", () => {
    const running = buildReducer(IDLE, { type: "start", allowErrors: false });
    expect(buildReducer(running, { type: "finish", outcome: { kind: "has-errors", errors: 2 } })).toEqual({ phase: "has-errors", errors: 2 });
    expect(buildReducer(running, { type: "finish", outcome: { kind: "cannot-build", message: "x" } })).toEqual({ phase: "stopped", message: "x", intent: "warning" });
    expect(buildReducer(running, { type: "fail", message: "y" })).toEqual({ phase: "stopped", message: "y", intent: "error" });
  });

  it("ignores a stage report that arrives after the build ended", () => {
    const done: BuildState = { phase: "built", summary };
    expect(buildReducer(done, { type: "stage", stage: "writing" })).toBe(done);
  });

  it("shows progress by work done: never full while writing, the slowest stage, is under way", () => {
    expect(stageProgress("reading")).toEqual({ done: 0, label: "Reading tables", text: "Reading tables…" });
    const shares = (["checking", "gaps", "writing"] as const).map((s) => stageProgress(s).done);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(stageProgress("writing").done).toBeLessThanOrEqual(50);
    expect(stageProgress("writing").text).toBe("Writing the dashboard…");
  });
});
