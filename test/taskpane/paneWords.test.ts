/** The pane's plain words: failures, host notices, what a build left out, settings used, the sample's title, the build prompt. */
import { describe, expect, it } from "vitest";
import { ExcelShellError } from "../../src/excel/errors";
import type { Observation, ValidationIssue } from "../../src/domain/types";
import { errorKindsSentence } from "../../src/taskpane/buildPrompt";
import { errorText } from "../../src/taskpane/errorText";
import { hostStatus } from "../../src/taskpane/hostNotices";
import { choiceLabel } from "../../src/taskpane/IndicatorOrderList";
import { isOwnSheet } from "../../src/taskpane/ownSheets";
import { paneThemeName } from "../../src/taskpane/paneTheme";
import { dashboardTitle, SAMPLE_DASHBOARD_TITLE } from "../../src/sample/sampleFigures";
import { settingsSentence } from "../../src/taskpane/settingsWords";
import { notAppliedList } from "../../src/taskpane/skippedWords";

describe("failures in plain words", () => {
  it("says what state the workbook is in, without Excel's codes", () => {
    const e = new ExcelShellError("EXCEL_ERROR", "write", { excelCode: "GeneralException", detail: "GeneralException" });
    expect(errorText(e, "dashboard-unchanged")).toBe("Excel could not finish the change. Save your work, then try again. Your previous dashboard is unchanged.");
    expect(errorText(new Error("The sheet X is gone (ItemNotFound)."), "unchanged")).toBe("The sheet X is gone. Nothing in the workbook was changed.");
  });

  it("never shows a programming slip's internals", () => {
    expect(errorText(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe("Something went wrong. Try again.");
    expect(errorText("boom")).toBe("Something went wrong. Try again.");
  });
});

describe("what the host lacks, said once", () => {
  it("is one sentence without requirement-set names, and nothing on a current host", () => {
    const old = hostStatus((v) => Number(v.split(".")[1]) <= 7);
    expect(old.notices).toEqual(["This version of Excel builds the dashboard without chart axis formats, hidden gridlines and print settings."]);
    expect(hostStatus(() => true).notices).toEqual([]);
  });

  it("leaves out of the build summary what the notice said, sparklines and protection, and codes", () => {
    const skipped: Parameters<typeof notAppliedList>[0] = [
      { setting: "print", sheet: "M", reason: "needs ExcelApi 1.9" },
      { setting: "sparklines", sheet: "A", reason: "no Office JavaScript API" },
      { setting: "sheet-order", sheet: "M", reason: "InvalidArgument" },
      { setting: "sheet-order", sheet: "N", reason: "InvalidArgument" },
      { setting: "protection", sheet: "M", reason: "AccessDenied" },
    ];
    expect(notAppliedList(skipped)).toEqual(["putting the new sheets back where the old ones were"]);
  });
});

describe("the build's words", () => {
  it("names the settings it used, and a change it could not use", () => {
    expect(settingsSentence({ tolerancePercent: 10, monthsShown: 6, indicators: [{ code: "NI59", shown: true }] })).toBe(
      "Settings used: 6 months in each chart, 10% default tolerance, indicators and order as chosen in Settings.",
    );
    expect(settingsSentence({ tolerancePercent: 5, monthsShown: 1 }, "The months shown must be between 1 and 36.")).toBe(
      "Settings used: 1 month in each chart, 5% default tolerance, indicators as the Indicators table's Dashboard column says. Not used: The months shown must be between 1 and 36.",
    );
  });

  it("gives the errors by kind, biggest first", () => {
    const at = (rule: ValidationIssue["rule"], n: number): ValidationIssue[] => Array.from({ length: n }, (_, i) => ({ rule, severity: "error", sheet: "IndicatorData", cell: `D${i + 2}`, message: "m" }));
    const issues = [...at("bad-period", 29), ...at("value-not-number", 700), ...at("missing-code", 2), ...at("negative-count", 1), ...at("duplicate-row", 1)];
    expect(errorKindsSentence(issues, 733)).toBe("The data has 733 errors: 700 × Value is not a number, 29 × Period is not a month, 2 × Figures with no indicator code, 2 other.");
  });

  it("titles a dashboard from the sample's illustrative figures as such, and no other", () => {
    const obs = (note: string): Observation => ({ code: "NI59", month: 24206, area: "", value: 1, note, at: { sheet: "IndicatorData", cell: "D2" }, row: 0 });
    expect(dashboardTitle([obs("Illustrative"), obs("Reported figure")], 24206)).toBe(SAMPLE_DASHBOARD_TITLE);
    expect(dashboardTitle([obs("Illustrative")], 24207)).toBeUndefined();
    expect(dashboardTitle([obs("Checked by the team")], 24206)).toBeUndefined();
  });
});

describe("the pane's look and labels", () => {
  it.each([
    [{ bodyBackgroundColor: "#FFFFFF" }, false, "light"],
    [{ bodyBackgroundColor: "#262626" }, false, "dark"],
    [{ bodyBackgroundColor: "#000000" }, false, "dark"],
    [undefined, false, "light"],
    [{ bodyBackgroundColor: "#262626" }, true, "contrast"],
  ] as const)("Office's theme %j with forced colours %s gives %s", (office, forced, name) => {
    expect(paneThemeName(office, forced)).toBe(name);
  });

  it("names an indicator's code once", () => {
    expect(choiceLabel({ name: "Initial assessments in 7 days (NI 59)", code: "NI59" })).toBe("Initial assessments in 7 days (NI 59)");
    expect(choiceLabel({ name: "Posts filled", code: "POSTS_FILLED" })).toBe("Posts filled (POSTS_FILLED)");
  });

  it("knows its own sheets, whose changes do not make results stale", () => {
    expect(["Member Dashboard", "Member Dashboard (2)", "~sc-tmp-1", "Settings"].every(isOwnSheet)).toBe(true);
    expect(["IndicatorData", "Indicators", "My notes"].some(isOwnSheet)).toBe(false);
  });
});
