/**
 * The pane's settings, kept in the workbook's Settings table where people and
 * the command line see them. Opening reads the table; a workbook whose
 * settings are still in the add-in's hidden document settings has them moved
 * into the table, once. Saving writes the table, creating it the first time.
 */
import { DEFAULT_CATALOGUE } from "../../domain/catalogue/defaultCatalogue";
import { readCatalogue } from "../../domain/catalogue/readCatalogue";
import {
  type BuildSettings,
  DEFAULT_SETTINGS,
  monthsProblem,
  readSettings,
  SETTING_LABELS,
  type SettingKey,
  settingValues,
  toleranceProblem,
} from "../../domain/settings";
import type { Catalogue } from "../../domain/types";
import {
  readSettingsTables,
  type SettingCell,
  type SettingsTablesRead,
  type SettingsTarget,
  writeSettingsTable,
} from "../../excel/settingsTable";
import { loadPaneSettings, type PaneSettings, SETTINGS_KEY } from "../paneSettings";
import type { PaneServices } from "../paneServices";

export interface OpenedSettings {
  settings: PaneSettings;
  /** Problems found in the settings, as sentences (each names its cell when it is in the table). */
  problems: string[];
  /** True when this opening moved document settings into the Settings table. */
  migrated: boolean;
}

interface Context {
  catalogue: Catalogue;
  target: SettingsTarget;
  given: Partial<BuildSettings>;
  problems: string[];
}

function contextOf(read: SettingsTablesRead): Context {
  const { catalogue } = readCatalogue(read.tables.get("indicators"), DEFAULT_CATALOGUE);
  const table = read.tables.get("settings");
  if (!table) return { catalogue, target: { existingSheets: read.sheets }, given: {}, problems: [] };
  const settingsRead = readSettings(table, catalogue, DEFAULT_SETTINGS);
  return {
    catalogue,
    target: { table, read: settingsRead },
    given: settingsRead.given,
    problems: settingsRead.issues.map((i) => i.message),
  };
}

function cellsFor(settings: BuildSettings, catalogue: Catalogue, keys: readonly SettingKey[]): SettingCell[] {
  const values = settingValues(settings, catalogue);
  return keys.map((key) => ({ key, label: SETTING_LABELS[key], value: values[key] }));
}

const ALL_KEYS = Object.keys(SETTING_LABELS) as SettingKey[];

/**
 * The settings for the pane: the Settings table's, over the document
 * settings', over the defaults. When document settings exist, the settings
 * the table does not give are written into it (creating it if need be) and
 * the document settings are removed: 2 syncs to read, 1 more when moving.
 * Throws ExcelShellError when Excel fails.
 */
export async function openPaneSettings(services: Pick<PaneServices, "excel" | "settings">): Promise<OpenedSettings> {
  const legacy = services.settings.get(SETTINGS_KEY) === undefined ? undefined : loadPaneSettings(services.settings);
  const opened = await services.excel(async (context) => {
    const ctx = contextOf(await readSettingsTables(context));
    const base: PaneSettings = legacy?.settings ?? { ...DEFAULT_SETTINGS };
    const settings: PaneSettings = { ...base, ...ctx.given };
    if (!legacy) return { settings, problems: ctx.problems, migrated: false };
    const table = ctx.target.table === undefined ? undefined : ctx.target.read;
    const keys = ALL_KEYS.filter((key) => table?.rows[key] === undefined);
    if (keys.length > 0) await writeSettingsTable(context, ctx.target, cellsFor(settings, ctx.catalogue, keys));
    return { settings, problems: [...legacy.problems, ...ctx.problems], migrated: true };
  });
  if (opened.migrated) {
    // Only once the table holds them: a failed write keeps the document settings for next time.
    services.settings.remove(SETTINGS_KEY);
    await services.settings.save();
  }
  return opened;
}

/**
 * Writes every setting into the Settings table (creating it the first time):
 * read 2 syncs, write 1. Throws RangeError for values out of range,
 * ExcelShellError when Excel fails.
 */
export async function saveWorkbookSettings(
  services: Pick<PaneServices, "excel">,
  settings: PaneSettings,
): Promise<void> {
  const problem = toleranceProblem(settings.tolerancePercent) ?? monthsProblem(settings.monthsShown);
  if (problem) throw new RangeError(problem);
  await services.excel(async (context) => {
    const ctx = contextOf(await readSettingsTables(context));
    await writeSettingsTable(context, ctx.target, cellsFor(settings, ctx.catalogue, ALL_KEYS));
  });
}
