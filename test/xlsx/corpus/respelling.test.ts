/**
 * Issue 11, part 4, as a property: every corpus book, its XML written again in
 * spellings XML allows (white space inside tags, single quotes, attributes
 * in another order, empty elements written out, comments and line breaks
 * between elements, prefixed elements, another prefix for relationships,
 * text and values in CDATA sections),
 * reads as the same tables, and builds.
 */
import AdmZip from "adm-zip";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareBuild } from "../../../src/build";
import { applyPlanToWorkbook } from "../../../src/xlsx/applyPlan";
import { readWorkbookTables } from "../../../src/xlsx/readWorkbook";
import { scorecard, scratch } from "../../cli/run";
import { CORPUS } from "./support/corpusBooks";
import { openPackage } from "./support/openPackage";
import { inputAddress, sheetCells, typeInto } from "./support/sheetCells";
import { sheetsOf } from "./support/workbookSheets";
import { asStrict, respellPackage, respellXml, type Spelling } from "./support/respell";

const spelling: fc.Arbitrary<Spelling> = fc.record({
  spacedStartTags: fc.boolean(),
  spacedEndTags: fc.boolean(),
  singleQuotes: fc.boolean(),
  comments: fc.boolean(),
  lineBreaks: fc.boolean(),
  prefixed: fc.boolean(),
  reversedAttributes: fc.boolean(),
  expandedEmpty: fc.boolean(),
  renamedRelationshipPrefix: fc.boolean(),
  cdata: fc.boolean(),
});

const EVERY: Spelling = {
  spacedStartTags: true,
  spacedEndTags: true,
  singleQuotes: true,
  comments: true,
  lineBreaks: true,
  prefixed: true,
  reversedAttributes: true,
  expandedEmpty: true,
  renamedRelationshipPrefix: true,
  cdata: true,
};

const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("the respelling itself", () => {
  it("changes the spelling, not the content", () => {
    const xml = `<?xml version="1.0"?>\n<sst xmlns="urn:main" xmlns:r="${RELS}" count="2"><si r:id="rId1"><t xml:space="preserve"> a </t></si><si/></sst>`;
    expect(respellXml(xml, EVERY)).toBe(
      `<?xml version="1.0"?>\n<sp0:sst\n  count = '2'\n  xmlns:rel = '${RELS}'\n  xmlns:sp0 = 'urn:main' >` +
        `<sp0:si\n  rel:id = 'rId1' ><sp0:t\n  xml:space = 'preserve' ><![CDATA[ a ]]></sp0:t ><!-- respelled -->\r\n</sp0:si ><!-- respelled -->\r\n` +
        `<sp0:si ></sp0:si ><!-- respelled -->\r\n</sp0:sst >`,
    );
  });
});

describe.each(CORPUS)("$file ($producer), respelled", ({ path }) => {
  const bytes = new Uint8Array(readFileSync(path));

  it("reads as the same tables in every spelling", async () => {
    const original = await readWorkbookTables(bytes);
    expect(original.size).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(spelling, async (s) => {
        expect(await readWorkbookTables(respellPackage(bytes, s))).toEqual(original);
      }),
      { numRuns: 20, seed: 20121031 },
    );
  }, 120_000);

  it("reads as the same tables when saved as Strict Open XML", async () => {
    expect(await readWorkbookTables(asStrict(bytes))).toEqual(await readWorkbookTables(bytes));
  });

  it("builds from the most respelled copy: every part of the output well-formed, its tables unchanged", async () => {
    const respelled = respellPackage(bytes, EVERY);
    const tables = await readWorkbookTables(respelled);
    const prepared = prepareBuild(tables, { allowErrors: true });
    if (prepared.kind !== "ready") throw new Error(`expected a plan, got ${prepared.kind}`);
    const { bytes: out } = await applyPlanToWorkbook(respelled, prepared.plan);
    const after = await readWorkbookTables(out);
    for (const [name, table] of tables) expect(after.get(name)).toEqual(table);
    // Edited parts too: an attribute set without reading its spacing would be written twice.
    for (const entry of new AdmZip(Buffer.from(out)).getEntries()) {
      if (/\.(xml|rels)$/i.test(entry.entryName)) expect([entry.entryName, XMLValidator.validate(entry.getData().toString("utf8"))]).toEqual([entry.entryName, true]);
    }
  }, 120_000);
});

describe.each(CORPUS)("refreshing $file after its dashboard was saved in other spellings", ({ file, path }) => {
  it("keeps the typed commentary and one copy of each generated sheet, every part well-formed", async () => {
    const dir = scratch();
    const first = join(dir, `first-${file}`);
    expect((await scorecard("build", path, "-o", first)).code).toBe(0);
    const built = await openPackage(new Uint8Array(readFileSync(first)));
    const address = inputAddress(built, "Member Dashboard", "commentary:IA_OOT");
    const typed = join(dir, `typed-${file}`);
    writeFileSync(typed, respellPackage(await typeInto(built, "Member Dashboard", address, "Typed before the respelling."), EVERY));
    const second = join(dir, `second-${file}`);
    expect((await scorecard("build", typed, "-o", second)).code).toBe(0);
    const rebuilt = await openPackage(new Uint8Array(readFileSync(second)));
    expect(sheetCells(rebuilt, "Member Dashboard").get(inputAddress(rebuilt, "Member Dashboard", "commentary:IA_OOT"))).toBe("Typed before the respelling.");
    expect(sheetsOf(rebuilt).map((sheet) => sheet.name)).toEqual(sheetsOf(built).map((sheet) => sheet.name));
    for (const [name, part] of rebuilt.parts) {
      if (/\.(xml|rels)$/i.test(name)) expect([name, XMLValidator.validate(new TextDecoder().decode(part))]).toEqual([name, true]);
    }
  }, 120_000);
});
