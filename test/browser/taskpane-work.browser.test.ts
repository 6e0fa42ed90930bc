/**
 * The task pane at real volumes and in real situations, in Chromium against
 * the stand-in host: 729 errors at 320 × 600 with the actions in view;
 * settings changed then built; figures pasted then built; data that is not
 * yet a table; a build that fails; leftovers of an earlier failure; Office's
 * dark theme; 200% zoom; forced colours. Axe after each step.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, focusedText, harness, inView, PaneDriver, poll, primaryButtons, runBrowserTests, screenshot, scrollsSideways, tabTo } from "./paneDriver";

/** Excel's task pane at its narrowest useful size. */
const SMALL = { width: 320, height: 600 };

const seen = (page: Page, text: string | RegExp) => page.getByText(text).first().isVisible();

/** Each scenario's limit: generous, as the machine may be running other suites at once. */
const SLOW = 240_000;

describe.skipIf(!runBrowserTests)("the task pane at work", () => {
  const driver = new PaneDriver();
  beforeAll(() => driver.start());
  afterAll(() => driver.stop());

  it("lists 729 errors as two kinds, walks them cell by cell, and keeps Build in view at 320 × 600", async () => {
    const page = await driver.open("errors", { viewport: SMALL });
    const build = page.getByRole("button", { name: "Build dashboard" });
    await page.getByRole("button", { name: "Validate" }).click();
    await poll(() => focusedText(page)).toBe("729 errors, 3 explained queries");
    expect(await page.getByRole("button", { name: /^Value is not a number — 700 cells$/ }).count()).toBe(1);
    expect(await page.getByRole("button", { name: /^Period is not a month — 29 cells$/ }).count()).toBe(1);
    expect(await inView(page, build)).toBe(true);
    expect(await primaryButtons(page)).toEqual(["Build dashboard"]);
    await expectAccessible(page, "729 errors");
    await screenshot(page, "5-many-errors");

    // Open the big group: 50 cells shown, the rest a click away; Build still in view and a few Tabs from the top.
    await page.getByRole("button", { name: /^Value is not a number/ }).click();
    await poll(() => page.getByRole("button", { name: "Show 50 more of 650" }).isVisible()).toBe(true);
    expect(await inView(page, build)).toBe(true);
    await page.getByRole("button", { name: "Scorecard", exact: true }).focus();
    expect(await tabTo(page, "Build dashboard", 120)).toBeLessThan(70);

    // Filter to the errors on the Period kind only, then walk them: each selects its cell.
    await page.getByRole("combobox", { name: "Show" }).selectOption({ label: "Errors (729)" });
    await page.getByRole("button", { name: /^Value is not a number/ }).click();
    await page.getByRole("button", { name: "Next problem" }).click();
    await poll(() => harness(page, "selection")).toEqual({ sheet: "IndicatorData", address: "D2" });
    await page.getByRole("button", { name: "Next problem" }).click();
    await poll(() => harness(page, "selection")).toEqual({ sheet: "IndicatorData", address: "D3" });
    await poll(() => seen(page, /^Problem 2 of 729, IndicatorData: /)).toBe(true);
    await expectAccessible(page, "walking");

    // Build: the prompt gives the counts by kind and wants a ticked box as well as a click.
    await build.click();
    await poll(() => seen(page, "The data has 729 errors: 700 × Value is not a number, 29 × Period is not a month.")).toBe(true);
    const anyway = page.getByRole("button", { name: "Build anyway" });
    expect(await anyway.getAttribute("aria-disabled")).toBe("true");
    await anyway.click({ force: true });
    expect(await harness(page, "sheetNames")).not.toContain("Member Dashboard");
    await expectAccessible(page, "build asks firmly");
    await page.getByRole("checkbox", { name: "Build without the rows holding these 729 errors" }).check();
    await anyway.click();
    await poll(() => page.getByRole("heading", { name: "Dashboard built" }).isVisible()).toBe(true);
    await poll(() => seen(page, "Built with 729 data errors present; rows with errors were left out.")).toBe(true);
    await page.close();
  }, SLOW);

  it("uses settings the moment they change, marks a change it cannot use, and says what the build used", async () => {
    const page = await driver.open("sample");
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    const months = page.getByRole("spinbutton", { name: "Months shown in each chart" });
    await months.fill("7");
    await months.press("Tab");
    await poll(async () => (await harness(page, "values", "Settings"))?.find((row) => row[0] === "Months shown")?.[1]).toBe(7);
    // Straight to Build from Settings, no Save: the build shows the settings it used.
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await page.getByRole("button", { name: "Build anyway" }).click();
    await poll(() => seen(page, /^Settings used: 7 months in each chart, 10% default tolerance/)).toBe(true);
    const [chart] = await harness(page, "charts", "Member Dashboard");
    const [top, bottom] = chart!.xValues!.split("!")[1]!.split(":").map((a) => Number(a.replace(/\D/g, "")));
    expect(bottom! - top! + 1).toBe(7);

    // A value out of range: marked as not saved, and the build says it was not used.
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    await months.fill("99");
    await months.press("Tab");
    await poll(() => page.getByRole("button", { name: "Settings (not saved)" }).isVisible()).toBe(true);
    await poll(() => seen(page, /^Not saved: The months shown must be between 1 and 36\./)).toBe(true);
    await expectAccessible(page, "settings not saved");
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await page.getByRole("button", { name: "Build anyway" }).click();
    await poll(() => seen(page, /7 months in each chart.*Not used: The months shown must be between 1 and 36\./)).toBe(true);
    expect((await harness(page, "values", "Settings"))?.find((row) => row[0] === "Months shown")?.[1]).toBe(7);
    await expectAccessible(page, "built with saved settings");
    await page.close();
  }, SLOW);

  it("after figures are pasted, marks results out of date, and Build checks first and builds the new month", async () => {
    const page = await driver.open("empty");
    await page.getByRole("button", { name: "Set up this workbook" }).click();
    await poll(() => seen(page, "Created the Indicators and IndicatorData tables. Type or paste this month's figures into IndicatorData.")).toBe(true);
    await poll(() => primaryButtons(page)).toEqual(["Build dashboard"]);
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await poll(() => seen(page, "IndicatorData has no figures yet. Type or paste this month's figures into it, then build.")).toBe(true);
    await page.getByRole("button", { name: "Validate" }).click();
    // The empty table is the one problem.
    await poll(() => focusedText(page)).toBe("1 error");
    expect(await page.getByRole("button", { name: /^A table has no rows — 1 / }).count()).toBe(1);
    await poll(() => harness(page, "listeners")).toBeGreaterThan(0);

    {
      const row = (code: string, value: number) => [code, "2017-04", null, value, null, null, null, "Checked"];
      await harness(page, "pasteData", [row("UNALLOC28", 12), row("IA_OOT", 30), row("NI59", 81.5), row("CA_OOT", 20), row("NI60", 77), row("POSTS_FILLED", 88)]);
    }
    await poll(() => seen(page, "1 error (out of date)")).toBe(true);
    await expectAccessible(page, "out of date");
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await poll(() => page.getByRole("heading", { name: "Dashboard built" }).isVisible()).toBe(true);
    await poll(() => seen(page, /^Built Member Dashboard for April 2017 with 6 indicators\./)).toBe(true);
    expect(await page.getByRole("combobox", { name: "Reporting month" }).inputValue()).toBe("2017-04");
    // Not sample figures: the title is the plain one.
    expect(await harness(page, "cell", "Member Dashboard", "B1")).toBe("Member Dashboard");
    // The check ran as part of the build: the results are current again.
    expect(await page.getByText("(out of date)").count()).toBe(0);
    await expectAccessible(page, "pasted and built");
    await page.close();
  }, SLOW);

  it("offers to make loose data on an IndicatorData sheet a table", async () => {
    const page = await driver.open("loose");
    const make = page.getByRole("button", { name: "Make it the IndicatorData table" });
    await poll(() => make.isVisible()).toBe(true);
    expect(await page.getByText(/no such sheet/i).count()).toBe(0);
    await expectAccessible(page, "loose data");
    await make.click();
    await poll(() => harness(page, "tables")).toEqual([{ name: "IndicatorData", sheet: "IndicatorData", rows: 301, columns: 8 }]);
    await poll(() => focusedText(page)).toContain("is now the IndicatorData table");
    await poll(() => page.getByRole("combobox", { name: "Reporting month" }).isEnabled()).toBe(true);
    await page.close();
  }, SLOW);

  it("says a failed build left the previous dashboard unchanged, in plain words", async () => {
    const page = await driver.open("sample");
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await page.getByRole("button", { name: "Build anyway" }).click();
    await poll(() => page.getByRole("heading", { name: "Dashboard built" }).isVisible()).toBe(true);
    const before = await harness(page, "snapshot", "Member Dashboard");
    await harness(page, "protectStructure");
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await page.getByRole("button", { name: "Build anyway" }).click();
    const message = "The workbook's structure is protected, so sheets cannot be added or replaced. Unprotect the workbook (Review > Protect Workbook), then try again. Your previous dashboard is unchanged.";
    await poll(() => seen(page, message)).toBe(true);
    expect(await focusedText(page)).toBe(message);
    expect(await page.getByText(/AccessDenied|WorkbookProtected|InvalidArgument|ExcelApi|EXCEL_[A-Z_]+|STRUCTURE_PROTECTED/).count()).toBe(0);
    expect(await harness(page, "snapshot", "Member Dashboard")).toEqual(before);
    await expectAccessible(page, "failed build");
    await screenshot(page, "6-failed-build");
    await page.close();
  }, SLOW);

  it("quietly removes a sheet a failed build left behind", async () => {
    const page = await driver.open("leftover");
    await poll(() => harness(page, "sheetNames")).toEqual(["Indicators", "IndicatorData"]);
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await page.getByRole("button", { name: "Build anyway" }).click();
    await poll(() => page.getByRole("heading", { name: "Dashboard built" }).isVisible()).toBe(true);
    expect(await page.getByText(/could not be applied|~sc-/).count()).toBe(0);
    await page.close();
  }, SLOW);

  it("wears Office's dark theme", async () => {
    const page = await driver.open("errors", { theme: "dark", viewport: SMALL });
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider > div")!).backgroundColor);
    expect(await background()).toBe("rgb(41, 41, 41)");
    await page.getByRole("button", { name: "Validate" }).click();
    await poll(() => focusedText(page)).toBe("729 errors, 3 explained queries");
    await expectAccessible(page, "dark theme");
    await screenshot(page, "7-dark");
    await page.close();
    const light = await driver.open("sample", { theme: "colorful" });
    expect(await light.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider > div")!).backgroundColor)).toBe("rgb(255, 255, 255)");
    await light.close();
  }, SLOW);

  it("at 200% zoom in a 320 px pane, nothing scrolls sideways and the actions stay in view", async () => {
    // 200% zoom: the pane's 320 × 600 device pixels hold 160 × 300 CSS pixels.
    const page = await driver.openZoomed("sample", SMALL, 2);
    expect(await page.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([160, 2]);
    await page.getByRole("button", { name: "Validate" }).click();
    await poll(() => focusedText(page)).toBe("1 error, 1 warning, 14 explained queries");
    await page.getByRole("button", { name: /^Value is not a number/ }).click();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await page.getByRole("button", { name: "Build dashboard" }).isVisible()).toBe(true);
    await expectAccessible(page, "200% zoom");
    await screenshot(page, "8-zoom-200");
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole("button", { name: "Scorecard", exact: true }).click();
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await page.getByRole("button", { name: "Build anyway" }).click();
    await poll(() => page.getByRole("heading", { name: "Dashboard built" }).isVisible()).toBe(true);
    expect(await scrollsSideways(page)).toBe(false);
    await page.close();
  }, SLOW);

  it("in forced colours, problems still look like links and pass axe", async () => {
    const page = await driver.open("sample");
    await page.emulateMedia({ forcedColors: "active" });
    await page.getByRole("button", { name: "Validate" }).click();
    await poll(() => focusedText(page)).toBe("1 error, 1 warning, 14 explained queries");
    await page.getByRole("button", { name: /^Value is not a number/ }).click();
    const link = page.getByRole("button", { name: /^Cell D7 \(Value\)/ });
    await poll(() => link.isVisible()).toBe(true);
    expect(await link.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("underline");
    await expectAccessible(page, "forced colours");
    await page.close();
  }, SLOW);

  it("made no request beyond the local server, opened no dialog and logged no error", () => {
    expect(driver.requests.filter((url) => !url.startsWith(`${driver.origin}/`))).toEqual([]);
    expect(driver.dialogs).toEqual([]);
    expect(driver.problems).toEqual([]);
  });
});
