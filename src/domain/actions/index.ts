/** The optional Actions table: the improvement plan's actions, statuses and coverage. */
export { readActions } from "./readActions";
export { ACTION_RULES } from "./actionRules";
export { ACTION_COLUMNS, withActionAliases } from "./actionColumns";
export type { PlanAction } from "./planAction";
export {
  parseCrossReferences,
  crossReferenceLabel,
  CROSS_REFERENCE_RANGES,
  CROSS_REFERENCE_NAMES,
  type CrossReference,
  type CrossReferenceKind,
} from "./crossReferences";
export { parseTimescale, type Timescale, type DateRange, type Recurrence } from "./parseTimescale";
export { parseActionRef, type ActionRef } from "./actionRef";
export { readStatus, STATUS_CHOICES, type StatusWord } from "./statusWords";
export { readDayCell } from "./readDayCell";
export { actionStatusAt, isLive, DUE_SOON_DAYS, type ActionState } from "./actionStatusAt";
export { actionsSummary, splitLeads, NO_LEAD, type ActionCounts, type ActionsSummary } from "./actionsSummary";
export { coverageMatrix, type CoverageCell } from "./coverageMatrix";
export { todayIso, addDays, type Today } from "./today";
export { ActionDateError } from "../errors";
export { plainText } from "./plainText";
