import { describe, expect, it } from "vitest";
import { readBudget, type BudgetLine } from "../../src/domain/budget";
import { monthIndex } from "../../src/domain/periods";
import { sampleBudgetRows } from "../../src/sample/sampleBudget";
import { budgetRagWord, MONEY_FORMAT, VARIANCE_FORMAT } from "../../src/report/budget/budgetFormats";
import { budgetReason, budgetReport } from "../../src/report/budget/budgetReport";
import { budgetSheet, BUDGET_COLUMNS_LAYOUT, SUB_LINE_INDENT } from "../../src/report/budget/budgetSheet";
import { budgetSummaryBlock } from "../../src/report/budget/budgetSummaryBlock";
import { buildDashboardPlan } from "../../src/report/dashboard/buildDashboardPlan";
import { OCT_2012, manyResults } from "./fixtures";
import { rawTable } from "./frameworkFixtures";
import { cellAt } from "./planCells";

function line(extra: Partial<BudgetLine>): BudgetLine {
  return { line: "A line", allocated: 100_000, deducted: 0, committed: 0, spent: 0, profile: [], at: { sheet: "Budget", cell: "A2" }, row: 0, ...extra };
}

const sample = readBudget(rawTable("Budget", sampleBudgetRows().headers, sampleBudgetRows().rows)).lines;

describe("budgetReport", () => {
  it("puts each line's sub-lines straight after it, in table order", () => {
    const lines = [
      line({ line: "Child", partOf: "Parent", row: 0 }),
      line({ line: "Other", row: 1 }),
      line({ line: "Parent", row: 2 }),
      line({ line: "Second child", partOf: "parent", row: 3 }),
    ];
    expect(budgetReport(lines, OCT_2012).rows.map((r) => `${r.depth}:${r.line.line}`)).toEqual(["0:Other", "0:Parent", "1:Child", "1:Second child"]);
  });

  it("on the sample: the programme's £1M less £251K at source is £749,000, its three workstreams under it", () => {
    const report = budgetReport(sample, OCT_2012);
    expect(report.rows.map((r) => r.depth)).toEqual([0, 1, 1, 1, 0]);
    expect(report.rows[0]!.position).toMatchObject({ allocated: 1_000_000, deducted: 251_000, net: 749_000 });
    // The total counts top-level lines only, so the workstreams are not counted twice.
    expect(report.total).toMatchObject({ allocated: 1_000_000, net: 749_000, spent: 320_000, committed: 195_000, forecast: 742_000, variance: -7000, rag: "green" });
  });

  it.each([
    [{ reason: "forecast on budget", forecastBasis: "forecast", net: 10 }, [], "Forecast on budget"],
    [{ reason: "forecast on budget", forecastBasis: "forecast", net: 10 }, ["committed", "spent", "profile"], "Forecast on budget; committed, spent summed from its sub-lines"],
    [{ reason: "x", forecastBasis: "spent and committed", net: 10 }, [], "X; no forecast outturn given: spent + committed used"],
    // A line with no budget has nothing to forecast against: no remark about the basis.
    [{ reason: "no net budget and no spend", forecastBasis: "spent and committed", net: 0 }, [], "No net budget and no spend"],
  ] as const)("explains %j rolled up from %j as %s", (position, rolled, text) => {
    expect(budgetReason(position as never, rolled)).toBe(text);
  });

  it.each([
    [{ rag: "amber", net: 10 }, "Amber"],
    [{ rag: "none", net: 0 }, "No budget"],
    [{ rag: "none", net: 10 }, "Not rated"],
  ] as const)("words the RAG of %j as %s", (p, word) => {
    expect(budgetRagWord(p)).toBe(word);
  });
});

describe("budget sheet", () => {
  const sheet = budgetSheet({ report: budgetReport(sample, OCT_2012), month: OCT_2012 });
  const headerRow = 5;

  it("has the finance columns on row 5, money as pounds and variance in words", () => {
    expect(BUDGET_COLUMNS_LAYOUT.map((_, i) => cellAt(sheet, `${String.fromCharCode(66 + i)}${headerRow}`))).toEqual(BUDGET_COLUMNS_LAYOUT.map((c) => c.header));
    expect(sheet.styles).toContainEqual({ range: "C6:C11", style: expect.objectContaining({ numberFormat: MONEY_FORMAT }) });
    expect(sheet.styles).toContainEqual({ range: "J6:J11", style: expect.objectContaining({ numberFormat: VARIANCE_FORMAT }) });
  });

  it("indents sub-lines and ends with the total", () => {
    expect(cellAt(sheet, "B6")).toBe("Improvement programme 2012-13");
    expect(cellAt(sheet, "B7")).toBe(`${SUB_LINE_INDENT}Social work recruitment and retention`);
    expect(cellAt(sheet, "B11")).toBe("Total");
    // Allocated, deducted, net, committed, spent, forecast, remaining, variance, % spent.
    expect(["C11", "D11", "E11", "F11", "G11", "H11", "I11", "J11", "K11"].map((c) => cellAt(sheet, c))).toEqual([
      1_000_000, 251_000, 749_000, 195_000, 320_000, 742_000, 234_000, -7000, 0.427,
    ]);
    expect(cellAt(sheet, "M11")).toBe("Green");
  });

  it("shows spend against the profile at the reporting month: £320,000 of £350,000 planned by October", () => {
    expect(cellAt(sheet, "L6")).toBe(0.914);
  });

  it("titles the sheet with the financial year and says when there are no lines", () => {
    expect(cellAt(sheet, "B1")).toBe("Improvement budget 2012-13");
    const empty = budgetSheet({ report: budgetReport([], OCT_2012), month: OCT_2012 });
    expect(cellAt(empty, "B6")).toBe("No budget lines for 2012-13, the financial year of Oct 2012: the Budget table has no lines.");
  });
});

describe("budget block on the Member Dashboard's first page", () => {
  const alone = buildDashboardPlan({ results: manyResults(2), month: OCT_2012 }).sheets[0]!;
  let start = 0;
  const block = (row: number) => {
    start = row;
    return budgetSummaryBlock(budgetReport(sample, OCT_2012), row, "Improvement Budget");
  };
  const dashboard = buildDashboardPlan({ results: manyResults(2), month: OCT_2012, firstPageBlocks: [block] }).sheets[0]!;
  const last = budgetSummaryBlock(budgetReport(sample, OCT_2012), start, "Improvement Budget").lastRow;

  it("sits under the headline and the key, with the top-level lines and the total", () => {
    expect(start).toBeGreaterThan(2);
    expect(cellAt(dashboard, `B${start}`)).toBe("Improvement budget 2012-13");
    expect(cellAt(dashboard, `B${start + 2}`)).toBe("Improvement programme 2012-13");
    expect(cellAt(dashboard, `B${start + 3}`)).toBe("Children's Improvement Board grant (pending)");
    expect([cellAt(dashboard, `B${start + 4}`), cellAt(dashboard, `C${start + 4}`), cellAt(dashboard, `I${start + 4}`)]).toEqual(["Total", 749_000, "Green"]);
    expect(String(cellAt(dashboard, `B${last}`))).toMatch(/^Forecast within budget by £7,000\. .*Improvement Budget sheet\.$/);
  });

  it("stays on the first printed page and leaves the dashboard's inputs and charts as they were", () => {
    expect(last).toBeLessThan(dashboard.print!.rowBreaks![0]!);
    expect(dashboard.inputs.map((i) => i.key)).toEqual(alone.inputs.map((i) => i.key));
    expect(dashboard.charts.map((c) => c.name)).toEqual(alone.charts.map((c) => c.name));
  });
});

describe("a build for a year the Budget table has no lines for (the sample's lines are all 2012-13)", () => {
  const AUG_2011 = monthIndex(2011, 8);
  const report = budgetReport(sample, AUG_2011);
  const sentence = "No budget lines for 2011-12, the financial year of Aug 2011: the Budget table has lines for 2012-13 only.";

  it("shows no 2012-13 figures on the budget sheet, and says why", () => {
    const sheet = budgetSheet({ report, month: AUG_2011 });
    expect(cellAt(sheet, "B1")).toBe("Improvement budget 2011-12");
    expect(cellAt(sheet, "B6")).toBe(sentence);
    expect(sheet.blocks.flatMap((b) => b.values.flat())).not.toContain("Improvement programme 2012-13");
  });

  it("says the same in the dashboard's budget block, with no figures", () => {
    const block = budgetSummaryBlock(report, 40, "Improvement Budget");
    const texts = block.parts.blocks.flatMap((b) => b.values.flat());
    expect(texts).toEqual(["Improvement budget 2011-12", sentence]);
    expect(block.lastRow).toBe(41);
  });

  it("a March 2017 build says there are none for 2016-17", () => {
    expect(budgetSheet({ report: budgetReport(sample, monthIndex(2017, 3)), month: monthIndex(2017, 3) }).blocks.flatMap((b) => b.values.flat())).toContain(
      "No budget lines for 2016-17, the financial year of Mar 2017: the Budget table has lines for 2012-13 only.",
    );
  });
});
