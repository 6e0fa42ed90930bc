/** Rules about the Areas table and the Area column of IndicatorData. */
import type { RuleInfo } from "../rules/issue";

export const AREA_TABLE_RULES = [
  { id: "area-missing-name", severity: "error", summary: "A row of the Areas table has entries but no Area name." },
  { id: "area-bad-level", severity: "error", summary: "Level is not area, district, team or authority." },
  {
    id: "area-bad-month",
    severity: "error",
    summary: "From or To is not a month; the row is read as if it were blank.",
  },
  { id: "area-ends-before-start", severity: "error", summary: "To is before From." },
  {
    id: "area-unknown-parent",
    severity: "warning",
    summary: "Part of names no area of the Areas table for those months.",
  },
  {
    id: "area-overlap",
    severity: "warning",
    summary: "The same name is on two rows whose months overlap; the first row is used.",
  },
] as const satisfies readonly RuleInfo[];

export const DATA_AREA_RULES = [
  {
    id: "area-unknown",
    severity: "error",
    summary:
      "With an Areas table: the Area is none of its names or Also called names; the row is left out. The likeliest name is suggested.",
  },
  {
    id: "area-out-of-period",
    severity: "warning",
    summary: "With an Areas table: the row's month is outside the From–To months the Areas table gives that area.",
  },
  {
    id: "area-near-duplicate",
    severity: "warning",
    summary:
      "Without an Areas table: an Area spelt like a commoner one but for case, spacing or punctuation (read as the commoner one), or one or two letters from a far commoner one.",
  },
] as const satisfies readonly RuleInfo[];

export type AreaTableRuleId = (typeof AREA_TABLE_RULES)[number]["id"];
