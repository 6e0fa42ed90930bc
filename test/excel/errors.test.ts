import { describe, expect, it } from "vitest";
import { ExcelShellError, excelErrorSentence, mapExcelError } from "../../src/excel/errors";

describe("mapExcelError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "EXCEL_CELL_EDIT_MODE"],
    ["AccessDenied", "EXCEL_ACCESS_DENIED"],
    ["ApiNotFound", "EXCEL_API_MISSING"],
    ["RequestPayloadSizeLimitExceeded", "EXCEL_REQUEST_TOO_LARGE"],
    ["ResponsePayloadSizeLimitExceeded", "EXCEL_RESPONSE_TOO_LARGE"],
    ["ItemAlreadyExists", "EXCEL_NAME_TAKEN"],
    ["ItemNotFound", "EXCEL_ITEM_GONE"],
    ["InvalidArgument", "EXCEL_INVALID_ARGUMENT"],
    ["GeneralException", "EXCEL_ERROR"],
    ["toString", "EXCEL_ERROR"],
  ])("Excel's %s becomes %s with a sentence", (excelCode, code) => {
    const mapped = mapExcelError({ code: excelCode, message: "raw" }, "write");
    expect(mapped).toBeInstanceOf(ExcelShellError);
    expect(mapped).toMatchObject({ code, excelCode, phase: "write", name: "ExcelShellError" });
    expect(mapped.message).toBe(excelErrorSentence(mapped.code));
  });

  it("tells people what to do next", () => {
    expect(excelErrorSentence("EXCEL_CELL_EDIT_MODE")).toMatch(/Press Enter or Esc/);
  });

  it("wraps non-Office errors and passes mapped ones through", () => {
    const plain = mapExcelError(new TypeError("boom"), "read");
    expect(plain).toMatchObject({ code: "EXCEL_ERROR", excelCode: undefined });
    expect(plain.cause).toBeInstanceOf(TypeError);
    expect(mapExcelError(plain, "write")).toBe(plain);
  });
});
