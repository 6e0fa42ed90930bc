/**
 * Which indicators the dashboard shows and in what order: the saved choice
 * merged with the workbook's catalogue, and applied to computed results.
 */
import type { IndicatorResult } from "../domain/results";
import type { Catalogue, Indicator } from "../domain/types";
import type { IndicatorChoice } from "./paneSettings";

/** One row of the settings list. */
export interface ChoiceRow extends IndicatorChoice {
  name: string;
}

const keyOf = (code: string): string => code.trim().toUpperCase();

/**
 * The settings list: saved entries first, in their order, for codes still in
 * the catalogue; then catalogue indicators the saved choice does not mention,
 * in catalogue order, shown as the catalogue's Dashboard column says.
 */
export function choiceRows(catalogue: Catalogue, saved: readonly IndicatorChoice[] | undefined): ChoiceRow[] {
  const byCode = new Map(catalogue.map((i) => [keyOf(i.code), i]));
  const rows: ChoiceRow[] = [];
  const used = new Set<string>();
  for (const choice of saved ?? []) {
    const indicator = byCode.get(keyOf(choice.code));
    if (!indicator || used.has(keyOf(choice.code))) continue;
    used.add(keyOf(choice.code));
    rows.push({ code: indicator.code, name: indicator.name, shown: choice.shown });
  }
  for (const indicator of catalogue) {
    if (used.has(keyOf(indicator.code))) continue;
    used.add(keyOf(indicator.code));
    rows.push({ code: indicator.code, name: indicator.name, shown: indicator.dashboard });
  }
  return rows;
}

/** `rows` with the row at `index` moved by `delta` places (clamped); the same array when it cannot move. */
export function moveRow<T>(rows: readonly T[], index: number, delta: number): T[] {
  const to = Math.min(rows.length - 1, Math.max(0, index + delta));
  if (index < 0 || index >= rows.length || to === index) return [...rows];
  const out = [...rows];
  const [row] = out.splice(index, 1);
  out.splice(to, 0, row!);
  return out;
}

/**
 * The results with each indicator's Dashboard flag and order taken from the
 * choice. The report orders dashboard results by an `order` number on the
 * indicator when there is one (see src/report/dashboardResults.ts).
 */
export function applyChoice(results: readonly IndicatorResult[], choice: readonly IndicatorChoice[] | undefined): IndicatorResult[] {
  if (!choice) return [...results];
  const position = new Map(choice.map((c, i) => [keyOf(c.code), { shown: c.shown, order: i }]));
  return results.map((result) => {
    const chosen = position.get(keyOf(result.code));
    const indicator: Indicator & { order: number } = {
      ...result.indicator,
      dashboard: chosen ? chosen.shown : result.indicator.dashboard,
      order: chosen ? chosen.order : choice.length,
    };
    return { ...result, indicator };
  });
}
