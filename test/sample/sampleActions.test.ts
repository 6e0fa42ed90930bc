import { describe, expect, it } from "vitest";
import { actionsSummary, coverageMatrix, readActions } from "../../src/domain/actions";
import { sampleActionRows, SAMPLE_ACTIONS_AS_AT } from "../../src/sample/sampleActions";
import type { RawTable } from "../../src/domain/types";

function sampleTable(): RawTable {
  const { headers, rows } = sampleActionRows();
  return { name: "Actions", sheet: "Actions", origin: { row: 1, column: 1 }, headers, rows, source: "table" };
}

describe("sampleActionRows", () => {
  const { actions, issues } = readActions(sampleTable(), SAMPLE_ACTIONS_AS_AT);

  it("has between 15 and 25 actions from the plan, each with its own ref", () => {
    expect(actions.length).toBeGreaterThanOrEqual(15);
    expect(actions.length).toBeLessThanOrEqual(25);
    expect(new Set(actions.map((a) => a.ref)).size).toBe(actions.length);
    expect(actions.every((a) => a.priority !== undefined && a.outcome !== undefined)).toBe(true);
  });

  it("reads without errors or warnings; the only notes are past-due actions the sample leaves In progress", () => {
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(issues.map((i) => i.rule)).toEqual(["action-past-due"]);
  });

  it("keeps the plan's timescales and cross-references as written", () => {
    const a = actions.find((x) => x.ref === "2.1.3")!;
    expect(a.timescaleText).toBe("1 March 2011 – 1 Sept 2011 (review)");
    expect(a).toMatchObject({ start: "2011-03-01", due: "2011-09-01", lead: "Heads of Service" });
    expect(actions.find((x) => x.ref === "6.1.1")!.crossReferences).toHaveLength(4);
  });

  it("writes Start and Due that agree with the Timescale", () => {
    const { rows } = sampleActionRows();
    const byRef = new Map(rows.map((r) => [r[0], r]));
    expect(byRef.get("2.2.6")!.slice(2, 4)).toEqual(["2011-03-01", "2013-04-01"]);
    expect(byRef.get("2.1.4")!.slice(2, 4)).toEqual([null, null]);
    expect(byRef.get("5.1.2")!.slice(2, 4)).toEqual([null, "2012-03-01"]);
  });

  it("mixes states and leaves coverage gaps to show", () => {
    const { overall } = actionsSummary(actions, SAMPLE_ACTIONS_AS_AT);
    expect(overall.completed).toBeGreaterThan(0);
    expect(overall.overdue).toBeGreaterThan(0);
    expect(overall.inProgress).toBeGreaterThan(0);
    expect(overall.notStarted).toBeGreaterThan(0);
    const matrix = coverageMatrix(actions, SAMPLE_ACTIONS_AS_AT);
    expect(matrix.find((c) => c.label === "IN 3")!.total).toBe(2);
    expect(matrix.some((c) => c.kind === "IN" && c.gap)).toBe(true);
    expect(matrix.some((c) => c.kind === "IN" && !c.gap)).toBe(true);
  });
});
