/** The workbook's Settings table: what it may say, reading it, and writing settings back as its rows. */
export {
  type BuildSettings,
  type IndicatorChoice,
  DEFAULT_SETTINGS,
  DEFAULT_MONTHS_SHOWN,
  MONTHS_RANGE,
  TOLERANCE_RANGE,
  monthsProblem,
  toleranceProblem,
} from "./buildSettings";
export { dashboardCodes, resolveChoice } from "./dashboardCodes";
export { readSettings, splitCodes, type SettingsRead } from "./readSettings";
export { SETTINGS_RULES } from "./settingsRules";
export {
  SETTING_LABELS,
  SETTINGS_COLUMNS,
  SETTINGS_HEADERS,
  SETTINGS_TABLE,
  settingKeyOf,
  type SettingKey,
} from "./settingNames";
export { settingsRows, settingValues } from "./settingsRows";
