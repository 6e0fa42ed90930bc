/**
 * Whether a dashboard is built from the sample figures set-up can add: those
 * rows carry a Note beginning "Illustrative" (notes.ts),
 * and a dashboard showing them must say so in its title, so nobody mistakes
 * invented figures for the council's.
 */
import { ILLUSTRATIVE } from "./notes";
import type { MonthIndex, Observation } from "../domain/types";

export const SAMPLE_DASHBOARD_TITLE = "Member Dashboard (sample figures, not real data)";

/** True when any figure for `month` is one of the sample's illustrative ones. */
export function usesSampleFigures(observations: readonly Observation[], month: MonthIndex): boolean {
  return observations.some((o) => o.month === month && (o.note ?? "").startsWith(ILLUSTRATIVE));
}

/** The dashboard's title when it differs from the default: only for sample figures. */
export function dashboardTitle(observations: readonly Observation[], month: MonthIndex): string | undefined {
  return usesSampleFigures(observations, month) ? SAMPLE_DASHBOARD_TITLE : undefined;
}
