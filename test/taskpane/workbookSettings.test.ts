/** The pane's settings in the workbook's Settings table: opening, moving old document settings in, saving. */
import { describe, expect, it } from "vitest";
import { prepareBuild } from "../../src/build";
import { readForBuild } from "../../src/excel/readForBuild";
import { memorySettings } from "../../src/taskpane/documentSettings";
import { openPaneSettings, saveWorkbookSettings } from "../../src/taskpane/operations/workbookSettings";
import { SETTINGS_KEY } from "../../src/taskpane/paneSettings";
import { createPaneFake, fakeServices, sampleWorkbookSpec } from "./paneWorkbooks";

const settingsSheet = (rows: (string | number)[][], name = "Settings") => ({
  name,
  tables: [{ name: "Settings", address: "B2", values: [["Setting", "Value", "Who"], ...rows] }],
});

describe("opening the pane's settings", () => {
  it("gives the defaults and writes nothing for a workbook with neither table nor document settings", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const start = fake.syncCount;
    const opened = await openPaneSettings(fakeServices(fake));
    expect(opened).toEqual({ settings: { tolerancePercent: 10, monthsShown: 13 }, problems: [], migrated: false });
    expect(fake.syncCount - start).toBe(2);
    expect(fake.hasSheet("Settings")).toBe(false);
  });

  it("reads the Settings table, and says what is wrong in it with the cell", async () => {
    const spec = sampleWorkbookSpec({ fault: false });
    spec.sheets.push(
      settingsSheet([
        ["Dashboard indicators", "NI60, CA_OOT", "Jo"],
        ["Months shown", "a year", ""],
      ]),
    );
    const opened = await openPaneSettings(fakeServices(createPaneFake(spec)));
    expect(opened.settings.monthsShown).toBe(13);
    expect(opened.settings.indicators?.filter((c) => c.shown).map((c) => c.code)).toEqual(["NI60", "CA_OOT"]);
    expect(opened.problems).toEqual([expect.stringContaining("cell C4")]);
  });

  it("moves document settings into a new Settings table once, then removes them", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const store = memorySettings({
      [SETTINGS_KEY]: {
        tolerancePercent: 5,
        monthsShown: 6,
        indicators: [
          { code: "NI60", shown: true },
          { code: "UNALLOC28", shown: false },
        ],
      },
    });
    const services = fakeServices(fake, store);
    const start = fake.syncCount;

    const opened = await openPaneSettings(services);

    expect(fake.syncCount - start).toBe(3); // read 2 (the Indicators table, for the codes), write 1
    expect(opened.migrated).toBe(true);
    expect(store.saved[SETTINGS_KEY]).toBeUndefined();
    const rows = fake.sheet("Settings").values();
    expect(rows[0]).toEqual(["Setting", "Value"]);
    expect(rows.slice(1)).toEqual([
      ["Dashboard indicators", "NI60, IA_OOT, NI59, CA_OOT, POSTS_FILLED"],
      ["Months shown", 6],
      ["Default tolerance", 5],
    ]);
    // Opening again reads the table and moves nothing.
    expect(await openPaneSettings(services)).toMatchObject({
      migrated: false,
      settings: { monthsShown: 6, tolerancePercent: 5 },
    });
  });

  it("lets an existing table win, adding only the rows it lacks from the document settings", async () => {
    const spec = sampleWorkbookSpec({ fault: false });
    spec.sheets.push(settingsSheet([["Months shown", 24, "Jo"]]));
    const fake = createPaneFake(spec);
    const store = memorySettings({ [SETTINGS_KEY]: { tolerancePercent: 5, monthsShown: 6 } });

    const opened = await openPaneSettings(fakeServices(fake, store));

    expect(opened.settings).toMatchObject({ monthsShown: 24, tolerancePercent: 5 });
    expect(
      fake
        .sheet("Settings")
        .values()
        .slice(1)
        .map((r) => r.slice(1)),
    ).toEqual([
      ["Setting", "Value", "Who"],
      ["Months shown", 24, "Jo"],
      ["Dashboard indicators", "UNALLOC28, IA_OOT, NI59, CA_OOT, NI60, POSTS_FILLED", null],
      ["Default tolerance", 5, null],
    ]);
    expect(store.saved[SETTINGS_KEY]).toBeUndefined();
  });

  it("keeps the document settings when Excel refuses the write, to try again next time", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const store = memorySettings({ [SETTINGS_KEY]: { monthsShown: 6 } });
    fake.failOn({ sync: fake.syncCount + 2, code: "AccessDenied" });
    await expect(openPaneSettings(fakeServices(fake, store))).rejects.toMatchObject({ code: "EXCEL_ACCESS_DENIED" });
    expect(store.saved[SETTINGS_KEY]).toEqual({ monthsShown: 6 });
  });
});

describe("saving the pane's settings", () => {
  it("creates the Settings table the first time, in one write, and the build then uses it", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const services = fakeServices(fake);
    const start = fake.syncCount;
    await saveWorkbookSettings(services, {
      tolerancePercent: 0,
      monthsShown: 4,
      indicators: [
        { code: "CA_OOT", shown: true },
        { code: "IA_OOT", shown: true },
        { code: "UNALLOC28", shown: false },
        { code: "NI59", shown: false },
        { code: "NI60", shown: false },
        { code: "POSTS_FILLED", shown: false },
      ],
    });
    expect(fake.syncCount - start).toBe(3);
    expect(fake.sheet("Settings").cell("B2").value).toBe("CA_OOT, IA_OOT");
    expect(fake.sheet("Settings").cell("B2").numberFormat).toBe("@");

    const { tables } = await readForBuild(fake.excelContext, []);
    const built = prepareBuild(tables, { allowErrors: false });
    expect(built).toMatchObject({ kind: "ready", settings: { monthsShown: 4, tolerancePercent: 0 } });
    if (built.kind === "ready") expect(built.dashboard.map((r) => r.code)).toEqual(["CA_OOT", "IA_OOT"]);
  });

  it("writes into the existing Value cells and leaves other rows and columns as they are", async () => {
    const spec = sampleWorkbookSpec({ fault: false });
    spec.sheets.push(
      settingsSheet([
        ["Colour", "blue", "Jo"],
        ["Default tolerance", 10, "Sam"],
        ["Months shown", 13, ""],
        ["Dashboard indicators", "NI60", ""],
      ]),
    );
    const fake = createPaneFake(spec);
    await saveWorkbookSettings(fakeServices(fake), {
      tolerancePercent: 7.5,
      monthsShown: 9,
      indicators: [{ code: "NI59", shown: true }],
    });
    expect(
      fake
        .sheet("Settings")
        .values()
        .slice(1)
        .map((r) => r.slice(1)),
    ).toEqual([
      ["Setting", "Value", "Who"],
      ["Colour", "blue", "Jo"],
      ["Default tolerance", 7.5, "Sam"],
      ["Months shown", 9, ""],
      ["Dashboard indicators", "NI59, UNALLOC28, IA_OOT, CA_OOT, NI60, POSTS_FILLED", ""],
    ]);
  });

  it("puts a new table beside a person's own sheet called Settings, never on it", async () => {
    const spec = sampleWorkbookSpec({ fault: false });
    spec.sheets.push({ name: "Settings", cells: [["my printer settings"]] });
    const fake = createPaneFake(spec);
    await saveWorkbookSettings(fakeServices(fake), { tolerancePercent: 10, monthsShown: 13 });
    expect(fake.sheet("Settings").values()).toEqual([["my printer settings"]]);
    expect(fake.sheet("Scorecard Settings").cell("A4").value).toBe("Default tolerance");
  });

  it("refuses values out of range before touching the workbook", async () => {
    const fake = createPaneFake(sampleWorkbookSpec({ fault: false }));
    const start = fake.syncCount;
    await expect(saveWorkbookSettings(fakeServices(fake), { tolerancePercent: 10, monthsShown: 0 })).rejects.toThrow(
      /between 1 and 36/,
    );
    expect(fake.syncCount).toBe(start);
  });
});
