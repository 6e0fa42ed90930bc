/**
 * A paragraph pasted into the Ref, Status, Start or Cross-references cell must
 * not swamp the message: each rule quotes the text cut short, and lists at
 * most a few unreadable cross-references.
 */
import { describe, expect, it } from "vitest";
import { ACTION_RULES, readActions } from "../../../src/domain/actions";
import { actionsTable, row, type Row } from "./fixtures";

/** 10,000 characters of plan text. */
const LONG = "Reduce the number of unallocated cases ".repeat(300).slice(0, 10_000);
/** Two thousand references out of range, each one unreadable. */
const MANY_REFS = Array.from({ length: 2000 }, (_, i) => `IN ${i + 17}`).join(". ");
const MAX_MESSAGE = 400;

describe("Actions messages with 10,000-character cells", () => {
  const cases: [string, Row[], string?][] = [
    ["action-duplicate-ref", [row({ Ref: LONG }), row({ Ref: LONG })]],
    ["action-missing-text", [row({ Ref: LONG, Action: null })]],
    ["action-bad-date", [row({ Ref: LONG, Start: LONG })]],
    ["action-due-before-start", [row({ Ref: LONG, Start: "2011-09-01", Due: "2011-08-01" })]],
    ["action-unknown-status", [row({ Ref: LONG, Status: LONG })]],
    ["action-bad-crossref", [row({ Ref: LONG, "Cross-references": LONG })]],
    ["action-bad-crossref", [row({ Ref: LONG, "Cross-references": MANY_REFS })]],
    ["action-no-timescale", [row({ Ref: LONG, Timescale: null })]],
    ["action-past-due", [row({ Ref: LONG })], "2011-10-31"],
  ];

  it.each(cases)("%s stays under 400 characters", (rule, rows, today = "2011-06-30") => {
    const found = readActions(actionsTable(rows), today).issues.filter((i) => i.rule === rule);
    expect(found).not.toHaveLength(0);
    for (const i of found) expect(i.message.length).toBeLessThan(MAX_MESSAGE);
  });

  it("covers every rule that quotes a cell or names an action", () => {
    const covered = new Set(cases.map(([rule]) => rule));
    const untested = ACTION_RULES.map((r) => r.id).filter((id) => !covered.has(id));
    // A row with no Ref quotes nothing.
    expect(untested).toEqual(["action-missing-ref"]);
  });
});
