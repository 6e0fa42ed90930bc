import { zip } from "@cj-tech-master/excelts/archive";
import { describe, expect, it } from "vitest";
import { readWorkbookTables, WorkbookUnreadableError } from "../../src/xlsx/readWorkbook";
import { excelWorkbook } from "./fixtures/excelWorkbook";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file header, optionally naming a stream in its directory (UTF-16LE). */
function oleBytes(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set(OLE_MAGIC);
  if (streamName)
    bytes.set(
      Array.from(streamName).flatMap((ch) => [ch.charCodeAt(0), 0]),
      1024,
    );
  return bytes;
}

async function codeOf(bytes: Uint8Array): Promise<string> {
  try {
    await readWorkbookTables(bytes);
  } catch (error) {
    if (error instanceof WorkbookUnreadableError) return error.code;
    throw error;
  }
  return "read";
}

const smallWorkbook = (): Promise<Uint8Array> =>
  excelWorkbook((wb) => void (wb.addWorksheet("S").getCell("A1").value = 1));

describe("readWorkbookTables: files that are not a readable .xlsx", () => {
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, string]> = [
    ["a CSV renamed .xlsx", () => new TextEncoder().encode("Code,Period,Value\nNI 62,2012-10,230\n"), "NOT_A_WORKBOOK"],
    ["an empty file", () => new Uint8Array(0), "NOT_A_WORKBOOK"],
    ["a zip that is not a workbook", () => zip().add("word/document.xml", "<w:document/>").bytes(), "NOT_A_WORKBOOK"],
    [
      "a binary workbook (.xlsb)",
      () =>
        zip()
          .add("xl/workbook.bin", new Uint8Array([1, 2, 3]))
          .bytes(),
      "NOT_A_WORKBOOK",
    ],
    ["a legacy .xls (OLE)", () => oleBytes("Workbook"), "ENCRYPTED"],
    ["a password-protected workbook (OLE)", () => oleBytes("EncryptedPackage"), "ENCRYPTED"],
    ["a truncated workbook", async () => (await smallWorkbook()).slice(0, 700), "CORRUPT"],
  ];

  it.each(cases)("rejects %s", async (_label, make, code) => {
    expect(await codeOf(await make())).toBe(code);
  });

  it("rejects a workbook whose parts are damaged", async () => {
    const bytes = (await smallWorkbook()).slice();
    bytes.fill(0, 300, 900); // inside the first compressed part, leaving the zip directory intact
    expect(await codeOf(bytes)).toBe("CORRUPT");
  });

  it("says one sentence that tells the analyst what to do", async () => {
    const error = await readWorkbookTables(oleBytes("EncryptedPackage")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookUnreadableError);
    expect((error as Error).message).toMatch(/without a password\.$/);
    expect((error as Error).message.split(". ")).toHaveLength(1);
  });

  it("reads a small real workbook (the control case)", async () => {
    expect(await codeOf(await smallWorkbook())).toBe("read");
  });
});
