/**
 * The real task pane in Debian's Chromium, driven by playwright-core against
 * the stand-in Excel host (test/browser/harness): set up an empty workbook;
 * validate the sample with a planted fault, select it, highlight and clear;
 * build; change the settings and build again. Keyboard where a person would
 * use it, axe after every step, screenshots (docs/ with UPDATE_SCREENSHOTS=1), and every request
 * the page makes must go to the local harness server.
 *
 * Needs /usr/bin/chromium (Debian: `apt-get install -y chromium`). Without it
 * the test is skipped locally and fails in CI.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MARKUP_NAME } from "../taskpane/paneWorkbooks";
import { buildHarness } from "./buildHarness";
import { serveDirectory, type StaticServer } from "./staticServer";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
// Screenshots go to out/screenshots so a test run leaves the tree clean;
// UPDATE_SCREENSHOTS=1 writes the README's copies in docs/ instead.
const DOCS = fileURLToPath(new URL(process.env.UPDATE_SCREENSHOTS ? "../../docs/" : "../../out/screenshots/", import.meta.url));
/** About the width of Excel's task pane. */
const VIEWPORT = { width: 350, height: 900 };

/** Waits for the page: generous, since CI machines are slow and several test files run at once. */
const poll = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 50 });

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !process.env.CI) console.warn(`Skipping the task pane browser test: ${CHROMIUM} is missing (apt-get install -y chromium).`);

interface Harness {
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string | null;
  activate(name: string): void;
  sheetNames(): string[];
  tables(): { name: string; sheet: string; rows: number; columns: number }[];
  fill(sheet: string, cell: string): { color: string; pattern: string };
  snapshot(sheet: string): unknown;
  charts(sheet: string): { name: string; series: number; xValues: string | null }[];
  settings(): Record<string, unknown>;
  syncs(): number;
}

/** Calls `window.harness[name](...args)` in the page. */
function harness<K extends keyof Harness>(page: Page, name: K, ...args: Parameters<Harness[K]>): Promise<Awaited<ReturnType<Harness[K]>>> {
  return page.evaluate(
    ([n, a]) => {
      const h = (window as unknown as { harness: Record<string, (...x: unknown[]) => unknown> }).harness;
      return h[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<Harness[K]>>>;
}

describe.skipIf(!haveChromium && !process.env.CI)("the task pane in Chromium", () => {
  let work: string;
  let server: StaticServer;
  let context: BrowserContext;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium".`);
    work = mkdtempSync(join(tmpdir(), "scorecard-pane-"));
    mkdirSync(DOCS, { recursive: true });
    await buildHarness(join(work, "site"));
    server = await serveDirectory(join(work, "site"));
    context = await chromium.launchPersistentContext(join(work, "profile"), { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: VIEWPORT });
    context.on("request", (r) => requests.push(r.url()));
    context.on("page", (page) => {
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      // CSP violations and React errors arrive as console errors.
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console: ${m.text()}`);
      });
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function open(workbook: "empty" | "sample", api = "1.17"): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html?workbook=${workbook}&api=${api}`);
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Children's Services Scorecard");
    return page;
  }

  async function expectAccessible(page: Page, step: string): Promise<void> {
    const { violations } = await new AxeBuilder({ page }).analyze();
    const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(found, `axe at ${step}`).toEqual([]);
  }

  /** Presses Tab until the focused control's name starts with `name`, as a keyboard user would. */
  async function tabTo(page: Page, name: string, limit = 60): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim();
      });
      if (focused.startsWith(name)) return;
    }
    throw new Error(`Tab never reached "${name}".`);
  }

  const focusedText = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.textContent ?? "");

  /** The whole pane, or only what fits in the window (the settings list is long). */
  async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(DOCS, `taskpane-${name}.png`), fullPage, animations: "disabled" });
  }

  it("sets up an empty workbook with the keyboard", async () => {
    const page = await open("empty");
    await poll(() => page.getByRole("button", { name: "Set up this workbook" }).isVisible()).toBe(true);
    await expect(page.getByRole("checkbox", { name: "Include sample figures in IndicatorData" }).isChecked()).resolves.toBe(true);
    await expectAccessible(page, "set-up");
    await screenshot(page, "1-setup");

    await tabTo(page, "Set up this workbook");
    await page.keyboard.press("Enter");
    await poll(() => harness(page, "tables")).toEqual([
      { name: "Indicators", sheet: "Indicators", rows: 24, columns: 13 },
      { name: "IndicatorData", sheet: "IndicatorData", rows: expect.any(Number), columns: 8 },
      { name: "Areas", sheet: "Areas", rows: expect.any(Number), columns: 7 },
    ]);
    expect((await harness(page, "tables"))[1]!.rows).toBeGreaterThan(1000);
    // Focus moves to the outcome, which names what was made.
    await poll(() => focusedText(page)).toContain("Created the Indicators, IndicatorData and Areas tables.");
    // The pane looked again: the month picker now offers the sample's months.
    await poll(() => page.getByRole("combobox", { name: "Reporting month" }).textContent()).toContain("March 2017");
    await expectAccessible(page, "after set-up");
    await page.close();
  });

  it("validates, selects the planted fault, highlights and clears, builds, and applies the settings", async () => {
    const page = await open("sample");
    await poll(() => page.getByRole("combobox", { name: "Reporting month" }).textContent()).toContain("March 2017");
    // An existing workbook needs no set-up.
    expect(await page.getByRole("button", { name: "Set up this workbook" }).count()).toBe(0);

    // Validate with the keyboard: focus lands on the results.
    await tabTo(page, "Validate");
    await page.keyboard.press("Enter");
    // The sample's real events are explained queries; one jump's explanation is taken off in the fixture.
    await poll(() => focusedText(page)).toBe("1 error, 1 warning, 14 explained queries");
    const fault = page.getByRole("button", { name: /^IndicatorData!D7 — .*#N\/A/ });
    await poll(() => fault.isVisible()).toBe(true);
    await expectAccessible(page, "validate");

    // Selecting the fault by keyboard selects IndicatorData!D7 in the stand-in.
    await fault.focus();
    await page.keyboard.press("Enter");
    await poll(() => harness(page, "selection")).toEqual({ sheet: "IndicatorData", address: "D7" });
    expect(await harness(page, "activeSheet")).toBe("IndicatorData");

    // Highlight, then clear: every cell gets its own fill back.
    const before = await harness(page, "snapshot", "IndicatorData");
    await page.getByRole("button", { name: "Highlight problem cells" }).click();
    await poll(() => harness(page, "fill", "IndicatorData", "D7")).toEqual({ color: "#FFC7CE", pattern: "Solid" });
    expect(await harness(page, "fill", "IndicatorData", "D6")).toEqual({ color: "#FFEB9C", pattern: "Solid" });
    expect(await harness(page, "settings")).toHaveProperty("scorecard.highlights");
    await poll(() => page.getByRole("region", { name: "Check the data" }).getByText(/^Coloured 2 problem cells/).isVisible()).toBe(true);
    await expectAccessible(page, "highlighted");
    await screenshot(page, "2-validate");
    await page.getByRole("button", { name: /^Clear highlights/ }).click();
    await poll(() => page.getByRole("region", { name: "Check the data" }).getByText(/^Gave 2 cells back their own fill/).isVisible()).toBe(true);
    expect(await harness(page, "snapshot", "IndicatorData")).toEqual(before);
    expect(await harness(page, "fill", "IndicatorData", "D6")).toEqual({ color: "#DDEBF7", pattern: "Solid" });

    // Build: the pane asks about the error first, then builds anyway.
    await page.getByRole("button", { name: "Build dashboard" }).click();
    const anyway = page.getByRole("button", { name: "Build anyway" });
    await poll(() => anyway.isVisible()).toBe(true);
    expect(await harness(page, "sheetNames")).not.toContain("Member Dashboard");
    await expectAccessible(page, "build asks");
    await anyway.click();
    await poll(() => page.getByRole("heading", { name: "Dashboard built" }).isVisible()).toBe(true);
    const counts = page.getByRole("list", { name: "Ratings of the dashboard indicators" });
    expect((await counts.getByRole("listitem").allTextContents()).map((t) => t.replace(/\d+$/, ""))).toEqual(["Green", "Amber", "Red", "No rating"]);
    expect(await harness(page, "sheetNames")).toEqual(expect.arrayContaining(["Member Dashboard", "Dashboard Data"]));
    expect(await harness(page, "charts", "Member Dashboard")).toHaveLength(6);
    expect(await focusedText(page)).toContain("Dashboard built");
    await expectAccessible(page, "built");
    await screenshot(page, "3-build");
    await harness(page, "activate", "Indicators");
    await page.getByRole("button", { name: "Go to the dashboard" }).click();
    await poll(() => harness(page, "activeSheet")).toBe("Member Dashboard");

    // Settings: workbook text is only ever text.
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    const markup = page.getByRole("checkbox", { name: `${MARKUP_NAME} (UNALLOC28)` });
    await poll(() => markup.isVisible()).toBe(true);
    expect(await page.locator("img").count()).toBe(0);

    // By keyboard: NI59 off, NI60 up one place (focus stays with it), six months.
    await page.getByRole("checkbox", { name: /\(NI59\)$/ }).focus();
    await page.keyboard.press("Space");
    const up = page.getByRole("button", { name: /^Move % of core assessments.* up$/ });
    await up.focus();
    await page.keyboard.press("Enter");
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).toMatch(/^Move % of core assessments.* up$/);
    const months = page.getByRole("spinbutton", { name: "Months shown in each chart" });
    await months.fill("6");
    await months.press("Enter");
    await expectAccessible(page, "settings");
    await page.getByRole("button", { name: "Save settings" }).click();
    await poll(() => harness(page, "settings")).toMatchObject({ "scorecard.settings": { monthsShown: 6, tolerancePercent: 10 } });
    const saved = (await harness(page, "settings"))["scorecard.settings"] as { indicators: { code: string; shown: boolean }[] };
    expect(saved.indicators.slice(0, 6)).toEqual([
      { code: "UNALLOC28", shown: true },
      { code: "IA_OOT", shown: true },
      { code: "NI59", shown: false },
      { code: "NI60", shown: true },
      { code: "CA_OOT", shown: true },
      { code: "POSTS_FILLED", shown: true },
    ]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "4-settings", false);

    // The next build uses them: five charts of six months.
    await page.getByRole("button", { name: "Scorecard", exact: true }).click();
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await page.getByRole("button", { name: "Build anyway" }).click();
    await poll(async () => (await harness(page, "charts", "Member Dashboard")).length).toBe(5);
    const [first] = await harness(page, "charts", "Member Dashboard");
    const [top, bottom] = first!.xValues!.split("!")[1]!.split(":").map((a) => Number(a.replace(/\D/g, "")));
    expect(bottom! - top! + 1).toBe(6);
    await page.close();
  });

  it("on an Excel without ExcelApi 1.9, says what it leaves out and still builds", async () => {
    const page = await open("sample", "1.8");
    await poll(() => page.getByText(/lacks ExcelApi 1\.9/).isVisible()).toBe(true);
    // Pick the month before the latest with the keyboard: open the list, one down, Enter.
    const picker = page.getByRole("combobox", { name: "Reporting month" });
    await poll(() => picker.textContent()).toContain("March 2017");
    await picker.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await poll(() => picker.textContent()).toContain("February 2017");
    await page.getByRole("button", { name: "Build dashboard" }).click();
    await page.getByRole("button", { name: "Build anyway" }).click();
    await poll(() => page.getByRole("region", { name: "Build the Member Dashboard" }).getByText("Built Member Dashboard for February 2017 with 6 indicators.").isVisible()).toBe(true);
    await poll(() => page.getByRole("region", { name: "Build the Member Dashboard" }).getByText(/^Not applied in this Excel/).isVisible()).toBe(true);
    expect(await page.getByRole("region", { name: "Build the Member Dashboard" }).getByRole("listitem").allTextContents()).toContain("print settings (needs ExcelApi 1.9)");
    expect(await harness(page, "charts", "Member Dashboard")).toHaveLength(6);
    await expectAccessible(page, "older host");
    await page.close();
  });

  it("made no request beyond the local server, opened no dialog and logged no error", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});
