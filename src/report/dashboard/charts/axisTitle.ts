/** The value axis of an indicator's chart: its title and number format. */
import type { Unit } from "../../../domain/types";

/**
 * The value-axis title: the unit in words ("Cases", "% of assessments",
 * "Per 10,000", "Percentage points", "£"). The indicator's name, when given,
 * picks the noun, so a caseload chart is not titled "Per 10,000" and a
 * posts-filled chart not "% of assessments".
 */
export function axisTitle(unit: Unit, name = ""): string {
  const assessments = /assessment/i.test(name);
  switch (unit) {
    case "count":
      return assessments ? "Assessments" : /case/i.test(name) ? "Cases" : "Number";
    case "percent":
      return assessments ? "% of assessments" : "Per cent";
    case "rate":
      return /10,?000/.test(name) ? "Per 10,000" : "Rate";
    case "pp":
      return "Percentage points";
    case "currency":
      return "£";
  }
}

const AXIS_FORMATS: Record<Unit, string> = {
  count: "#,##0",
  // Chart data are fractions (see toSheetNumber); whole percentages keep the axis quiet.
  percent: "0%",
  rate: "0.0",
  pp: "0.0",
  currency: "£#,##0",
};

/** The value-axis number format for a unit. */
export function axisNumberFormat(unit: Unit): string {
  return AXIS_FORMATS[unit];
}
