/** The optional Budget table: finance lines for the improvement programme. */
export { readBudget } from "./readBudget";
export { BUDGET_RULES } from "./budgetRules";
export { BUDGET_COLUMNS, profileColumns, type ProfileColumn } from "./budgetColumns";
export { netBudget, type BudgetLine, type ProfilePoint, type RolledUpFigure } from "./budgetLine";
export { budgetPosition, BUDGET_RAG_THRESHOLDS, type BudgetPosition, type ForecastBasis } from "./budgetPosition";
export { budgetSummary } from "./budgetSummary";
export { parseMoney, formatPounds } from "./money";
export { readFinancialYear } from "./financialYear";
export { plannedAt, sumProfiles } from "./profile";
export { linesForYear, lineYear, financialYearOfMonth, type LinesForYear } from "./linesForYear";
