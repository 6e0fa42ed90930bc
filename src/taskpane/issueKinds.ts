/**
 * A short plain title for each kind of problem, as a person would name it in
 * a list ("Value is not a number"). Rules without one here fall back to the
 * first clause of the rule's summary, else of the issue's own sentence, so a
 * new rule still reads sensibly — never as its id.
 */
import { ALL_RULES } from "../domain/rules/ruleCatalogue";

const TITLES: Record<string, string> = {
  "missing-table": "A table is missing",
  "empty-table": "A table has no rows",
  "default-catalogue": "Built-in indicators used",
  "missing-column": "A column is missing",
  "duplicate-column": "A column appears twice",
  "catalogue-blank-code": "Indicator with no code",
  "catalogue-duplicate-code": "Indicator code used twice",
  "catalogue-unknown-unit": "Unit not recognised",
  "catalogue-no-polarity": "Polarity not given",
  "catalogue-bad-number": "Target or tolerance is not a number",
  "catalogue-target-scale": "Percent target on the wrong scale",
  "catalogue-bad-target-date": "Target date is not a month",
  "catalogue-bad-dashboard": "Dashboard is not yes or no",
  "missing-code": "Figures with no indicator code",
  "unknown-indicator": "Code not in the indicators",
  "bad-period": "Period is not a month",
  "duplicate-row": "Row repeated",
  "value-not-number": "Value is not a number",
  "value-missing": "Value is blank",
  "percent-scale-fraction": "Percents read as fractions",
  "percent-mixed-scale": "Percent looks like a fraction",
  "percent-out-of-range": "Percent below 0 or above 100",
  "negative-count": "Count below zero",
  "bad-numerator": "Numerator is not a number",
  "bad-denominator": "Denominator is not a number",
  "zero-denominator": "Denominator is 0",
  "numerator-above-denominator": "Numerator larger than denominator",
  "ratio-mismatch": "Value does not match numerator and denominator",
  "bad-as-at": "As at is not a date",
  "as-at-before-period": "As at is before the month",
  "merged-cells": "Merged cells in the data",
  "hidden-rows": "Hidden or filtered rows",
  "missing-months": "Months missing from a series",
  "stale-indicator": "Indicator not up to date",
  "implausible-jump": "Unusual jump from the month before",
  "area-sum-mismatch": "Areas do not add up to the whole",
  "ytd-mismatch": "Year-to-date figure does not add up",
  explained: "Explained queries",
};

const SUMMARIES = new Map<string, string>(ALL_RULES.map((r) => [r.id, r.summary]));

/** The first clause of a sentence, without its full stop. */
function firstClause(text: string): string {
  const clause = text.split(/[.;:]\s|[.;:]$/)[0] ?? text;
  return clause.replace(/^(?:In table|Table) [^,]+, /, "").trim();
}

/** "Value is not a number" for rule `rule`; `message` is an issue's sentence, for rules with no title or summary. */
export function kindTitle(rule: string, message: string): string {
  const title = TITLES[rule] ?? firstClause(SUMMARIES.get(rule) ?? message);
  return title === "" ? "Other problems" : title[0]!.toUpperCase() + title.slice(1);
}
