import { describe, expect, it } from "vitest";
import {
  actionStatusAt,
  actionsSummary,
  isLive,
  NO_LEAD,
  splitLeads,
  type ActionState,
  type PlanAction,
} from "../../../src/domain/actions";
import { monthIndex } from "../../../src/domain/periods";
import { planAction } from "./fixtures";

const TODAY = "2011-06-30";

describe("actionStatusAt", () => {
  it.each<[string, Partial<PlanAction>, ActionState]>([
    ["Status Completed", { status: "completed", due: "2011-01-01" }, "completed"],
    ["a Timescale that says Completed, Status blank", { timescale: { ranges: [], completed: true } }, "completed"],
    [
      "Status In progress overrides a Timescale that says Completed",
      { status: "in progress", timescale: { ranges: [], completed: true } },
      "in progress",
    ],
    ["Status Cancelled, past due", { status: "cancelled", due: "2011-01-01" }, "cancelled"],
    ["Status Overdue, not yet due", { status: "overdue", due: "2012-01-01" }, "overdue"],
    ["due yesterday", { status: "in progress", due: "2011-06-29" }, "overdue"],
    ["on hold and past due", { status: "on hold", due: "2011-06-29" }, "overdue"],
    ["due today", { status: "in progress", due: "2011-06-30" }, "due soon"],
    ["due in 30 days", { due: "2011-07-30" }, "due soon"],
    ["due in 31 days", { start: "2011-03-01", due: "2011-07-31" }, "in progress"],
    ["on hold, due later", { status: "on hold", due: "2012-01-01" }, "on hold"],
    ["Status Not started", { status: "not started", start: "2011-01-01" }, "not started"],
    ["Status blank, starting later", { start: "2011-07-01", due: "2012-01-01" }, "not started"],
    ["Status blank, started", { start: "2011-03-01" }, "in progress"],
    ["Status blank, only a distant due date", { due: "2012-01-01" }, "in progress"],
    ["nothing known", {}, "not started"],
  ])("%s → %s", (_, extra, state) => {
    expect(actionStatusAt(planAction(extra), TODAY)).toBe(state);
  });

  it("takes a reporting month as its last day", () => {
    const action = planAction({ due: "2011-06-15" });
    expect(actionStatusAt(action, monthIndex(2011, 6))).toBe("overdue");
    expect(actionStatusAt(action, monthIndex(2011, 5))).toBe("due soon");
  });

  it("counts only completed and cancelled actions as no longer live", () => {
    expect((["completed", "cancelled"] as const).map(isLive)).toEqual([false, false]);
    expect((["overdue", "due soon", "on hold", "in progress", "not started"] as const).every(isLive)).toBe(true);
  });
});

describe("splitLeads", () => {
  it.each<[string | undefined, string[]]>([
    ["Rob Semens", ["Rob Semens"]],
    ["Lorraine Goodsell/ Caroline Friday", ["Lorraine Goodsell", "Caroline Friday"]],
    ["Donna Marriott (and external resource)", ["Donna Marriott (and external resource)"]],
    ["Heads of Service; Donna Marriott, Donna Marriott", ["Heads of Service", "Donna Marriott"]],
    // A role written beside a name with only spaces, as the plan does, is still two leads.
    ["Alastair Pettigrew Heads of Service", ["Alastair Pettigrew", "Heads of Service"]],
    ["Heads of Service Donna Marriott", ["Heads of Service", "Donna Marriott"]],
    ["", [NO_LEAD]],
    [undefined, [NO_LEAD]],
  ])("%j", (lead, names) => {
    expect(splitLeads(lead)).toEqual(names);
  });
});

describe("actionsSummary", () => {
  const actions = [
    planAction({ ref: "1.1.1", priority: 1, lead: "Rob Semens", status: "completed" }),
    planAction({ ref: "1.1.2", priority: 1, lead: "Rob Semens / Ella Hughes", due: "2011-05-31" }),
    planAction({ ref: "2.1.3", priority: 2, lead: "Heads of Service", due: "2011-07-15" }),
    planAction({ ref: "2.1.4", priority: 2, lead: "Heads of Service", status: "cancelled" }),
    planAction({ ref: "x", priority: undefined, status: "on hold" }),
  ];
  const summary = actionsSummary(actions, TODAY);

  it("counts states overall, with % complete among actions not cancelled", () => {
    expect(summary.overall).toEqual({
      total: 5,
      completed: 1,
      cancelled: 1,
      overdue: 1,
      dueSoon: 1,
      onHold: 1,
      inProgress: 0,
      notStarted: 0,
      live: 3,
      percentComplete: 25,
    });
  });

  it("counts by lead, once for each lead named", () => {
    const byLead = Object.fromEntries(
      summary.byLead.map((l) => [l.lead, [l.counts.total, l.counts.overdue, l.counts.percentComplete]]),
    );
    expect(byLead).toEqual({
      [NO_LEAD]: [1, 0, 0],
      "Ella Hughes": [1, 1, 0],
      "Heads of Service": [2, 0, 0],
      "Rob Semens": [2, 1, 50],
    });
  });

  it("counts by priority in order, with refs that give none last", () => {
    expect(summary.byPriority.map((p) => [p.priority, p.counts.total, p.counts.dueSoon])).toEqual([
      [1, 2, 0],
      [2, 2, 1],
      [undefined, 1, 0],
    ]);
  });

  it("has no % complete when every action is cancelled", () => {
    expect(actionsSummary([planAction({ status: "cancelled" })], TODAY).overall.percentComplete).toBeUndefined();
  });

  it("is empty for no actions", () => {
    expect(actionsSummary([], TODAY)).toMatchObject({ overall: { total: 0 }, byLead: [], byPriority: [] });
  });
});
