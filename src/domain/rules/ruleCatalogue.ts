/**
 * Every validation rule the engine can report, with its stable id, default
 * severity and what it checks: the README's rule table, the task pane's help
 * and `issue(…)`'s severities all come from here, and a test keeps the README
 * in step. It imports only the declaration lists (files that import nothing
 * at run time), so `issue` can look rules up without an import cycle.
 */
import { ACTION_RULES } from "../actions/actionRules";
import { AREA_TABLE_RULES, DATA_AREA_RULES } from "../areas/areaRules";
import { BUDGET_RULES } from "../budget/budgetRules";
import { CATALOGUE_RULES } from "../catalogue/catalogueRules";
import { BENCHMARK_RULES, YEAR_TO_DATE_RULES } from "../gaps/gapRules";
import { SETTINGS_RULES } from "../settings/settingsRules";
import { DATA_RULES } from "./dataRules";
import type { RuleInfo } from "./issue";
import { COMPLETENESS_RULES, SERIES_RULES } from "./seriesRules";
import { COLUMN_RULES, OUTSIDE_TABLE_RULES, TABLE_RULES } from "./tableRules";

export interface RuleGroup {
  table: string;
  rules: readonly RuleInfo[];
}

export const RULE_GROUPS = [
  { table: "Any table", rules: [...TABLE_RULES, ...COLUMN_RULES, ...OUTSIDE_TABLE_RULES] },
  { table: "Indicators", rules: CATALOGUE_RULES },
  { table: "IndicatorData (each row)", rules: [...DATA_RULES, ...DATA_AREA_RULES] },
  { table: "IndicatorData (each series)", rules: [...SERIES_RULES, ...YEAR_TO_DATE_RULES, ...COMPLETENESS_RULES] },
  { table: "Areas", rules: AREA_TABLE_RULES },
  { table: "Benchmarks", rules: BENCHMARK_RULES },
  { table: "Budget", rules: BUDGET_RULES },
  { table: "Actions", rules: ACTION_RULES },
  { table: "Settings", rules: SETTINGS_RULES },
] as const satisfies readonly RuleGroup[];

/** Every rule id: the union of the ids the declarations above declare (a typo at an `issue(…)` call does not compile). */
export type RuleId = (typeof RULE_GROUPS)[number]["rules"][number]["id"];

/** A declared rule, its id one of the known ones. */
export type Rule = RuleInfo & { readonly id: RuleId };

export const ALL_RULES: readonly Rule[] = RULE_GROUPS.flatMap((g): readonly Rule[] => g.rules);

const BY_ID = new Map<string, Rule>(ALL_RULES.map((rule) => [rule.id, rule]));

/** The declaration of a rule by its id. */
export function ruleById(id: RuleId): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`No rule is declared with id ${id}.`);
  return rule;
}

/** Whether a string is a declared rule id (issues read back from JSON carry plain strings). */
export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}
