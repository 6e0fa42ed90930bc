/**
 * A paragraph pasted into a Line cell (or any cell a message names) must not
 * swamp the message: each rule quotes the line name cut short.
 */
import { describe, expect, it } from "vitest";
import { BUDGET_RULES, readBudget } from "../../../src/domain/budget";
import { budgetTable, line, type Row } from "./fixtures";

/** 10,000 characters of a plausible line name. */
const LONG = "Practice improvement programme ".repeat(400).slice(0, 10_000);
/** A different long name, for a Part of that names no line. */
const OTHER = "Workforce development fund ".repeat(400).slice(0, 10_000);
const MAX_MESSAGE = 400;

describe("Budget messages with a 10,000-character line name", () => {
  const cases: [string, Row[]][] = [
    ["budget-missing-allocation", [{ Line: LONG, Spent: 10 }]],
    ["budget-not-money", [line({ Line: LONG, Allocated: LONG })]],
    ["budget-negative", [line({ Line: LONG, Spent: -5 })]],
    ["budget-bad-year", [line({ Line: LONG, Year: LONG })]],
    ["budget-duplicate-line", [line({ Line: LONG }), line({ Line: LONG })]],
    ["budget-deduction-above-allocation", [line({ Line: LONG, "Deducted at source": 200_000 })]],
    ["budget-overcommitted", [line({ Line: LONG, Spent: 90_000, Committed: 20_000 })]],
    ["budget-unknown-parent", [line({ Line: LONG, "Part of": OTHER })]],
    ["budget-split-above-parent", [line({ Line: LONG }), line({ Line: "Sub", "Part of": LONG, Allocated: 200_000 })]],
    ["budget-profile-decreasing", [line({ Line: LONG, "Apr 2012": 50_000, "May 2012": 10_000 })]],
    ["budget-profile-above-net", [line({ Line: LONG, "Apr 2012": 200_000 })]],
  ];

  it.each(cases)("%s stays under 400 characters", (rule, rows) => {
    const found = readBudget(budgetTable(rows)).issues.filter((i) => i.rule === rule);
    expect(found).not.toHaveLength(0);
    for (const i of found) expect(i.message.length).toBeLessThan(MAX_MESSAGE);
  });

  it("covers every rule that names a line", () => {
    const covered = new Set(cases.map(([rule]) => rule));
    const untested = BUDGET_RULES.map((r) => r.id).filter((id) => !covered.has(id));
    // A row with no Line name has no name to quote.
    expect(untested).toEqual(["budget-missing-line"]);
  });
});
