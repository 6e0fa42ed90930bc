/**
 * What the browser tests share: Chromium with the harness page served
 * locally, a page per scenario on the stand-in host, axe, keyboard helpers,
 * screenshots, and a typed window onto the stand-in (`harness`). Every
 * request the page makes is recorded so a test can check none left the machine.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect } from "vitest";
import { buildHarness } from "./buildHarness";
import { serveDirectory, type StaticServer } from "./staticServer";

export const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
// Screenshots go to out/screenshots so a test run leaves the tree clean;
// UPDATE_SCREENSHOTS=1 writes the README's copies in docs/ instead.
const SHOTS = fileURLToPath(new URL(process.env.UPDATE_SCREENSHOTS ? "../../docs/" : "../../out/screenshots/", import.meta.url));
/** About the width of Excel's task pane. */
export const VIEWPORT = { width: 350, height: 900 };

export const haveChromium = existsSync(CHROMIUM);
/** Run the browser tests here: Chromium is installed, or CI, where its absence must fail. */
export const runBrowserTests = haveChromium || Boolean(process.env.CI);
if (!haveChromium && !process.env.CI) console.warn(`Skipping the task pane browser tests: ${CHROMIUM} is missing (apt-get install -y chromium).`);

/** Waits for the page: generous, since CI machines are slow and several test files run at once. */
export const poll = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 50 });

export interface Harness {
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
  listeners(): number;
  edit(sheet: string, cell: string, value: string | number): void;
  pasteData(rows: (string | number | null)[][]): void;
  addSheet(name: string): void;
  protectStructure(): void;
  cell(sheet: string, address: string): unknown;
  values(sheet: string): unknown[][] | null;
}

/** Calls `window.harness[name](...args)` in the page. */
export function harness<K extends keyof Harness>(page: Page, name: K, ...args: Parameters<Harness[K]>): Promise<Awaited<ReturnType<Harness[K]>>> {
  return page.evaluate(
    ([n, a]) => {
      const h = (window as unknown as { harness: Record<string, (...x: unknown[]) => unknown> }).harness;
      return h[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<Harness[K]>>>;
}

export interface OpenOptions {
  api?: string;
  theme?: string;
  viewport?: { width: number; height: number };
}

/** The browser, the harness server and what the pages did. */
export class PaneDriver {
  private work = "";
  private server: StaticServer | undefined;
  private context: BrowserContext | undefined;
  private zoomed: Browser | undefined;
  readonly requests: string[] = [];
  readonly dialogs: string[] = [];
  readonly problems: string[] = [];

  async start(): Promise<void> {
    if (!haveChromium) throw new Error(`Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium".`);
    this.work = mkdtempSync(join(tmpdir(), "scorecard-pane-"));
    mkdirSync(SHOTS, { recursive: true });
    await buildHarness(join(this.work, "site"));
    this.server = await serveDirectory(join(this.work, "site"));
    this.context = await chromium.launchPersistentContext(join(this.work, "profile"), { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: VIEWPORT });
    this.context.on("request", (r) => this.requests.push(r.url()));
    this.context.on("page", (page) => {
      page.on("dialog", (d) => {
        this.dialogs.push(d.message());
        void d.dismiss();
      });
      page.on("pageerror", (e) => this.problems.push(`page error: ${e.message}`));
      // CSP violations and React errors arrive as console errors.
      page.on("console", (m) => {
        if (m.type() === "error") this.problems.push(`console: ${m.text()}`);
      });
    });
  }

  /**
   * A page at browser zoom `zoom` in a pane of `pane` device pixels: the page
   * lays out in pane ÷ zoom CSS pixels and draws at `zoom` times, as Office's
   * pane does when Windows or the browser zooms. Its own browser, closed by `stop`.
   */
  async openZoomed(workbook: string, pane: { width: number; height: number }, zoom: number): Promise<Page> {
    this.zoomed ??= await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    const context = await this.zoomed.newContext({ viewport: { width: pane.width / zoom, height: pane.height / zoom }, deviceScaleFactor: zoom });
    context.on("request", (r) => this.requests.push(r.url()));
    const page = await context.newPage();
    page.on("pageerror", (e) => this.problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") this.problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${this.origin}/taskpane.html?workbook=${workbook}`);
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Children's Services Scorecard");
    await poll(() => page.getByText("Looking at the workbook…").count()).toBe(0);
    return page;
  }

  async stop(): Promise<void> {
    await this.zoomed?.close();
    await this.context?.close();
    await this.server?.close();
    if (this.work) rmSync(this.work, { recursive: true, force: true });
  }

  get origin(): string {
    return this.server!.origin;
  }

  async open(workbook: string, options: OpenOptions = {}): Promise<Page> {
    const page = await this.context!.newPage();
    if (options.viewport) await page.setViewportSize(options.viewport);
    const theme = options.theme ? `&theme=${options.theme}` : "";
    await page.goto(`${this.origin}/taskpane.html?workbook=${workbook}&api=${options.api ?? "1.17"}${theme}`);
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Children's Services Scorecard");
    // The first look at the workbook is done when the spinner has gone.
    await poll(() => page.getByText("Looking at the workbook…").count()).toBe(0);
    return page;
  }
}

export async function expectAccessible(page: Page, step: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(found, `axe at ${step}`).toEqual([]);
}

/** The focused element's accessible name, near enough: its aria-label or text. */
export const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : undefined;
    return (el?.getAttribute("aria-label") ?? label ?? el?.textContent ?? "").trim();
  });

/** Visible buttons painted in the theme's brand colour: the view's primary actions. */
export const primaryButtons = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const probe = document.createElement("div");
    probe.style.backgroundColor = "var(--colorBrandBackground)";
    document.querySelector(".fui-FluentProvider")!.appendChild(probe);
    const brand = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return [...document.querySelectorAll("button")].filter((b) => b.offsetParent !== null && getComputedStyle(b).backgroundColor === brand).map((b) => b.textContent ?? "");
  });

export const focusedText = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.textContent ?? "");

/** Presses Tab until the focused control's name starts with `name`; resolves with the presses it took. */
export async function tabTo(page: Page, name: string, limit = 60): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press("Tab");
    if ((await focusedName(page)).startsWith(name)) return i;
  }
  throw new Error(`Tab never reached "${name}".`);
}

/** The whole pane as the person sees it in the frame. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, `taskpane-${name}.png`), animations: "disabled" });
}

/** True when the element is wholly inside the window: seen without scrolling. */
export async function inView(page: Page, selector: ReturnType<Page["getByRole"]>): Promise<boolean> {
  const box = await selector.boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

/** Whether anything makes the page scroll sideways. */
export const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => [document.documentElement, ...document.querySelectorAll("*")].some((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "hidden" && getComputedStyle(el).overflowX !== "clip" && (el === document.documentElement || getComputedStyle(el).overflowX !== "visible")));
