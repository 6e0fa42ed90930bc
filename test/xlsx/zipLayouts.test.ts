/**
 * The zip layer on archives laid out as other writers lay them out (made by
 * fixtures/archives/repack.py from the corpus's macro-enabled book): data
 * descriptors (streaming writers), ZIP64 records (archives past 4 GB) and
 * stored members; and awkward member names. Each builds; every part a build
 * need not change leaves with the very bytes it was stored as; the output is a
 * plain zip that openpyxl opens.
 */
import AdmZip from "adm-zip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readWorkbookTables, WorkbookUnreadableError } from "../../src/xlsx/readWorkbook";
import { scorecard, scratch } from "../cli/run";
import { openInOpenpyxl, skipReason } from "./corpus/support/externalReaders";
import { type OpenedPackage, openPackage } from "./corpus/support/openPackage";
import { lostOrChangedParts, partsABuildMayChange } from "./corpus/support/packageChecks";
import { unexpectedStderr } from "./corpus/support/runCliProcess";
import { storedParts } from "./fixtures/rawPackage";

const DIR = fileURLToPath(new URL("./fixtures/archives", import.meta.url));
const DESCRIPTOR_FLAG = 0x08;
const ZIP64_EXTRA = 0x0001;

const members = (bytes: Uint8Array): AdmZip.IZipEntry[] => new AdmZip(Buffer.from(bytes), { noSort: true }).getEntries();
const hasZip64Extra = (m: AdmZip.IZipEntry): boolean => m.extra.byteLength >= 4 && m.extra.readUInt16LE(0) === ZIP64_EXTRA;
const ZIP64_END = Buffer.from([0x50, 0x4b, 0x06, 0x06]);

const LAYOUTS = [
  {
    file: "descriptors.xlsm",
    layout: "a data descriptor after every member",
    isLaidOut: (bytes: Uint8Array) => members(bytes).every((m) => m.header.flags & DESCRIPTOR_FLAG),
  },
  {
    file: "zip64.xlsm",
    layout: "ZIP64 extra fields and a ZIP64 end record",
    isLaidOut: (bytes: Uint8Array) => Buffer.from(bytes).includes(ZIP64_END) && members(bytes).every(hasZip64Extra),
  },
  {
    file: "stored.xlsm",
    layout: "every member stored, not deflated",
    isLaidOut: (bytes: Uint8Array) => members(bytes).every((m) => m.header.method === 0),
  },
];

const dir = scratch();

describe.each(LAYOUTS)("an archive with $layout ($file)", ({ file, isLaidOut }) => {
  const path = join(DIR, file);
  const output = join(dir, `built-${file}`);
  const input = new Uint8Array(readFileSync(path));
  let built: Uint8Array;
  let run: Awaited<ReturnType<typeof scorecard>>;

  beforeAll(async () => {
    run = await scorecard("build", path, "-o", output);
    if (run.code === 0) built = new Uint8Array(readFileSync(output));
  }, 120_000);

  it("is laid out that way (the fixture is what it claims)", () => {
    expect(isLaidOut(input)).toBe(true);
  });

  it("builds", () => {
    expect(unexpectedStderr(run.stderr)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("keeps every part it need not change, read by another zip reader, byte for byte", async () => {
    const before: OpenedPackage = await openPackage(input);
    const after: OpenedPackage = await openPackage(built);
    expect(lostOrChangedParts(before, after)).toEqual({ missing: [], changed: [] });
  });

  it("copies those parts as they were stored: same method, CRC and compressed bytes, not compressed again", async () => {
    const changeable = partsABuildMayChange(await openPackage(input));
    const out = storedParts(built);
    const copied = [...storedParts(input)].filter(([name]) => !changeable.has(name));
    expect(copied.length).toBeGreaterThan(20);
    for (const [name, stored] of copied) expect(out.get(name), name).toEqual(stored);
  });

  it("writes a plain zip: no data descriptors, and every member's CRC checks out when read", () => {
    const written = members(built);
    expect(written.filter((m) => m.header.flags & DESCRIPTOR_FLAG).map((m) => m.entryName)).toEqual([]);
    for (const m of written) expect(() => m.getData(), m.entryName).not.toThrow();
  });

  it.skipIf(skipReason("openpyxl"))("opens in openpyxl with the person's sheets first", () => {
    const before = openInOpenpyxl(path).sheets;
    expect(openInOpenpyxl(output).sheets.slice(0, before.length)).toEqual(before);
  });
});

describe("awkward member names (names.xlsm): one written with backslashes, one listed twice", () => {
  const path = join(DIR, "names.xlsm");
  const output = join(dir, "built-names.xlsm");
  const CHANGED = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

  it("builds, keeping every member under its own name, in its place, as it was stored", async () => {
    const run = await scorecard("build", path, "-o", output);
    expect(unexpectedStderr(run.stderr)).toEqual([]);
    expect(run.code).toBe(0);
    const before = members(readFileSync(path));
    const after = members(readFileSync(output)).slice(0, before.length);
    expect(before.map((m) => m.entryName)).toEqual(expect.arrayContaining(["customXml\\notes.xml"]));
    expect(before.filter((m) => m.entryName === "docProps/core.xml")).toHaveLength(2);
    expect(after.map((m) => m.entryName)).toEqual(before.map((m) => m.entryName));
    before.forEach((m, i) => {
      if (CHANGED.includes(m.entryName)) return;
      expect(after[i]!.getCompressedData().equals(m.getCompressedData()), m.entryName).toBe(true);
    });
  }, 120_000);
});

describe("a damaged member", () => {
  it("is named in the one-sentence error when its bytes no longer match its CRC", async () => {
    const bytes = new Uint8Array(readFileSync(join(DIR, "stored.xlsm")));
    // Stored, so the workbook part's text is in the file as it is: change one letter of it.
    const at = Buffer.from(bytes).indexOf("<sheets>");
    expect(at).toBeGreaterThan(0);
    bytes[at + 1] = "S".charCodeAt(0);
    const error = await readWorkbookTables(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookUnreadableError);
    expect((error as WorkbookUnreadableError).code).toBe("CORRUPT");
    expect((error as Error).message).toBe(
      "The workbook is damaged (its part xl/workbook.xml cannot be read) and cannot be opened; open it in Excel and save it again.",
    );
  });

  it("is named when its stored bytes run past the end of the file", async () => {
    const bytes = readFileSync(join(DIR, "zip64.xlsm"));
    const last = members(bytes).at(-1)!;
    // The central directory says the last member's data is far longer than the file.
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const extra = central + 46 + last.header.fileNameLength;
    expect(bytes.readUInt16LE(extra)).toBe(ZIP64_EXTRA);
    bytes.writeUInt32LE(0x7fffffff, extra + 4 + 8); // its ZIP64 compressed size
    const error = await readWorkbookTables(new Uint8Array(bytes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookUnreadableError);
    expect((error as Error).message).toContain(`its part ${last.entryName} cannot be read`);
  });
});
