/** The settings a build used, in one sentence, so nobody wonders whether a change took effect. */
import type { PaneSettings } from "./paneSettings";

/**
 * "Settings used: 13 months in each chart, 10% default tolerance, indicators
 * as chosen in Settings." `unsaved` names a change that was not used.
 */
export function settingsSentence(settings: PaneSettings, unsaved?: string): string {
  const months = `${settings.monthsShown} month${settings.monthsShown === 1 ? "" : "s"} in each chart`;
  const indicators = settings.indicators ? "indicators and order as chosen in Settings" : "indicators as the Indicators table's Dashboard column says";
  const used = `Settings used: ${months}, ${settings.tolerancePercent}% default tolerance, ${indicators}.`;
  return unsaved ? `${used} Not used: ${unsaved}` : used;
}
