import { describe, expect, it } from "vitest";
import { ACTION_RULES, ActionDateError, readActions, type Today } from "../../../src/domain/actions";
import { monthIndex } from "../../../src/domain/periods";
import { actionsTable, HEADERS, row, type Row } from "./fixtures";

const TODAY = "2011-06-30";

function issuesOf(rows: Row[], today: Today = TODAY, headers?: readonly string[]) {
  return readActions(actionsTable(rows, headers), today).issues.map((i) => [i.rule, i.cell]);
}

describe("readActions", () => {
  it("reads nothing, and reports nothing, when there is no Actions table", () => {
    expect(readActions(undefined, TODAY)).toEqual({ actions: [], issues: [] });
  });

  it("reads a plan row, taking Start and Due from the Timescale", () => {
    const { actions, issues } = readActions(actionsTable([row({ Status: "In progress" })]), TODAY);
    expect(issues).toEqual([]);
    expect(actions).toEqual([
      {
        ref: "2.1.3",
        priority: 2,
        outcome: "2.1",
        action: "Reduce the number of unallocated cases",
        start: "2011-03-01",
        due: "2011-09-01",
        lead: "Heads of Service",
        status: "in progress",
        crossReferences: [
          { kind: "IN", number: 3 },
          { kind: "CT", number: 1 },
          { kind: "CT", number: 3 },
        ],
        timescale: { ranges: [{ start: "2011-03-01", end: "2011-09-01" }], completed: false, review: true },
        timescaleText: "1 March 2011 – 1 Sept 2011 (review)",
        at: { sheet: "Plan", cell: "A3" },
        row: 0,
      },
    ]);
  });

  it("prefers Start and Due cells to the Timescale", () => {
    const [action] = readActions(actionsTable([row({ Start: "01/04/2011", Due: "2011-08-30" })]), TODAY).actions;
    expect(action).toMatchObject({ start: "2011-04-01", due: "2011-08-30" });
  });

  it("spans several ranges from the earliest start to the latest end", () => {
    const [action] = readActions(
      actionsTable([row({ Timescale: "1 March 2011– 1 March 2012 1 April 2012- 1 April 2013" })]),
      TODAY,
    ).actions;
    expect(action).toMatchObject({ start: "2011-03-01", due: "2013-04-01" });
  });

  it("accepts the plan's own headers and strips HTML from pasted cells", () => {
    const headers = ["Ref", "Actions", "Timescale", "Delivery Leads", "Cross references"];
    const pasted = {
      Ref: "2.1.7",
      Actions: "<p>2.1.7 Monitor and take action to secure appropriate caseload levels</p>",
      Timescale: "<p>1 March 2011 (monthly review)</p>",
      "Delivery Leads": "<p>Alastair Pettigrew</p>",
      "Cross references": "<p>CT 3</p>",
    };
    const { actions, issues } = readActions(actionsTable([pasted], headers), TODAY);
    expect(issues).toEqual([]);
    expect(actions[0]).toMatchObject({
      action: "2.1.7 Monitor and take action to secure appropriate caseload levels",
      lead: "Alastair Pettigrew",
      start: "2011-03-01",
      crossReferences: [{ kind: "CT", number: 3 }],
    });
  });

  it("reports a missing required column and reads no actions", () => {
    const { actions, issues } = readActions(
      actionsTable(
        [row()],
        HEADERS.filter((h) => h !== "Ref"),
      ),
      TODAY,
    );
    expect(actions).toEqual([]);
    expect(issues.map((i) => [i.rule, i.cell])).toEqual([["missing-column", "A2"]]);
  });

  it("throws a coded error for a `today` that is not a month or an ISO day", () => {
    expect(() => readActions(undefined, "next week")).toThrow(ActionDateError);
  });

  it("skips blank rows", () => {
    expect(readActions(actionsTable([{}, row(), { Ref: " " }]), TODAY).actions).toHaveLength(1);
  });

  it("lists its rules with stable ids", () => {
    const ids = ACTION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^action-[a-z-]+$/);
  });
});

describe("Actions rules", () => {
  it.each<[string, Row[], [string, string][]]>([
    ["action-missing-ref", [row({ Ref: null })], [["action-missing-ref", "A3"]]],
    ["action-duplicate-ref", [row(), row({ Ref: "2.1.3." })], [["action-duplicate-ref", "A4"]]],
    ["action-missing-text", [row({ Action: "  " })], [["action-missing-text", "B3"]]],
    ["action-bad-date (Start)", [row({ Start: "soon" })], [["action-bad-date", "C3"]]],
    ["action-bad-date (Due)", [row({ Due: "31/13/2011" })], [["action-bad-date", "D3"]]],
    [
      "action-due-before-start (cells)",
      [row({ Start: "2011-09-01", Due: "2011-08-01" })],
      [["action-due-before-start", "D3"]],
    ],
    [
      "action-due-before-start (Due cell before the Timescale's start)",
      [row({ Due: "2011-11-01", Timescale: "1 Dec 2011 - 31 Dec 2011" })],
      [["action-due-before-start", "D3"]],
    ],
    ["action-unknown-status", [row({ Status: "Green" })], [["action-unknown-status", "F3"]]],
    ["action-bad-crossref", [row({ "Cross-references": "IN 3. IN 17. tbc" })], [["action-bad-crossref", "G3"]]],
    ["action-no-timescale (blank)", [row({ Timescale: null })], [["action-no-timescale", "H3"]]],
    ["action-no-timescale (unreadable)", [row({ Timescale: "tbc" })], [["action-no-timescale", "H3"]]],
    ["action-past-due (Status says in progress)", [row({ Status: "In progress" })], [["action-past-due", "F3"]]],
    ["action-past-due (Status blank)", [row()], [["action-past-due", "F3"]]],
  ])("%s", (_, rows, expected) => {
    const today = _.startsWith("action-past-due") ? "2011-10-31" : TODAY;
    expect(issuesOf(rows, today)).toEqual(expected);
  });

  it.each<[string, Row[], string]>([
    [
      "every status word, in any case",
      ["Not started", "in progress", "COMPLETE", "Done", "Overdue", "On hold", "cancelled"].map((s, i) =>
        row({ Ref: `1.1.${i + 1}`, Status: s }),
      ),
      TODAY,
    ],
    ["a completed action with no dates", [row({ Timescale: "Completed" })], TODAY],
    ["a recurring action with no end", [row({ Timescale: "Quarterly" })], TODAY],
    ["a cancelled action with no timescale", [row({ Timescale: null, Status: "Cancelled" })], TODAY],
    ["an action past due and marked Overdue", [row({ Status: "Overdue" })], "2011-10-31"],
    ["an action past due and marked Completed", [row({ Status: "Completed" })], "2011-10-31"],
    ["an action due today", [row({ Status: "In progress" })], "2011-09-01"],
    ["no Cross-references at all", [row({ "Cross-references": null })], TODAY],
    ["a due date on the start date", [row({ Start: "2011-09-01", Due: "1 September 2011" })], TODAY],
  ])("raises nothing for %s", (_, rows, today) => {
    expect(issuesOf(rows, today)).toEqual([]);
  });

  it("keeps rows whose Ref is missing or repeated", () => {
    expect(readActions(actionsTable([row({ Ref: null }), row(), row()]), TODAY).actions).toHaveLength(3);
  });

  it("takes a reporting month as its last day", () => {
    expect(issuesOf([row({ Status: "In progress" })], monthIndex(2011, 9))).toEqual([["action-past-due", "F3"]]);
    expect(issuesOf([row({ Status: "In progress" })], monthIndex(2011, 8))).toEqual([]);
  });

  it("names the table, the column and the cell in its messages", () => {
    const [found] = readActions(actionsTable([row({ Status: "Green" })]), TODAY).issues;
    expect(found!.message).toContain("Actions");
    expect(found!.message).toContain("Status");
    expect(found!.message).toContain("F3");
    expect(found!.message).toContain("2.1.3");
  });

  it("lists issues in reading order", () => {
    const cells = issuesOf([row({ Status: "Green", Start: "x" }), row({ Ref: null })]).map(([, c]) => c);
    expect(cells).toEqual(["C3", "F3", "A4"]);
  });
});
