/**
 * The real task pane in Debian's Chromium, driven by playwright-core against
 * the stand-in Excel host (test/browser/harness): set up an empty workbook;
 * validate the sample with a planted fault, walk to it, highlight and clear;
 * build from the sample; change the settings and build again; an older
 * Excel. Keyboard where a person would use it, axe after every step,
 * screenshots (docs/ with UPDATE_SCREENSHOTS=1). The pane's work at real
 * volumes is in taskpane-work.browser.test.ts.
 *
 * Needs /usr/bin/chromium (Debian: `apt-get install -y chromium`). Without it
 * the tests are skipped locally and fail in CI.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MARKUP_NAME } from "../taskpane/paneWorkbooks";
import { expectAccessible, focusedName, focusedText, harness, PaneDriver, poll, primaryButtons, runBrowserTests, screenshot, tabTo } from "./paneDriver";

/** Each scenario's limit: generous, as the machine may be running other suites at once. */
const SLOW = 240_000;

describe.skipIf(!runBrowserTests)("the task pane in Chromium", () => {
  const driver = new PaneDriver();
  beforeAll(() => driver.start());
  afterAll(() => driver.stop());

  it("sets up an empty workbook with the keyboard, sample figures only when asked", async () => {
    const page = await driver.open("empty");
    await poll(() => page.getByRole("button", { name: "Set up this workbook" }).isVisible()).toBe(true);
    const sample = page.getByRole("checkbox", { name: /^Include sample figures in IndicatorData/ });
    expect(await sample.isChecked()).toBe(false);
    // One primary button in the view: set-up, the step before building.
    expect(await primaryButtons(page)).toEqual(["Set up this workbook"]);
    await expectAccessible(page, "set-up");
    await screenshot(page, "1-setup");

    await tabTo(page, "Include sample figures");
    await page.keyboard.press("Space");
    await tabTo(page, "Set up this workbook");
    await page.keyboard.press("Enter");
    await poll(() => harness(page, "tables")).toEqual([
      { name: "Indicators", sheet: "Indicators", rows: 24, columns: 13 },
      { name: "IndicatorData", sheet: "IndicatorData", rows: expect.any(Number), columns: 8 },
      { name: "Areas", sheet: "Areas", rows: expect.any(Number), columns: 7 },
    ]);
    expect((await harness(page, "tables"))[1]!.rows).toBeGreaterThan(1000);
    await poll(() => focusedText(page)).toContain("Created the Indicators, IndicatorData and Areas tables.");
    // The pane looked again: the month picker offers the sample's months, and nothing says a table is missing.
    await poll(() => page.getByRole("combobox", { name: "Reporting month" }).inputValue()).toBe("2017-03");
    expect(await page.getByText(/no IndicatorData table/).count()).toBe(0);
    await expectAccessible(page, "after set-up");

    // A dashboard from the sample says so in its title.
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await poll(() => page.getByRole("heading", { name: "Dashboard built" }).isVisible()).toBe(true);
    expect(await harness(page, "cell", "Member Dashboard", "B1")).toBe("Member Dashboard (sample figures, not real data)");
    await poll(() => page.getByText(/^Built from the sample figures, which are invented/).first().isVisible()).toBe(true);
    await page.close();
  }, SLOW);

  it("validates, walks to the planted fault, highlights and clears, builds, and applies the settings", async () => {
    const page = await driver.open("sample");
    expect(await page.getByRole("button", { name: "Set up this workbook" }).count()).toBe(0);

    await tabTo(page, "Validate");
    await page.keyboard.press("Enter");
    await poll(() => focusedText(page)).toBe("1 error, 1 warning, 14 explained queries");
    await expectAccessible(page, "validate");

    // Next problem selects the first problem's cell: the error comes first.
    await page.getByRole("button", { name: "Next problem" }).click();
    await poll(() => harness(page, "selection")).toEqual({ sheet: "IndicatorData", address: "D7" });
    expect(await harness(page, "activeSheet")).toBe("IndicatorData");
    await poll(() => page.getByText(/^Problem 1 of 2, IndicatorData: /).first().isVisible()).toBe(true);
    await page.getByRole("button", { name: "Next problem" }).click();
    await poll(() => harness(page, "selection")).not.toEqual({ sheet: "IndicatorData", address: "D7" });
    await page.getByRole("button", { name: "Previous problem" }).click();
    await poll(() => harness(page, "selection")).toEqual({ sheet: "IndicatorData", address: "D7" });

    // Or by the list: the kind of problem opens to its cells, each naming its place once.
    await page.getByRole("button", { name: /^Value is not a number — 1 cell/ }).click();
    const fault = page.getByRole("button", { name: /^Cell D7 \(Value\)/ });
    await poll(() => fault.isVisible()).toBe(true);
    expect(await fault.textContent()).not.toContain("IndicatorData!");

    // Highlight, then clear: every cell gets its own fill back, and focus lands on what happened.
    const before = await harness(page, "snapshot", "IndicatorData");
    await page.getByRole("button", { name: "Highlight problem cells" }).click();
    await poll(() => harness(page, "fill", "IndicatorData", "D7")).toEqual({ color: "#FFC7CE", pattern: "Solid" });
    expect(await harness(page, "fill", "IndicatorData", "D6")).toEqual({ color: "#FFEB9C", pattern: "Solid" });
    await poll(() => page.getByText(/^Coloured 2 problem cells/).first().isVisible()).toBe(true);
    await expectAccessible(page, "highlighted");
    await screenshot(page, "2-validate");
    await page.getByRole("button", { name: /^Clear highlights/ }).click();
    await poll(() => focusedText(page)).toMatch(/^Gave 2 cells back their own fill/);
    expect(await harness(page, "snapshot", "IndicatorData")).toEqual(before);

    // Build: the pane asks about the error first, by kind, then builds anyway.
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await poll(() => page.getByText(/^The data has 1 error: 1 × Value is not a number\./).first().isVisible()).toBe(true);
    expect(await page.getByText(/command line/i).count()).toBe(0);
    expect(await harness(page, "sheetNames")).not.toContain("Member Dashboard");
    await expectAccessible(page, "build asks");
    await page.getByRole("button", { name: "Build anyway" }).click();
    await poll(() => page.getByRole("heading", { name: "Dashboard built" }).isVisible()).toBe(true);
    const counts = page.getByRole("list", { name: "Ratings of the dashboard indicators" });
    expect(await counts.getByRole("listitem").allTextContents()).toEqual([expect.stringMatching(/^Green: \d+$/), expect.stringMatching(/^Amber: \d+$/), expect.stringMatching(/^Red: \d+$/), expect.stringMatching(/^No rating: \d+$/)]);
    expect(await page.getByText(/^Settings used: 13 months in each chart, 10% default tolerance/).first().isVisible()).toBe(true);
    expect(await harness(page, "charts", "Member Dashboard")).toHaveLength(6);
    expect(await focusedText(page)).toContain("Dashboard built");
    await expectAccessible(page, "built");
    await screenshot(page, "3-build");
    await harness(page, "activate", "Indicators");
    await page.getByRole("button", { name: "Go to the dashboard" }).click();
    await poll(() => harness(page, "activeSheet")).toBe("Member Dashboard");

    // Settings: workbook text is only ever text; codes are said once.
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    await poll(() => page.getByRole("checkbox", { name: `${MARKUP_NAME} (UNALLOC28)` }).isVisible()).toBe(true);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.getByRole("checkbox", { name: /\(NI 59\)$/ }).count()).toBe(1);
    expect(await page.getByText(/\(NI 59\) \(NI59\)/).count()).toBe(0);

    // By keyboard, each change saved as it is made: NI59 off, NI60 to the top with Home (one key), six months.
    await page.getByRole("checkbox", { name: /\(NI 59\)$/ }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: /^Move % of core assessments.* up$/ }).focus();
    await page.keyboard.press("Home");
    await poll(() => focusedName(page)).toMatch(/^Move % of core assessments.* down$/);
    const months = page.getByRole("spinbutton", { name: "Months shown in each chart" });
    await months.fill("6");
    await months.press("Enter");
    // Saved in the workbook's Settings table, created on the first save, where the command line reads it too.
    await poll(() => harness(page, "values", "Settings")).toEqual([
      ["Setting", "Value"],
      ["Dashboard indicators", "NI60, UNALLOC28, IA_OOT, CA_OOT, POSTS_FILLED"],
      ["Months shown", 6],
      ["Default tolerance", 10],
    ]);
    expect(await page.getByRole("button", { name: "Save settings" }).count()).toBe(0);
    await poll(() => page.getByText("Saved in this workbook as you change them.").first().isVisible()).toBe(true);
    await expectAccessible(page, "settings");
    await page.evaluate(() => document.querySelector("[class*='scroll'], main")?.parentElement?.scrollTo(0, 0));
    await screenshot(page, "4-settings");

    // The next build uses them: five charts of six months.
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await page.getByRole("button", { name: "Build anyway" }).click();
    await poll(async () => (await harness(page, "charts", "Member Dashboard")).length).toBe(5);
    const [first] = await harness(page, "charts", "Member Dashboard");
    const [top, bottom] = first!.xValues!.split("!")[1]!.split(":").map((a) => Number(a.replace(/\D/g, "")));
    expect(bottom! - top! + 1).toBe(6);
    await page.close();
  }, SLOW);

  it("on an Excel without ExcelApi 1.9, says once in one dismissable line what it leaves out", async () => {
    const page = await driver.open("sample", { api: "1.8" });
    const notice = page.getByText("This version of Excel builds the dashboard without print settings.");
    await poll(() => notice.isVisible()).toBe(true);
    expect(await page.getByText(/ExcelApi/).count()).toBe(0);
    await expectAccessible(page, "older host");
    // An earlier month, picked with the keyboard.
    const picker = page.getByRole("combobox", { name: "Reporting month" });
    await picker.selectOption({ label: "February 2017" });
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await page.getByRole("button", { name: "Build anyway" }).click();
    await poll(() => page.getByText("Built Member Dashboard for February 2017 with 6 indicators.").first().isVisible()).toBe(true);
    // Said once: the summary does not repeat the notice, nor list sparklines.
    expect(await page.getByText(/could not be applied/).count()).toBe(0);
    expect(await harness(page, "charts", "Member Dashboard")).toHaveLength(6);
    await page.getByRole("button", { name: "Dismiss" }).click();
    await poll(() => notice.count()).toBe(0);
    expect(await focusedText(page)).toBe("Children's Services Scorecard");
    await expectAccessible(page, "older host, built");
    await page.close();
  }, SLOW);

  it("made no request beyond the local server, opened no dialog and logged no error", () => {
    expect(driver.requests.length).toBeGreaterThan(0);
    expect(driver.requests.filter((url) => !url.startsWith(`${driver.origin}/`))).toEqual([]);
    expect(driver.dialogs).toEqual([]);
    expect(driver.problems).toEqual([]);
  });
});
