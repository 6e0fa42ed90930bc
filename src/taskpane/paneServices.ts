/** Everything the pane needs from its host, handed in so tests and the browser harness can supply fakes. */
import type { ExcelRunner } from "../excel/excelRunner";
import type { DocumentSettings } from "./documentSettings";
import type { HostStatus } from "./hostNotices";

export interface PaneServices {
  /** Runs a batch against the open workbook (`Excel.run` in Office). */
  excel: ExcelRunner;
  /** The workbook's document settings. */
  settings: DocumentSettings;
  /** Whether the host supports ExcelApi `version` ("1.8", "1.9"). */
  supports(version: string): boolean;
  /** What the pane says about this host, from `supports`. */
  host: HostStatus;
}
