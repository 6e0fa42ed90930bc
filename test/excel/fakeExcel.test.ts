/** The fake must behave like Excel where the shell depends on it, or the shell's tests prove nothing. */
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../fakes/fakeExcel";

const one = () => createFakeExcel({ sheets: [{ name: "Sheet1", cells: [["a", 1]] }] });

describe("the fake request context", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const fake = one();
    const range = fake.context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await fake.context.sync();
    expect(range.values).toEqual([["a", 1]]);
  });

  it("applies writes only at sync and counts syncs and request sizes", async () => {
    const fake = one();
    fake.context.workbook.worksheets.getItem("Sheet1").getRange("C1").values = [["x"]];
    expect(fake.sheet("Sheet1").cell("C1").value).toBeNull();
    await fake.context.sync();
    expect(fake.sheet("Sheet1").cell("C1").value).toBe("x");
    expect(fake.syncCount).toBe(1);
    expect(fake.requestSizes[0]).toBeGreaterThan(0);
  });

  it("rejects values whose shape differs from the range", async () => {
    const fake = one();
    fake.context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it.each([
    ["=HYPERLINK(\"x\")", { formula: '=HYPERLINK("x")' }],
    ["@x", { formula: "=@x" }],
    ["-ve", { formula: "=-ve" }],
    ["-1", { value: -1 }],
    ["Oct 2012", { value: 41183 }],
  ])("re-reads %j typed into a General cell, but not into a text cell", async (text, general) => {
    const fake = one();
    const ws = fake.context.workbook.worksheets.getItem("Sheet1");
    ws.getRange("A2").values = [[text]];
    ws.getRange("B2").numberFormat = [["@"]];
    ws.getRange("B2").values = [[text]];
    await fake.context.sync();
    expect(fake.sheet("Sheet1").cell("A2")).toMatchObject(general);
    expect(fake.sheet("Sheet1").cell("B2")).toMatchObject({ value: text, numberFormat: "@" });
    expect(fake.sheet("Sheet1").cell("B2").formula).toBeUndefined();
  });

  it("keeps sheet names unique (ignoring case) and at most 31 characters", async () => {
    const fake = one();
    fake.context.workbook.worksheets.add("SHEET1");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    fake.context.workbook.worksheets.add("x".repeat(32));
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses to delete the last sheet", async () => {
    const fake = one();
    fake.context.workbook.worksheets.getItem("Sheet1").delete();
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });

  it("rejects writes to a protected sheet with AccessDenied", async () => {
    const fake = one();
    fake.protectSheet("Sheet1");
    fake.context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["changed"]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.sheet("Sheet1").cell("A1").value).toBe("a");
  });

  it("fails newer APIs with ApiNotFound on an older host", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] }, { apiVersion: "1.8" });
    fake.context.workbook.worksheets.getItem("S").pageLayout.orientation = "Landscape";
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("keeps operations before an injected failure, like Excel", async () => {
    const fake = one();
    fake.failOn({ sync: 1, code: "GeneralException", atOp: "Range.values", occurrence: 2 });
    const ws = fake.context.workbook.worksheets.getItem("Sheet1");
    ws.getRange("C1").values = [["first"]];
    ws.getRange("D1").values = [["second"]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.sheet("Sheet1").cell("C1").value).toBe("first");
    expect(fake.sheet("Sheet1").cell("D1").value).toBeNull();
  });

  it("fails a request larger than its cap before running anything", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] }, { requestLimit: 1000 });
    fake.context.workbook.worksheets.getItem("S").getRange("A1:A200").values = Array.from({ length: 200 }, () => ["some text"]);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.sheet("S").values()).toEqual([]);
  });

  it("gives null objects for missing items, known only after sync", async () => {
    const fake = one();
    const missing = fake.context.workbook.worksheets.getItemOrNullObject("Nope");
    const used = fake.context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true).load("address");
    expect(() => missing.isNullObject).toThrow();
    await fake.context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(used.address).toBe("Sheet1!A1:B1");
  });
});

describe("the fake's cell text limit and sheet protection", () => {
  it("refuses a whole write when one string is longer than a cell holds, changing nothing", async () => {
    const fake = one();
    fake.context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["b", "x".repeat(32_768)]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.sheet("Sheet1").values()).toEqual([["a", 1]]);
    fake.context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["x".repeat(32_767)]];
    await fake.context.sync();
    expect(fake.sheet("Sheet1").cell("B1").value).toHaveLength(32_767);
  });

  it("reports protection and its options, never the password", async () => {
    const fake = one();
    fake.protectSheet("Sheet1", true, { options: { allowSort: true }, password: "secret" });
    const protection = fake.context.workbook.worksheets.getItem("Sheet1").protection.load("protected,options");
    await fake.context.sync();
    expect(protection.protected).toBe(true);
    expect(protection.options).toMatchObject({ allowSort: true, allowFormatCells: false });
    expect(JSON.stringify(protection.options)).not.toContain("secret");
  });

  it("refuses to protect a protected sheet, and to unprotect without its password", async () => {
    const fake = one();
    fake.protectSheet("Sheet1", true, { password: "secret" });
    const ws = fake.context.workbook.worksheets.getItem("Sheet1");
    ws.protection.protect({ allowSort: true });
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    ws.protection.unprotect();
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ws.protection.unprotect("secret");
    ws.protection.protect({ allowSort: true });
    await fake.context.sync();
    expect(fake.sheet("Sheet1").protection).toEqual({ protected: true, options: expect.objectContaining({ allowSort: true }) as unknown });
  });

  it("lets a protected sheet be renamed and deleted, as Excel does when the structure is not protected", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Keep" }, { name: "Old", protected: true }] });
    const ws = fake.context.workbook.worksheets.getItem("Old");
    ws.name = "Parked";
    ws.delete();
    await fake.context.sync();
    expect(fake.sheetNames()).toEqual(["Keep"]);
  });
});
