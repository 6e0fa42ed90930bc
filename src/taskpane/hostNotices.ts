/**
 * What the pane tells people about their version of Excel: features it leaves
 * out on a host without a newer requirement set, and whether it can run at all.
 */
export interface HostStatus {
  /** ExcelApi 1.7, the manifest's minimum: without it the pane cannot work. */
  usable: boolean;
  /** ExcelApi 1.9: fill patterns (exact "no fill"), print setup, faster writing. */
  canReadPattern: boolean;
  /** Sentences to show, one per missing feature. */
  notices: string[];
}

export function hostStatus(supports: (version: string) => boolean): HostStatus {
  if (!supports("1.7")) {
    return {
      usable: false,
      canReadPattern: false,
      notices: ["This version of Excel is older than the add-in needs (ExcelApi 1.7). Use Excel 2019 or later, Microsoft 365, or Excel on the web."],
    };
  }
  const notices: string[] = [];
  if (!supports("1.8")) notices.push("This version of Excel lacks ExcelApi 1.8, so the charts' axis number formats are left at Excel's own and the dashboard keeps its gridlines.");
  if (!supports("1.9")) {
    notices.push(
      "This version of Excel lacks ExcelApi 1.9, so the dashboard is built without print settings, and clearing highlights returns a white cell to no fill.",
    );
  }
  return { usable: true, canReadPattern: supports("1.9"), notices };
}
