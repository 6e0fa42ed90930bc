import { describe, expect, it } from "vitest";
import { budgetPosition, budgetSummary, readBudget } from "../../src/domain/budget";
import { monthIndex } from "../../src/domain/periods";
import { sampleBudgetRows } from "../../src/sample/sampleBudget";
import type { RawTable } from "../../src/domain/types";

function sampleTable(): RawTable {
  const { headers, rows } = sampleBudgetRows();
  return { name: "Budget", sheet: "Budget", origin: { row: 1, column: 1 }, headers, rows, source: "table" };
}

describe("sampleBudgetRows", () => {
  const { lines, issues } = readBudget(sampleTable());
  const OCT_2012 = monthIndex(2012, 10);

  it("reads without issues, with a twelve-month profile for 2012-13", () => {
    expect(issues).toEqual([]);
    expect(sampleBudgetRows().headers.slice(-12)[0]).toBe("Apr 2012");
    expect(sampleBudgetRows().headers.at(-1)).toBe("Mar 2013");
    expect(lines.every((l) => l.year === "2012-13")).toBe(true);
  });

  it("carries the reported £1M allocation with £251K deducted at source: £749,000 net", () => {
    const programme = budgetPosition(lines[0]!, OCT_2012);
    expect(programme).toMatchObject({ allocated: 1_000_000, deducted: 251_000, net: 749_000 });
    expect(lines[0]!.note).toMatch(/Core Task 10/);
  });

  it("splits the net budget exactly between the illustrative lines, each marked as such", () => {
    const shares = lines.filter((l) => l.partOf === lines[0]!.line);
    expect(shares.length).toBeGreaterThanOrEqual(3);
    expect(shares.reduce((s, l) => s + l.allocated, 0)).toBe(749_000);
    for (const share of shares) {
      expect(share.note).toMatch(/^Illustrative/);
      expect(share.profile).toHaveLength(12);
      expect(share.profile.at(-1)!.planned).toBe(share.allocated);
    }
  });

  it("has a pending grant line with nothing allocated", () => {
    const grant = lines.find((l) => /Children's Improvement Board/.test(l.line));
    expect(grant).toMatchObject({ allocated: 0 });
    expect(budgetPosition(grant!).rag).toBe("none");
  });

  it("totals to the programme's figures without counting the shares twice", () => {
    const total = budgetSummary(lines, OCT_2012);
    expect(total).toMatchObject({
      allocated: 1_000_000,
      net: 749_000,
      committed: 195_000,
      spent: 320_000,
      remaining: 234_000,
      rag: "green",
    });
    expect(total.percentOfProfile).toBeCloseTo((320 / 350) * 100, 5);
  });

  it("shows more than one RAG, so the sample exercises the colours", () => {
    const rags = new Set(lines.map((l) => budgetPosition(l).rag));
    expect(rags).toEqual(new Set(["green", "amber", "none"]));
  });
});
