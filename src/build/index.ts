/** The build both front ends run: one pure decision between their read and their write. */
export {
  prepareBuild,
  type BuildRequest,
  type CannotBuildReason,
  type PreparedBuild,
  type ReadyBuild,
} from "./prepareBuild";
export { reportingMonth, type ReportingMonth } from "./reportingMonth";
export { buildJson, type BuildJson } from "./buildJson";
export { WorkbookProtectedError } from "./errors";
export { INPUT_TABLES, type ShellApplyReport, type SkippedSetting, type WorkbookShell } from "./shellContract";
