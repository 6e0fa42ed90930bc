import { describe, expect, it } from "vitest";
import { budgetPosition, budgetSummary, plannedAt, sumProfiles, type BudgetLine } from "../../../src/domain/budget";
import { monthIndex } from "../../../src/domain/periods";

const APR = monthIndex(2012, 4);

function budgetLine(extra: Partial<BudgetLine> = {}): BudgetLine {
  return {
    line: "Line",
    allocated: 100_000,
    deducted: 0,
    committed: 0,
    spent: 0,
    profile: [],
    at: { sheet: "Finance", cell: "A3" },
    row: 0,
    ...extra,
  };
}

describe("budgetPosition", () => {
  it("works out net budget, what is left and the variance for the £1M / £251K allocation", () => {
    const p = budgetPosition(
      budgetLine({ allocated: 1_000_000, deducted: 251_000, committed: 195_000, spent: 320_000, forecast: 742_000 }),
    );
    expect(p).toMatchObject({
      net: 749_000,
      remaining: 234_000,
      variance: -7_000,
      forecastBasis: "forecast",
      rag: "green",
    });
    expect(p.percentSpent).toBeCloseTo(42.72, 2);
  });

  it("uses spent + committed as the forecast when there is none", () => {
    const p = budgetPosition(budgetLine({ committed: 30_000, spent: 65_000 }));
    expect(p).toMatchObject({ forecast: 95_000, forecastBasis: "spent and committed", variance: -5_000 });
  });

  it.each<[string, string, Partial<BudgetLine>]>([
    ["on budget", "green", { forecast: 100_000 }],
    ["underspend of exactly 10%", "green", { forecast: 90_000 }],
    ["underspend above 10%", "amber", { forecast: 89_999 }],
    ["overspend of exactly 5%", "amber", { forecast: 105_000 }],
    ["overspend above 5%", "red", { forecast: 105_001 }],
    ["spending with no net budget", "red", { allocated: 10_000, deducted: 10_000, spent: 1 }],
    ["no budget and no spend", "none", { allocated: 0 }],
    ["a figure that could not be read", "none", { forecast: 200_000, incomplete: true }],
  ])("RAG for %s is %s", (_, rag, extra) => {
    expect(budgetPosition(budgetLine(extra)).rag).toBe(rag);
  });

  it("says why, with the amount and share of the net budget", () => {
    expect(budgetPosition(budgetLine({ forecast: 103_000 })).reason).toBe(
      "forecast overspend of £3,000 (3.0% of the net budget)",
    );
  });

  it("compares spend with the cumulative profile at the month asked about", () => {
    const profile = [
      { month: APR, planned: 10_000 },
      { month: APR + 1, planned: 25_000 },
      { month: APR + 3, planned: 50_000 },
    ];
    const line = budgetLine({ spent: 20_000, profile });
    expect(budgetPosition(line, APR + 1)).toMatchObject({ planned: 25_000, percentOfProfile: 80 });
    // A blank month carries the previous total forward.
    expect(budgetPosition(line, APR + 2)).toMatchObject({ planned: 25_000, percentOfProfile: 80 });
    expect(budgetPosition(line, APR + 9)).toMatchObject({ planned: 50_000, percentOfProfile: 40 });
    // Before the profile starts nothing was planned, so there is no percentage.
    const early = budgetPosition(line, APR - 1);
    expect(early.planned).toBe(0);
    expect(early.percentOfProfile).toBeUndefined();
    expect(budgetPosition(line).planned).toBeUndefined();
  });

  it("has no percentages when there is no net budget or no profile", () => {
    const p = budgetPosition(budgetLine({ allocated: 0 }), APR);
    expect(p.percentSpent).toBeUndefined();
    expect(p.planned).toBeUndefined();
  });
});

describe("plannedAt and sumProfiles", () => {
  it("reads the latest point at or before the month", () => {
    expect(plannedAt([], APR)).toBeUndefined();
    expect(plannedAt([{ month: APR, planned: 5 }], APR - 1)).toBe(0);
    expect(plannedAt([{ month: APR, planned: 5 }], APR)).toBe(5);
  });

  it("adds profiles month by month, carrying each forward over its gaps", () => {
    const a = [
      { month: APR, planned: 10 },
      { month: APR + 2, planned: 30 },
    ];
    const b = [{ month: APR + 1, planned: 5 }];
    expect(sumProfiles([a, b])).toEqual([
      { month: APR, planned: 10 },
      { month: APR + 1, planned: 15 },
      { month: APR + 2, planned: 35 },
    ]);
  });
});

describe("budgetSummary", () => {
  const parent = budgetLine({
    line: "Programme",
    allocated: 1_000_000,
    deducted: 251_000,
    committed: 100,
    spent: 200,
    forecast: 700_000,
    profile: [{ month: APR, planned: 100 }],
  });
  const child = budgetLine({ line: "Share", partOf: "Programme", allocated: 749_000, spent: 200, committed: 100 });
  const grant = budgetLine({ line: "Grant", allocated: 0 });

  it("totals the top-level lines only, so sub-lines are not counted twice", () => {
    const total = budgetSummary([parent, child, grant]);
    expect(total).toMatchObject({
      line: "Total",
      allocated: 1_000_000,
      deducted: 251_000,
      net: 749_000,
      spent: 200,
      committed: 100,
      forecast: 700_000,
      forecastBasis: "mixed",
    });
  });

  it("judges the total like a line", () => {
    expect(budgetSummary([parent]).rag).toBe("green");
    expect(budgetSummary([{ ...parent, forecast: 800_000 }]).rag).toBe("red");
    expect(budgetSummary([parent, { ...grant, incomplete: true }]).rag).toBe("none");
  });

  it("has a profile only when every line with a budget has one", () => {
    expect(budgetSummary([parent, grant], APR).planned).toBe(100);
    expect(budgetSummary([parent, budgetLine({ line: "Other" })], APR).planned).toBeUndefined();
  });

  it("says which lines had forecasts", () => {
    expect(budgetSummary([parent]).forecastBasis).toBe("forecast");
    expect(budgetSummary([grant]).forecastBasis).toBe("spent and committed");
    expect(budgetSummary([]).forecastBasis).toBe("spent and committed");
  });
});
