/** The faults `readCatalogue` reports in the Indicators table, with stable ids. */
import type { RuleInfo } from "../rules/issue";

export const CATALOGUE_RULES = [
  { id: "catalogue-blank-code", severity: "error", summary: "A row of the Indicators table has values but no Code." },
  {
    id: "catalogue-duplicate-code",
    severity: "error",
    summary: "A Code appears on more than one row of the Indicators table; the first row is used.",
  },
  {
    id: "catalogue-unknown-unit",
    severity: "error",
    summary: "Unit is blank or not one of count, percent, rate, pp, currency (or a common synonym).",
  },
  {
    id: "catalogue-no-polarity",
    severity: "error",
    summary: "Polarity is blank or does not say whether lower or higher is better.",
  },
  {
    id: "catalogue-bad-number",
    severity: "error",
    summary: "Target, Internal target or Tolerance is not a number (Tolerance must not be negative).",
  },
  {
    id: "catalogue-target-scale",
    severity: "error",
    summary:
      "A percent target is outside 0–100 (error), or between 0 and 1, which reads as a fraction and is scaled to 0–100 (warning).",
  },
  {
    id: "catalogue-bad-target-date",
    severity: "error",
    summary: "Target date is not a month (a date, or text such as Aug 2011 or 2011-08).",
  },
  {
    id: "catalogue-bad-definition-from",
    severity: "error",
    summary:
      "Definition from (the month a new definition starts, a series break) is not a month; no break is recorded.",
  },
  {
    id: "catalogue-bad-dashboard",
    severity: "warning",
    summary: "Dashboard is not yes or no; the indicator's default is used.",
  },
] as const satisfies readonly RuleInfo[];

export type CatalogueRuleId = (typeof CATALOGUE_RULES)[number]["id"];
