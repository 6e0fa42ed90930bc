/** The faults `readSettings` reports in the optional Settings table, with stable ids. */
import type { RuleInfo } from "../rules/issue";

export const SETTINGS_RULES = [
  {
    id: "setting-unknown",
    severity: "warning",
    summary: "A Settings row names a setting this tool does not have; the row is not used.",
  },
  {
    id: "setting-unknown-code",
    severity: "error",
    summary: "Dashboard indicators names a code that is not in the indicator catalogue; it is left off the dashboard.",
  },
  {
    id: "setting-bad-number",
    severity: "error",
    summary: "Months shown or Default tolerance is not a number in its range; the default is used.",
  },
  {
    id: "setting-repeated",
    severity: "warning",
    summary: "A setting is given on more than one row of the Settings table; the first row is used.",
  },
] as const satisfies readonly RuleInfo[];
