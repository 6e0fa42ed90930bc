/** The settings list of dashboard indicators: the saved choice merged with the workbook's catalogue. */
import { type IndicatorChoice, resolveChoice } from "../domain/settings";
import type { Catalogue } from "../domain/types";

/** One row of the settings list. */
export interface ChoiceRow extends IndicatorChoice {
  name: string;
}

/**
 * The settings list: saved entries first, in their order, for codes still in
 * the catalogue; then catalogue indicators the saved choice does not mention,
 * in catalogue order, shown as the catalogue's Dashboard column says (the
 * build resolves the choice the same way: see src/domain/settings).
 */
export function choiceRows(catalogue: Catalogue, saved: readonly IndicatorChoice[] | undefined): ChoiceRow[] {
  const names = new Map(catalogue.map((i) => [i.code, i.name]));
  return resolveChoice(catalogue, saved).map((c) => ({ ...c, name: names.get(c.code) ?? c.code }));
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
