import { describe, expect, it } from "vitest";
import { BUDGET_RULES, readBudget } from "../../../src/domain/budget";
import { monthIndex } from "../../../src/domain/periods";
import { budgetTable, HEADERS, line, type Row } from "./fixtures";

function issuesOf(rows: Row[], headers?: readonly string[]) {
  return readBudget(budgetTable(rows, headers)).issues.map((i) => [i.rule, i.cell]);
}

describe("readBudget", () => {
  it("reads nothing, and reports nothing, when there is no Budget table", () => {
    expect(readBudget(undefined)).toEqual({ lines: [], issues: [] });
  });

  it("reads a line with money typed as text, and its cumulative profile", () => {
    const { lines, issues } = readBudget(
      budgetTable([
        line({
          Line: " Improvement programme ",
          Year: "2012/13",
          Allocated: "£1M",
          "Deducted at source": "£251K",
          Committed: "95,000",
          Spent: 150_000,
          "Forecast outturn": "£740k",
          Note: "Reported",
          "Apr 2012": 10_000,
          "Jun 2012": "£30K",
        }),
      ]),
    );
    expect(issues).toEqual([]);
    expect(lines).toEqual([
      {
        line: "Improvement programme",
        year: "2012-13",
        allocated: 1_000_000,
        deducted: 251_000,
        committed: 95_000,
        spent: 150_000,
        forecast: 740_000,
        note: "Reported",
        profile: [
          { month: monthIndex(2012, 4), planned: 10_000 },
          { month: monthIndex(2012, 6), planned: 30_000 },
        ],
        at: { sheet: "Finance", cell: "A3" },
        row: 0,
      },
    ]);
  });

  it("needs only Line and Allocated, matching headers whatever their case", () => {
    const { lines, issues } = readBudget(budgetTable([{ LINE: "A", allocated: 5 } as Row], ["LINE", "allocated"]));
    expect(issues).toEqual([]);
    expect(lines[0]).toMatchObject({ line: "A", allocated: 5, deducted: 0, committed: 0, spent: 0, profile: [] });
    expect(lines[0]!.forecast).toBeUndefined();
  });

  it("reports a missing required column and reads no lines", () => {
    const { lines, issues } = readBudget(
      budgetTable(
        [line()],
        HEADERS.filter((h) => h !== "Allocated"),
      ),
    );
    expect(lines).toEqual([]);
    expect(issues.map((i) => [i.rule, i.cell])).toEqual([["missing-column", "A2"]]);
  });

  it("takes a negative deduction as the amount deducted", () => {
    const { lines, issues } = readBudget(budgetTable([line({ "Deducted at source": "(25,000)" })]));
    expect(issues).toEqual([]);
    expect(lines[0]!.deducted).toBe(25_000);
  });

  it("skips fully blank rows", () => {
    expect(readBudget(budgetTable([{}, line(), { Line: "  " }])).lines).toHaveLength(1);
  });

  it("lists its rules with stable ids", () => {
    const ids = BUDGET_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^budget-[a-z-]+$/);
  });
});

describe("Budget rules", () => {
  it.each<[string, Row[], [string, string][]]>([
    ["budget-not-money", [line({ Spent: "about half" })], [["budget-not-money", "G3"]]],
    ["budget-not-money (a percentage)", [line({ Committed: "25%" })], [["budget-not-money", "F3"]]],
    ["budget-not-money (an Excel error)", [line({ Allocated: "#REF!" })], [["budget-not-money", "D3"]]],
    ["budget-not-money in the profile", [line({ "May 2012": "tbc" })], [["budget-not-money", "K3"]]],
    ["budget-negative (Allocated)", [line({ Allocated: -5 })], [["budget-negative", "D3"]]],
    ["budget-negative (Committed)", [line({ Committed: "(1,000)" })], [["budget-negative", "F3"]]],
    ["budget-negative (Spent)", [line({ Spent: "-£2K" })], [["budget-negative", "G3"]]],
    ["budget-missing-line", [{ Allocated: 5 }], [["budget-missing-line", "A3"]]],
    ["budget-missing-allocation", [line({ Allocated: null })], [["budget-missing-allocation", "D3"]]],
    ["budget-bad-year", [line({ Year: "2012-14" })], [["budget-bad-year", "C3"]]],
    ["budget-duplicate-line", [line(), line({ Line: "practice  IMPROVEMENT" })], [["budget-duplicate-line", "A4"]]],
    [
      "budget-deduction-above-allocation",
      [line({ "Deducted at source": 150_000 })],
      [["budget-deduction-above-allocation", "E3"]],
    ],
    ["budget-overcommitted", [line({ Committed: 40_000, Spent: 70_000 })], [["budget-overcommitted", "F3"]]],
    [
      "budget-profile-decreasing",
      [line({ "Apr 2012": 10_000, "May 2012": 30_000, "Jun 2012": 20_000 })],
      [["budget-profile-decreasing", "L3"]],
    ],
    [
      "budget-profile-above-net",
      [line({ "Deducted at source": 10_000, "Jun 2012": 95_000 })],
      [["budget-profile-above-net", "L3"]],
    ],
    ["budget-unknown-parent", [line({ "Part of": "Nothing like it" })], [["budget-unknown-parent", "B3"]]],
    [
      "budget-split-above-parent",
      [
        line({ Line: "Programme", "Deducted at source": 30_000 }),
        line({ Line: "A", "Part of": "Programme", Allocated: 50_000 }),
        line({ Line: "B", "Part of": "Programme", Allocated: 30_000 }),
      ],
      [["budget-split-above-parent", "D3"]],
    ],
  ])("%s", (_, rows, expected) => {
    expect(issuesOf(rows)).toEqual(expected);
  });

  it.each<[string, Row[]]>([
    [
      "money in every written form",
      [line({ Allocated: "£100K", Committed: "-", Spent: "nil", "Forecast outturn": "0.1M" })],
    ],
    [
      "a line spent and committed up to its net budget",
      [line({ "Deducted at source": 10_000, Committed: 40_000, Spent: 50_000 })],
    ],
    ["spent above committed (Committed is what is still to pay)", [line({ Committed: 0, Spent: 90_000 })]],
    [
      "a flat profile, and one that ends at the net budget",
      [line({ "Apr 2012": 50_000, "May 2012": 50_000, "Jun 2012": 100_000 })],
    ],
    ["the same line name in two years", [line({ Year: "2012-13" }), line({ Year: "2013-14" })]],
    ["a deduction equal to the allocation", [line({ "Deducted at source": 100_000 })]],
    ["a zero allocation", [line({ Allocated: 0 })]],
    [
      "sub-lines within the parent's net budget",
      [
        line({ Line: "Programme" }),
        line({ Line: "A", "Part of": "programme", Allocated: 60_000 }),
        line({ Line: "B", "Part of": "Programme", Allocated: 40_000 }),
      ],
    ],
  ])("raises nothing for %s", (_, rows) => {
    expect(issuesOf(rows)).toEqual([]);
  });

  it("keeps a line with an unreadable figure, counts it as 0 and does not judge it further", () => {
    const { lines, issues } = readBudget(budgetTable([line({ Allocated: "lots", Spent: 500_000 })]));
    expect(issues.map((i) => i.rule)).toEqual(["budget-not-money"]);
    expect(lines[0]).toMatchObject({ allocated: 0, spent: 500_000, incomplete: true });
  });

  it("names the table, the column and the cell in its messages", () => {
    const [found] = readBudget(budgetTable([line({ Spent: "about half" })])).issues;
    expect(found!.message).toContain("Budget");
    expect(found!.message).toContain("Spent");
    expect(found!.message).toContain("G3");
  });

  it("lists issues in reading order", () => {
    const cells = issuesOf([line({ Spent: "x", Committed: "y" }), { Allocated: 3 }]).map(([, cell]) => cell);
    expect(cells).toEqual(["F3", "G3", "A4"]);
  });

  it("counts an unknown parent's line on its own", () => {
    const { lines } = readBudget(budgetTable([line({ "Part of": "Missing" })]));
    expect(lines[0]!.partOf).toBeUndefined();
  });

  it("does not let a sub-line be the parent of another", () => {
    const rows = [
      line({ Line: "Top" }),
      line({ Line: "Mid", "Part of": "Top", Allocated: 10 }),
      line({ Line: "Low", "Part of": "Mid", Allocated: 5 }),
    ];
    expect(issuesOf(rows)).toEqual([["budget-unknown-parent", "B5"]]);
  });

  it("matches Part of within the same year", () => {
    const rows = [
      line({ Line: "Programme", Year: "2012-13" }),
      line({ Line: "A", "Part of": "Programme", Year: "2013-14", Allocated: 1 }),
    ];
    expect(issuesOf(rows)).toEqual([["budget-unknown-parent", "B4"]]);
  });
});

describe("roll-up from sub-lines", () => {
  const rows: Row[] = [
    line({ Line: "Programme", Allocated: "£1M", "Deducted at source": "£251K" }),
    line({
      Line: "A",
      "Part of": "Programme",
      Allocated: 500_000,
      Committed: 10_000,
      Spent: 20_000,
      "Forecast outturn": 480_000,
      "Apr 2012": 5_000,
      "Jun 2012": 50_000,
    }),
    line({
      Line: "B",
      "Part of": "Programme",
      Allocated: 249_000,
      Committed: 1_000,
      Spent: 2_000,
      "Apr 2012": 1_000,
      "May 2012": 2_000,
    }),
  ];

  it("fills a parent's blank figures with its sub-lines' totals", () => {
    const { lines, issues } = readBudget(budgetTable(rows));
    expect(issues).toEqual([]);
    expect(lines[0]).toMatchObject({
      committed: 11_000,
      spent: 22_000,
      // B has no forecast, so it is expected to end at what it has spent and committed.
      forecast: 483_000,
      profile: [
        { month: monthIndex(2012, 4), planned: 6_000 },
        { month: monthIndex(2012, 5), planned: 7_000 },
        { month: monthIndex(2012, 6), planned: 52_000 },
      ],
      rolledUp: ["committed", "spent", "forecast", "profile"],
    });
  });

  it("keeps a parent's own figures when it has them", () => {
    const own = [{ ...rows[0], Spent: 1, Committed: 2, "Forecast outturn": 3 }, ...rows.slice(1)];
    const { lines } = readBudget(budgetTable(own));
    expect(lines[0]).toMatchObject({ committed: 2, spent: 1, forecast: 3, rolledUp: ["profile"] });
  });

  it("reports an overcommitted parent at its Line cell when the figures were rolled up", () => {
    const over = [rows[0]!, { ...rows[1]!, Committed: 700_000, Spent: 100_000 }, rows[2]!];
    expect(issuesOf(over)).toEqual([
      ["budget-overcommitted", "A3"],
      ["budget-overcommitted", "F4"],
    ]);
  });
});
