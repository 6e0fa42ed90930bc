/**
 * The default indicator catalogue, transcribed from the source documents: the
 * Member Dashboard's six key indicators first (in the dashboard's order), then
 * the Improvement Notice targets, then the other tracked measures.
 * `scorecard init` writes it as the workbook's `Indicators` table; a workbook's
 * own table replaces it (see `readCatalogue`).
 */
import { DASHBOARD_INDICATORS } from "./dashboardIndicators";
import { NOTICE_INDICATORS } from "./noticeIndicators";
import { OTHER_INDICATORS } from "./otherIndicators";
import type { Catalogue, Indicator } from "../types";

export const DEFAULT_CATALOGUE: Catalogue = [...DASHBOARD_INDICATORS, ...NOTICE_INDICATORS, ...OTHER_INDICATORS];

/** The indicator with this code (codes compare case-insensitively), if any. */
export function findIndicator(catalogue: Catalogue, code: string): Indicator | undefined {
  const key = code.trim().toUpperCase();
  return catalogue.find((indicator) => indicator.code.toUpperCase() === key);
}
