/**
 * Every validation rule the engine can report, with its stable id, default
 * severity and what it checks: the README's rule table and the task pane's
 * help both come from here, and a test keeps the README in step.
 */
import { TABLE_RULES } from "../analyse";
import { CATALOGUE_RULES } from "../catalogue/readCatalogue";
import { COLUMN_RULES } from "../columns";
import { ACTION_RULES } from "../actions";
import { BUDGET_RULES } from "../budget";
import { BENCHMARK_RULES, YEAR_TO_DATE_RULES } from "../gaps";
import type { RuleIdOf, RuleInfo } from "./issue";
import { DATA_RULES } from "../observations";
import { SERIES_RULES } from "./checkSeries";
import { DATA_AREA_RULES } from "../areas/checkDataAreas";
import { AREA_TABLE_RULES } from "../areas/readAreas";
import { COMPLETENESS_RULES } from "./missingAuthorityFigures";
import { OUTSIDE_TABLE_RULES } from "./rowsOutsideTable";
import { SETTINGS_RULES } from "../settings";

export interface RuleGroup {
  table: string;
  rules: readonly RuleInfo[];
}

export const RULE_GROUPS: readonly RuleGroup[] = [
  { table: "Any table", rules: [...TABLE_RULES, ...COLUMN_RULES, ...OUTSIDE_TABLE_RULES] },
  { table: "Indicators", rules: CATALOGUE_RULES },
  { table: "IndicatorData (each row)", rules: [...DATA_RULES, ...DATA_AREA_RULES] },
  { table: "IndicatorData (each series)", rules: [...SERIES_RULES, ...YEAR_TO_DATE_RULES, ...COMPLETENESS_RULES] },
  { table: "Areas", rules: AREA_TABLE_RULES },
  { table: "Benchmarks", rules: BENCHMARK_RULES },
  { table: "Budget", rules: BUDGET_RULES },
  { table: "Actions", rules: ACTION_RULES },
  { table: "Settings", rules: SETTINGS_RULES },
];

export const ALL_RULES: readonly RuleInfo[] = RULE_GROUPS.flatMap((g) => g.rules);

/**
 * Every rule id, derived from the declarations. Lists declared `as const
 * satisfies readonly RuleInfo[]` give their literal ids; a list still typed
 * `RuleInfo[]` widens the union to string until it is declared that way too.
 */
export type RuleId =
  | RuleIdOf<typeof TABLE_RULES>
  | RuleIdOf<typeof COLUMN_RULES>
  | RuleIdOf<typeof CATALOGUE_RULES>
  | RuleIdOf<typeof DATA_RULES>
  | RuleIdOf<typeof SERIES_RULES>
  | RuleIdOf<typeof YEAR_TO_DATE_RULES>
  | RuleIdOf<typeof BENCHMARK_RULES>
  | RuleIdOf<typeof BUDGET_RULES>
  | RuleIdOf<typeof ACTION_RULES>
  | RuleIdOf<typeof SETTINGS_RULES>;

/** The declaration of a rule by its id. */
export function ruleById(id: RuleId): RuleInfo | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
