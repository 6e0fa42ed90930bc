/**
 * The Office.js shell: read the indicator tables from the open workbook and
 * apply a WorkbookPlan to it. The task pane calls these inside `Excel.run`.
 */
export { applyPlan, type ApplyOptions, type ApplyReport } from "./applyPlan";
export type { CosmeticKind, SkippedSetting } from "./cosmetics";
export { ExcelShellError, excelErrorSentence, mapExcelError, type ExcelShellErrorCode, type ExcelShellPhase } from "./errors";
export { readWorkbookTables, WANTED_TABLES, type ReadTablesOptions } from "./readTables";
export { readForBuild, type BuildRead } from "./readForBuild";
export type { ExistingWorkbook, PlannedSheet } from "./readExisting";
export { hostRequirements } from "./requirements";
