/** The Settings table's columns and the settings it can hold, by the words people type. */
import type { BuildSettings } from "./buildSettings";

export type SettingKey = keyof BuildSettings;

/** Each setting as it is written in the table's Setting column, in the order the pane writes them. */
export const SETTING_LABELS: Readonly<Record<SettingKey, string>> = {
  indicators: "Dashboard indicators",
  monthsShown: "Months shown",
  tolerancePercent: "Default tolerance",
};

export const SETTINGS_TABLE = "Settings";
export const SETTINGS_COLUMNS = {
  setting: { name: "Setting", required: true },
  value: { name: "Value", required: true },
} as const;
export const SETTINGS_HEADERS = [SETTINGS_COLUMNS.setting.name, SETTINGS_COLUMNS.value.name] as const;

/** "Default tolerance (%)" → "defaulttolerance": settings match on their letters, in any case. */
export function settingWords(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, "");
}

const BY_WORDS = new Map(
  (Object.entries(SETTING_LABELS) as [SettingKey, string][]).map(([key, label]) => [settingWords(label), key]),
);

/** The setting a Setting cell names, or undefined. */
export function settingKeyOf(text: string): SettingKey | undefined {
  return BY_WORDS.get(settingWords(text));
}
