/** Settings as the Settings table's rows, the way the pane writes them. */
import type { Catalogue } from "../types";
import type { BuildSettings } from "./buildSettings";
import { dashboardCodes } from "./dashboardCodes";
import { SETTING_LABELS, type SettingKey } from "./settingNames";

/**
 * Each setting's Value cell: the dashboard's codes comma-separated in order
 * (the catalogue's choice resolved, so the table says exactly what is shown),
 * and the numbers as numbers.
 */
export function settingValues(settings: BuildSettings, catalogue: Catalogue): Record<SettingKey, string | number> {
  return {
    indicators: dashboardCodes(catalogue, settings.indicators).join(", "),
    monthsShown: settings.monthsShown,
    tolerancePercent: settings.tolerancePercent,
  };
}

/** The table's rows (Setting, Value) in the order the pane writes them. */
export function settingsRows(settings: BuildSettings, catalogue: Catalogue): [string, string | number][] {
  const values = settingValues(settings, catalogue);
  return (Object.keys(SETTING_LABELS) as SettingKey[]).map((key) => [SETTING_LABELS[key], values[key]]);
}
