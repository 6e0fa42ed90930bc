/** A dashboard choice resolved against the catalogue: the codes the dashboard shows, in order. */
import type { Catalogue } from "../types";
import type { IndicatorChoice } from "./buildSettings";

const keyOf = (code: string): string => code.trim().toUpperCase();

/**
 * Every catalogue indicator once, as a choice: the chosen entries first, in
 * their order, for codes still in the catalogue; then the indicators the
 * choice does not mention, in catalogue order, shown as the catalogue's
 * Dashboard column says. Codes keep the catalogue's spelling.
 */
export function resolveChoice(catalogue: Catalogue, choice: readonly IndicatorChoice[] | undefined): IndicatorChoice[] {
  const byCode = new Map(catalogue.map((i) => [keyOf(i.code), i]));
  const rows: IndicatorChoice[] = [];
  const used = new Set<string>();
  for (const entry of choice ?? []) {
    const indicator = byCode.get(keyOf(entry.code));
    if (!indicator || used.has(keyOf(entry.code))) continue;
    used.add(keyOf(entry.code));
    rows.push({ code: indicator.code, shown: entry.shown });
  }
  for (const indicator of catalogue) {
    if (used.has(keyOf(indicator.code))) continue;
    used.add(keyOf(indicator.code));
    rows.push({ code: indicator.code, shown: indicator.dashboard });
  }
  return rows;
}

/** The codes the dashboard shows, in dashboard order. */
export function dashboardCodes(catalogue: Catalogue, choice: readonly IndicatorChoice[] | undefined): string[] {
  return resolveChoice(catalogue, choice)
    .filter((c) => c.shown)
    .map((c) => c.code);
}
