/**
 * `area-sum-mismatch`: for count indicators, the rows under a whole should add up
 * to it, month by month. Without an Areas table every named area is taken to
 * sit directly under the whole authority (so a table mixing areas and their
 * districts will be flagged). With one, sums are checked level by level: the
 * areas against the whole authority, each area's districts against the area,
 * each district's teams against the district, using the parent the Areas table
 * gives for that month. Skipped when any figure in the comparison is blank.
 */
import type { AreaRegister } from "../areas/areaRegister";
import { issue } from "./issue";
import { monthLabel } from "../periods";
import type { Catalogue, MonthIndex, Observation, ValidationIssue } from "../types";
import { areaWords } from "./areaNames";
import { cellPlace } from "./cellPlace";
import { catalogueIndex } from "./seriesIndex";

interface Whole {
  parent?: Observation;
  sum: number;
  parts: number;
  blank: boolean;
  /** How the parts are named in messages: "area", "district", "team". */
  level: string;
}

function shown(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** The whole an area's row belongs to at a month ("" = the whole authority), and what the area is. */
function placeOf(
  register: AreaRegister | undefined,
  area: string,
  month: MonthIndex,
): { parent: string; level: string } {
  if (!register) return { parent: "", level: "area" };
  const span = register.at(area, month) ?? register.spansOf(area)[0];
  return { parent: span?.partOf ?? "", level: span?.level ?? "area" };
}

/** Compares each count indicator's monthly wholes with the sum of their parts. */
export function checkAreaSums(
  tableName: string,
  observations: readonly Observation[],
  catalogue: Catalogue,
  register?: AreaRegister,
): ValidationIssue[] {
  const find = catalogueIndex(catalogue);
  // By code, month, then the whole's name (no key string per row); `all` keeps the order wholes were first met.
  const byCode = new Map<string, Map<MonthIndex, Map<string, Whole>>>();
  const all: Whole[] = [];
  const wholeFor = (code: string, month: MonthIndex, name: string): Whole => {
    let months = byCode.get(code);
    if (!months) byCode.set(code, (months = new Map()));
    let wholes = months.get(month);
    if (!wholes) months.set(month, (wholes = new Map()));
    let whole = wholes.get(name);
    if (!whole) {
      wholes.set(name, (whole = { sum: 0, parts: 0, blank: false, level: "area" }));
      all.push(whole);
    }
    return whole;
  };
  for (let i = 0; i < observations.length; i++) {
    const obs = observations[i]!;
    if (find(obs.code)?.unit !== "count") continue;
    const own = wholeFor(obs.code, obs.month, obs.area);
    own.parent ??= obs;
    if (obs.value === null) own.blank = true;
    if (obs.area === "") continue;
    const { parent, level } = placeOf(register, obs.area, obs.month);
    const whole = wholeFor(obs.code, obs.month, parent);
    whole.parts++;
    whole.level = level;
    whole.sum += obs.value ?? 0;
    if (obs.value === null) whole.blank = true;
  }
  const issues: ValidationIssue[] = [];
  for (const { parent, sum, parts, blank, level } of all) {
    if (!parent || parts === 0 || blank || parent.value === null) continue;
    const value = parent.value;
    // Counts are whole numbers; the tolerance only absorbs floating-point sums of decimals.
    if (Math.abs(sum - value) <= 1e-6 * Math.max(1, Math.abs(value))) continue;
    const rows = parts === 1 ? `1 ${level} row adds` : `${parts} ${level} rows add`;
    issues.push(
      issue(
        "area-sum-mismatch",
        parent.at,
        `${cellPlace(tableName, "Value", parent.at)}: ${parent.code} for ${monthLabel(parent.month)} is ${shown(value)} for ${areaWords(parent.area)}, but its ${rows} up to ${shown(sum)}. Check the figures, or whether a ${level} is missing or counted twice.`,
      ),
    );
  }
  return issues;
}
