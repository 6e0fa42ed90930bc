import { describe, expect, it } from "vitest";
import type { PlanAction } from "../../src/domain/actions";
import { monthIndex } from "../../src/domain/periods";
import { actionsReport } from "../../src/report/actions/actionsReport";
import { actionsSheet } from "../../src/report/actions/actionsSheet";
import { COVERED, GAP, OVERDUE_ONLY, coverageSection, noticeIndicatorNames } from "../../src/report/actions/coverageSection";
import { indicator, target } from "./fixtures";
import { OCT_2012, sampleOctober } from "./frameworkFixtures";
import { cellAt, writtenCells } from "./planCells";

function action(extra: Partial<PlanAction>): PlanAction {
  return { ref: "1.1.1", priority: 1, outcome: "1.1", action: "An action", crossReferences: [], at: { sheet: "Actions", cell: "A2" }, row: 0, ...extra };
}

const TODAY = "2012-10-31";

describe("actionsReport", () => {
  const actions = [
    action({ ref: "1", due: "2012-11-10", row: 0 }),
    action({ ref: "2", due: "2012-09-30", row: 1 }),
    action({ ref: "3", due: "2012-06-30", row: 2 }),
    action({ ref: "4", due: "2012-06-30", status: "completed", row: 3 }),
    action({ ref: "5", due: "2013-06-30", row: 4 }),
    action({ ref: "6", status: "overdue", row: 5 }),
  ];
  const report = actionsReport(actions, TODAY);

  it("lists overdue then due-soon actions, oldest due first, with days late (negative: still to come)", () => {
    expect(report.attention.map((a) => [a.action.ref, a.state, a.daysLate])).toEqual([
      ["3", "overdue", 123],
      ["2", "overdue", 31],
      ["6", "overdue", undefined],
      ["1", "due soon", -10],
    ]);
  });

  it("judges a reporting month as at its last day", () => {
    expect(actionsReport(actions, monthIndex(2012, 10))).toEqual(report);
    expect(report.today).toBe(TODAY);
  });

  it("carries the summary and the coverage matrix", () => {
    expect(report.summary.overall).toMatchObject({ total: 6, completed: 1, overdue: 3, dueSoon: 1 });
    expect(report.coverage).toHaveLength(16 + 23 + 10);
  });
});

describe("coverage section", () => {
  const actions = [
    action({ ref: "2.1.3", due: "2013-03-31", crossReferences: [{ kind: "IN", number: 3 }, { kind: "CT", number: 1 }] }),
    action({ ref: "2.1.4", status: "completed", crossReferences: [{ kind: "IN", number: 4 }] }),
  ];
  const report = actionsReport(actions, TODAY);
  const catalogue = [indicator("UNALLOC28", { name: "Cases unallocated", targets: [target("statutory", 200, { source: "Improvement Notice target 3" })] })];
  const { section } = coverageSection(report.coverage, 10, catalogue);
  const sheet = { blocks: section.parts.flatMap((p) => p.blocks) } as never;
  const rowOf = (label: string) => writtenCells(sheet).find(([, v]) => v === label)![2].row;

  it("marks a target with a live action Covered, one whose actions are all done or absent a Gap", () => {
    expect(cellAt(sheet, `G${rowOf("IN 3")}`)).toBe(COVERED);
    expect(cellAt(sheet, `G${rowOf("IN 4")}`)).toBe(GAP);
    expect(cellAt(sheet, `G${rowOf("IN 1")}`)).toBe(GAP);
    expect([cellAt(sheet, `E${rowOf("IN 4")}`), cellAt(sheet, `F${rowOf("IN 4")}`)]).toEqual([0, 1]);
  });

  it("does not count an overdue action as cover: covered only by overdue actions", () => {
    const late = actionsReport([action({ ref: "9.9.9", due: "2012-01-31", crossReferences: [{ kind: "IN", number: 5 }] })], TODAY);
    const cell = late.coverage.find((c) => c.label === "IN 5")!;
    expect(cell).toMatchObject({ live: 1, overdue: 1, gap: true, overdueOnly: true });
    const { section: s } = coverageSection(late.coverage, 10, []);
    const grid = { blocks: s.parts.flatMap((p) => p.blocks) } as never;
    const row = writtenCells(grid).find(([, v]) => v === "IN 5")![2].row;
    expect(cellAt(grid, `G${row}`)).toBe(OVERDUE_ONLY);
    expect(cellAt(grid, `C${row}`)).toBe("Performance management and quality assurance. Actions 9.9.9 (every live one overdue)");
  });

  it("names the actions and the indicators that measure each Notice target", () => {
    expect(cellAt(sheet, `C${rowOf("IN 3")}`)).toBe("Unallocated cases and assessment backlogs. Actions 2.1.3. Measured by: Cases unallocated");
    expect(cellAt(sheet, `C${rowOf("IN 4")}`)).toBe("Quality and timeliness of assessments. Actions 2.1.4 (none live)");
    expect(cellAt(sheet, `C${rowOf("O 1")}`)).toBe("Review caseloads; safeguard every child. No action references it");
    expect(cellAt(sheet, `C${rowOf("CT 10")}`)).toBe("Accommodation, ICT and support for teams. No action references it");
    expect(noticeIndicatorNames(catalogue)).toEqual(new Map([["IN 3", ["Cases unallocated"]]]));
  });
});

describe("plan actions sheet on the sample, October 2012", () => {
  const { analysis } = sampleOctober();
  const report = actionsReport(analysis.actions!, OCT_2012);
  const sheet = actionsSheet({ report, month: OCT_2012, catalogue: analysis.catalogue });
  const values = writtenCells(sheet).map(([, v]) => v);

  it("states the day the statuses are judged at, and the counts", () => {
    expect(String(cellAt(sheet, "B3"))).toMatch(/^Statuses as at 31\/10\/2012, the last day of the reporting month\. 23 actions: 8 completed/);
  });

  it("lists action 3.3.4 (parking, due 30 June 2011) as overdue, 489 days late, with its Table status", () => {
    const [address] = writtenCells(sheet).find(([, v]) => v === "3.3.4")!;
    const row = address.slice(1);
    expect(["D", "E", "F", "G", "H", "I"].map((c) => cellAt(sheet, `${c}${row}`))).toEqual(["Tom Molloy", "30/06/2011", "Overdue", 489, "CT 10", "Overdue"]);
  });

  it("has the three sections and the matrix, with the sample's gaps", () => {
    for (const heading of ["Overdue and due soon", "Progress by lead", "Progress by priority", "All actions"]) expect(values).toContain(heading);
    expect(report.coverage.filter((c) => c.gap).map((c) => c.label)).toContain("IN 1");
    const gaps = report.coverage.filter((c) => c.gap);
    expect(values.filter((v) => v === GAP)).toHaveLength(gaps.filter((c) => !c.overdueOnly).length);
    expect(values.filter((v) => v === OVERDUE_ONLY)).toHaveLength(gaps.filter((c) => c.overdueOnly).length);
    expect(gaps.some((c) => c.overdueOnly)).toBe(true);
  });

  it("splits a Lead cell into people and roles, people first", () => {
    const leads = report.summary.byLead.map((l) => [l.lead, l.kind]);
    expect(leads).toContainEqual(["Alastair Pettigrew", "person"]);
    expect(leads).toContainEqual(["Heads of Service", "role"]);
    expect(leads.map(([name]) => name)).not.toContain("Alastair Pettigrew Heads of Service");
    expect(leads.findIndex(([, kind]) => kind === "role")).toBeGreaterThan(leads.findLastIndex(([, kind]) => kind === "person"));
    expect(values).toContain("Heads of Service (role)");
  });

  it("has no input cells and prints one page wide", () => {
    expect(sheet.inputs).toEqual([]);
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToPagesWide: 1 });
  });
});
