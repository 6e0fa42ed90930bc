import { describe, expect, it } from "vitest";
import { parseA1 } from "../../src/domain/a1";
import { buildDashboardPlan } from "../../src/report/dashboard/buildDashboardPlan";
import { DashboardOptionError } from "../../src/report/dashboard/DashboardOptionError";
import { COMMENTARY_PLACEHOLDER } from "../../src/report/dashboard/indicatorSection";
import { inputBlocks, inputStyles, placeholdersOf, readTypedInputs, sheetNotes } from "../../src/report/plan/preserve";
import { looksLikeFormula } from "../../src/report/plan/textSafety";
import { OCT_2012, indicator, manyResults, result, target } from "./fixtures";
import { cellAt, writtenCells } from "./planCells";

const RESULTS = [
  result(indicator("UNALLOC28", { targets: [target("statutory", 200)] }), { rag: "green", gap: 100, asAt: "2012-11-10", direction: "improving" }),
  result(indicator("NI59", { unit: "percent", polarity: "higher" }), { values: [86, 87.5], asAt: "2012-11-13" }),
];

describe("buildDashboardPlan", () => {
  const plan = buildDashboardPlan({ results: RESULTS, month: OCT_2012 });
  const [dash, data] = plan.sheets;

  it("makes the dashboard and its data sheet, and shows the dashboard", () => {
    expect(plan.sheets.map((s) => [s.key, s.name])).toEqual([
      ["member-dashboard", "Member Dashboard"],
      ["dashboard-data", "Dashboard Data"],
    ]);
    expect(plan.activate).toBe("Member Dashboard");
  });

  it("writes the title block in rows 1–2, with the latest as-at date when none is given", () => {
    expect(cellAt(dash!, "B1")).toBe("Member Dashboard");
    expect(cellAt(dash!, "B2")).toBe("Reporting month: October 2012");
    expect(cellAt(dash!, "E2")).toBe("Figures as at 13/11/2012");
    // No build date: two builds of the same figures write the same sheet.
    expect(cellAt(dash!, "I2")).toBeNull();
    expect(dash!.merges).toContain("B1:K1");
    expect(dash!.styles.find((s) => s.range === "B1:K1")?.style).toMatchObject({ bold: true, fontSize: 16 });
  });

  it("prints the key once, under the headline table on the first page", () => {
    const keyRow = writtenCells(dash!).find(([, v]) => typeof v === "string" && v.startsWith("How to read this paper."));
    expect(keyRow).toBeDefined();
    const [, , at] = keyRow!;
    expect(at.row).toBeGreaterThan(2);
    expect(at.row).toBeLessThan(dash!.print!.rowBreaks![0]!);
    expect(writtenCells(dash!).some(([, v]) => typeof v === "string" && v.startsWith("Charts: solid line"))).toBe(true);
  });

  it("uses the title and as-at date it is given; its charts read the data sheet", () => {
    const p = buildDashboardPlan({ results: RESULTS, month: OCT_2012, asAt: "2012-11-01", title: "Panel" });
    expect(cellAt(p.sheets[0]!, "B1")).toBe("Panel");
    expect(cellAt(p.sheets[0]!, "E2")).toBe("Figures as at 01/11/2012");
    expect(p.sheets[0]!.charts.every((c) => c.dataSheet === "Dashboard Data")).toBe(true);
    expect(p.sheets.map((s) => s.name)).toEqual(["Member Dashboard", "Dashboard Data"]);
  });

  it("leaves the as-at line out when no date is known", () => {
    const p = buildDashboardPlan({ results: [result(indicator("A"))], month: OCT_2012 });
    expect(cellAt(p.sheets[0]!, "E2") ?? null).toBeNull();
  });

  it("prints on A4 landscape, one page wide, repeating the title rows, without column A", () => {
    expect(dash!.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToPagesWide: 1, titleRows: { first: 1, last: 2 } });
    expect(dash!.print!.area).toMatch(/^B1:K\d+$/);
    const lastRow = Math.max(...writtenCells(dash!).map(([, , at]) => at.row), ...dash!.inputs.map((i) => parseA1(i.address).row));
    expect(dash!.print!.area).toBe(`B1:K${lastRow}`);
  });

  it("freezes below the title rows, hides gridlines and column A, colours the tab", () => {
    expect(dash!.freeze).toEqual({ rows: 2, columns: 0 });
    expect(dash!.showGridlines).toBe(false);
    expect(dash!.tabColor).toMatch(/^#[0-9A-F]{6}$/);
    expect(dash!.columnWidths[1]).toBe(0);
    expect(data!.columnWidths[1]).toBe(0);
  });

  it("never writes column A itself (the shells put the marker and input keys there)", () => {
    for (const sheet of plan.sheets) expect(writtenCells(sheet).filter(([, , at]) => at.column === 1)).toEqual([]);
  });

  it("has one commentary input per indicator, one per row, with unique keys", () => {
    expect(dash!.inputs.map((i) => i.key)).toEqual(["commentary:UNALLOC28", "commentary:NI59"]);
    const rows = dash!.inputs.map((i) => parseA1(i.address).row);
    expect(new Set(rows).size).toBe(rows.length);
    expect(dash!.inputs.every((i) => i.placeholder === COMMENTARY_PLACEHOLDER)).toBe(true);
    expect(data!.inputs).toEqual([]);
  });

  it("never writes a prompt as a cell's value: it is the cell's note, and an empty cell gets a labelled draft", () => {
    const written = [...dash!.blocks, ...inputBlocks(dash!, new Map())];
    const values = writtenCells({ ...dash!, blocks: written }).map(([, v]) => v);
    expect(values).not.toContain(COMMENTARY_PLACEHOLDER);
    expect(values.filter((v) => typeof v === "string" && /^type |here\.$/i.test(v))).toEqual([]);
    expect(sheetNotes(dash!)).toContainEqual({ address: dash!.inputs[0]!.address, text: COMMENTARY_PLACEHOLDER });
    const ni59 = dash!.inputs.find((i) => i.key === "commentary:NI59")!;
    expect(cellAt({ ...dash!, blocks: written }, ni59.address)).toBe("Draft: 87.5% in Oct 2012, up from 86.0%; no target set.");
    expect(inputStyles(dash!, new Map()).map((s) => s.range)).toContain(ni59.address);
  });

  it("re-drafts an untouched draft next month, but keeps a draft a person edited", () => {
    const grid = (typed: Map<string, string>, edit?: { key: string; text: string }): (string | number | null)[][] => {
      const blocks = inputBlocks(dash!, typed);
      const rows: (string | number | null)[][] = [];
      for (const [, value, at] of writtenCells({ ...dash!, blocks })) (rows[at.row - 1] ??= [])[at.column - 1] = value;
      if (edit) {
        const input = dash!.inputs.find((i) => i.key === edit.key)!;
        const at = parseA1(input.address);
        rows[at.row - 1]![at.column - 1] = edit.text;
      }
      return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
    };
    expect([...readTypedInputs(grid(new Map()), placeholdersOf(dash!))]).toEqual([]);
    const edited = "Draft: 87.5% in Oct 2012 — lower than we hoped; see the action plan.";
    expect([...readTypedInputs(grid(new Map(), { key: "commentary:NI59", text: edited }), placeholdersOf(dash!))]).toEqual([["commentary:NI59", edited]]);
    // Typed text is written as it is, never re-styled as a draft.
    expect(inputStyles(dash!, new Map([["commentary:NI59", edited]])).map((s) => s.range)).not.toContain(dash!.inputs[1]!.address);
  });

  it("treats text an older build wrote as the prompt as untouched", () => {
    const rows = [["input:commentary:NI59@F", "Type commentary here."]];
    expect([...readTypedInputs(rows, new Set(["Type commentary here."]))]).toEqual([]);
  });

  it("carries typed commentary across a refresh through the key column", () => {
    const typed = new Map([["commentary:NI59", "Dip due to staffing."]]);
    const first = [...dash!.blocks, ...inputBlocks(dash!, typed)];
    const grid: (string | number | null)[][] = [];
    for (const [, value, at] of writtenCells({ ...dash!, blocks: first })) {
      (grid[at.row - 1] ??= [])[at.column - 1] = value;
    }
    const rows = Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
    const read = readTypedInputs(rows, placeholdersOf(dash!));
    expect([...read]).toEqual([["commentary:NI59", "Dip due to staffing."]]);
  });

  it("writes no formulas: no generated string could be read as one", () => {
    for (const sheet of buildDashboardPlan({ results: manyResults(8), month: OCT_2012 }).sheets) {
      const risky = writtenCells(sheet).filter(([, v]) => typeof v === "string" && looksLikeFormula(v));
      expect(risky).toEqual([]);
    }
  });

  it("keeps workbook text as plain strings, leaving formula escaping to the shells", () => {
    const evil = result(indicator("X", { name: "=HYPERLINK(\"http://x\")", definition: "+1" }));
    const sheet = buildDashboardPlan({ results: [evil], month: OCT_2012 }).sheets[0]!;
    const values = writtenCells(sheet).map(([, v]) => v);
    expect(values).toContain('=HYPERLINK("http://x")');
    expect(values).toContain("+1");
  });

  it("is the same plan every time for the same input", () => {
    const again = buildDashboardPlan({ results: RESULTS, month: OCT_2012 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(plan));
  });

  it.each([0, -1, 2.5, Number.NaN])("refuses monthsShown %s", (monthsShown) => {
    expect(() => buildDashboardPlan({ results: RESULTS, month: OCT_2012, monthsShown })).toThrow(DashboardOptionError);
  });

  it("refuses a bad number of months with a stable code", () => {
    const err = (() => {
      try {
        buildDashboardPlan({ results: RESULTS, month: OCT_2012, monthsShown: 0 });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(DashboardOptionError);
    expect((err as DashboardOptionError).code).toBe("DASHBOARD_BAD_OPTION");
  });
});

describe("page breaks", () => {
  it("prints six indicators on four A4 landscape pages: the headline first, then two indicators a page", () => {
    const dash = buildDashboardPlan({ results: manyResults(6), month: OCT_2012 }).sheets[0]!;
    const breaks = dash.print!.rowBreaks!;
    expect(breaks).toHaveLength(3);
    const headings = dash.charts.map((c) => parseA1(c.position.from).row - 1);
    expect(breaks).toEqual([headings[0], headings[2], headings[4]]);
    expect(dash.print!.footer).toBe("&L&8&A&C&8Reporting month: October 2012&R&8Page &P of &N");
  });

  it("starts printed pages at section headings, never inside a chart", () => {
    const dash = buildDashboardPlan({ results: manyResults(12), month: OCT_2012 }).sheets[0]!;
    const breaks = dash.print!.rowBreaks!;
    expect(breaks.length).toBeGreaterThan(0);
    const headings = new Set(dash.charts.map((c) => parseA1(c.position.from).row - 1));
    for (const row of breaks) expect(headings.has(row), `break above row ${row}`).toBe(true);
  });
});

describe("the dashboard plan's sheets, charts and inputs", () => {
  it("lists the sheets, charts and inputs", () => {
    const plan = buildDashboardPlan({ results: RESULTS, month: OCT_2012 });
    const [dash, data] = plan.sheets;
    expect(plan.sheets.map((s) => s.name)).toEqual(["Member Dashboard", "Dashboard Data"]);
    expect(dash!.charts.map((c) => c.name)).toEqual(["chart-UNALLOC28", "chart-NI59"]);
    expect(dash!.inputs.map((i) => i.key)).toEqual(["commentary:UNALLOC28", "commentary:NI59"]);
    expect(data!.blocks.some((b) => b.values.length > 0)).toBe(true);
  });
});

describe("readTypedInputs: regressions found by fuzzing", () => {
  it("treats an invalid Date in an input cell as blank instead of throwing", () => {
    const rows = [["input:commentary:NI59@B", new Date(Number.NaN)]];
    expect([...readTypedInputs(rows)]).toEqual([]);
  });
});
