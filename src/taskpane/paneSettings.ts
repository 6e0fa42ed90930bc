/**
 * The pane's settings: the default tolerance, which indicators the dashboard
 * shows and in what order, and how many months each chart shows. They live in
 * the workbook's Settings table (operations/workbookSettings.ts); earlier
 * versions kept them in the document settings, read here once to move them.
 * Whatever is stored is read defensively: a value out of range or of the
 * wrong kind falls back to its default and is reported.
 */
import { type BuildSettings, DEFAULT_SETTINGS, type IndicatorChoice, monthsProblem, toleranceProblem } from "../domain/settings";
import type { DocumentSettings } from "./documentSettings";

export { MONTHS_RANGE, TOLERANCE_RANGE, monthsProblem, toleranceProblem, type IndicatorChoice } from "../domain/settings";

/** The pane's settings are the build's settings (src/domain/settings). */
export type PaneSettings = BuildSettings;

export const SETTINGS_KEY = "scorecard.settings";

export const DEFAULT_PANE_SETTINGS: PaneSettings = { ...DEFAULT_SETTINGS };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseChoices(raw: unknown): IndicatorChoice[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const seen = new Set<string>();
  const out: IndicatorChoice[] = [];
  for (const item of raw) {
    if (!isRecord(item) || typeof item.code !== "string" || item.code.trim() === "") continue;
    const key = item.code.trim().toUpperCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: item.code.trim(), shown: item.shown === true });
  }
  return out;
}

/** Settings from a stored value; `problems` names each part that fell back to its default. */
export function parsePaneSettings(raw: unknown): { settings: PaneSettings; problems: string[] } {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: { ...DEFAULT_PANE_SETTINGS }, problems };
  if (!isRecord(raw)) return { settings: { ...DEFAULT_PANE_SETTINGS }, problems: ["The saved settings were unreadable; the defaults are used."] };
  const settings: PaneSettings = { ...DEFAULT_PANE_SETTINGS };
  if (raw.tolerancePercent !== undefined) {
    const problem = toleranceProblem(raw.tolerancePercent);
    if (problem) problems.push(`${problem} The default of ${DEFAULT_PANE_SETTINGS.tolerancePercent}% is used.`);
    else settings.tolerancePercent = raw.tolerancePercent as number;
  }
  if (raw.monthsShown !== undefined) {
    const problem = monthsProblem(raw.monthsShown);
    if (problem) problems.push(`${problem} The default of ${DEFAULT_PANE_SETTINGS.monthsShown} is used.`);
    else settings.monthsShown = raw.monthsShown as number;
  }
  const choices = parseChoices(raw.indicators);
  if (choices) settings.indicators = choices;
  else if (raw.indicators !== undefined) problems.push("The saved dashboard indicators were unreadable; the catalogue's choice is used.");
  return { settings, problems };
}

/** Reads the settings an earlier version kept in the document settings (moved into the Settings table on first open). */
export function loadPaneSettings(store: DocumentSettings): { settings: PaneSettings; problems: string[] } {
  return parsePaneSettings(store.get(SETTINGS_KEY));
}
