import { describe, expect, it } from "vitest";
import { ExcelShellError, excelErrorSentence, mapExcelError } from "../../src/excel/errors";

describe("mapExcelError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "InvalidOperationInCellEditMode"],
    ["AccessDenied", "AccessDenied"],
    ["ApiNotFound", "ApiNotFound"],
    ["RequestPayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"],
    ["ResponsePayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"],
    ["GeneralException", "ExcelError"],
  ])("Excel's %s becomes %s with a sentence", (excelCode, code) => {
    const mapped = mapExcelError({ code: excelCode, message: "raw" }, "write");
    expect(mapped).toBeInstanceOf(ExcelShellError);
    expect(mapped).toMatchObject({ code, excelCode, phase: "write", name: "ExcelShellError" });
    expect(mapped.message).toBe(excelErrorSentence(mapped.code));
  });

  it("tells people what to do next", () => {
    expect(excelErrorSentence("InvalidOperationInCellEditMode")).toMatch(/Press Enter or Esc/);
  });

  it("wraps non-Office errors and passes mapped ones through", () => {
    const plain = mapExcelError(new TypeError("boom"), "read");
    expect(plain).toMatchObject({ code: "ExcelError", excelCode: undefined });
    expect(plain.cause).toBeInstanceOf(TypeError);
    expect(mapExcelError(plain, "write")).toBe(plain);
  });
});
