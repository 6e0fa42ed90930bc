/**
 * Valid packages that are awkward to read, built part by part: a workbook
 * part outside xl/, relationships written with an `ns0:` prefix (as Python's
 * ElementTree writes them), a table without a name, 50,000 merged ranges, a
 * whole-column merge, an autofilter on icons. Each holds a small IndicatorData
 * table unless told not to.
 */
import { zip } from "@cj-tech-master/excelts/archive";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface AwkwardSheet {
  name: string;
  /** `<row>` elements. */
  rows: string[];
  /** XML that follows sheetData (mergeCells, autoFilter …), in schema order. */
  after?: string;
  /** A table on the sheet; `name` left out writes a table without one. */
  table?: { name?: string; displayName: string; ref: string; columns: string[] };
}

export interface AwkwardBookOptions {
  /** Where the workbook part lives (default xl/workbook.xml). */
  workbookPart?: string;
  /** Write every relationships part with an `ns0:` prefix. */
  prefixedRelationships?: boolean;
}

const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, n: number): string => `<c r="${ref}"><v>${n}</v></c>`;

/** The figures every awkward book carries: IA_OOT and CA_OOT, July to October 2012. */
export const INDICATOR_DATA_FIGURES: [string, string, number][] = [
  ["IA_OOT", "2012-07", 41],
  ["IA_OOT", "2012-08", 48],
  ["IA_OOT", "2012-09", 57],
  ["IA_OOT", "2012-10", 63],
  ["CA_OOT", "2012-07", 61],
  ["CA_OOT", "2012-08", 70],
  ["CA_OOT", "2012-09", 78],
  ["CA_OOT", "2012-10", 78],
];

/** A sheet named IndicatorData holding the IndicatorData table. */
export function indicatorDataSheet(): AwkwardSheet {
  const rows = [`<row r="1">${inline("A1", "Code")}${inline("B1", "Period")}${inline("C1", "Value")}</row>`];
  INDICATOR_DATA_FIGURES.forEach(([code, period, value], i) => {
    const r = i + 2;
    rows.push(`<row r="${r}">${inline(`A${r}`, code)}${inline(`B${r}`, period)}${num(`C${r}`, value)}</row>`);
  });
  const ref = `A1:C${INDICATOR_DATA_FIGURES.length + 1}`;
  return {
    name: "IndicatorData",
    rows,
    table: { name: "IndicatorData", displayName: "IndicatorData", ref, columns: ["Code", "Period", "Value"] },
  };
}

/** A sheet of `count` two-cell merges (A1:B1, A2:B2, …), as a form laid out with merged cells has. */
export function manyMergesSheet(name: string, count: number): AwkwardSheet {
  const merges: string[] = [];
  for (let r = 1; r <= count; r++) merges.push(`<mergeCell ref="A${r}:B${r}"/>`);
  return {
    name,
    rows: [`<row r="1">${inline("A1", "Form")}</row>`],
    after: `<mergeCells count="${count}">${merges.join("")}</mergeCells>`,
  };
}

/** A template sheet whose column A is merged top to bottom. */
export function wholeColumnMergeSheet(name: string): AwkwardSheet {
  return {
    name,
    rows: [`<row r="1">${inline("A1", "Side panel")}</row>`],
    after: '<mergeCells count="1"><mergeCell ref="A1:A1048576"/></mergeCells>',
  };
}

/** A sheet filtered to show only the rows with a green traffic light. */
export function iconFilterSheet(name: string): AwkwardSheet {
  const rows = [`<row r="1">${inline("A1", "Team")}${inline("B1", "Rating")}</row>`];
  ["East", "Mid", "West"].forEach((team, i) =>
    rows.push(`<row r="${i + 2}">${inline(`A${i + 2}`, team)}${num(`B${i + 2}`, i + 1)}</row>`),
  );
  return {
    name,
    rows,
    after:
      '<autoFilter ref="A1:B4"><filterColumn colId="1"><iconFilter iconSet="3TrafficLights1" iconId="2"/></filterColumn></autoFilter>' +
      '<conditionalFormatting sqref="B2:B4"><cfRule type="iconSet" priority="1"><iconSet iconSet="3TrafficLights1">' +
      '<cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet></cfRule></conditionalFormatting>',
  };
}

/** A sheet holding a table that has a display name but no name. */
export function unnamedTableSheet(name: string): AwkwardSheet {
  return {
    name,
    rows: [
      `<row r="1">${inline("A1", "Team")}${inline("B1", "Caseload")}</row>`,
      `<row r="2">${inline("A2", "East")}${num("B2", 18)}</row>`,
    ],
    table: { displayName: "Caseloads", ref: "A1:B2", columns: ["Team", "Caseload"] },
  };
}

function tableXml(table: NonNullable<AwkwardSheet["table"]>, id: number): string {
  const name = table.name === undefined ? "" : ` name="${table.name}"`;
  const columns = table.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${c}"/>`).join("");
  return `${XML}<table xmlns="${MAIN}" id="${id}"${name} displayName="${table.displayName}" ref="${table.ref}" totalsRowShown="0"><autoFilter ref="${table.ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`;
}

function relsXml(items: [string, string, string][], prefixed: boolean): string {
  const p = prefixed ? "ns0:" : "";
  const body = items
    .map(([id, type, target]) => `<${p}Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join("");
  return `${XML}<${p}Relationships xmlns${prefixed ? ":ns0" : ""}="${PKG}">${body}</${p}Relationships>`;
}

const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The package's bytes: the sheets in order, with the workbook where asked. */
export async function awkwardBook(sheets: AwkwardSheet[], options: AwkwardBookOptions = {}): Promise<Uint8Array> {
  const book = options.workbookPart ?? "xl/workbook.xml";
  const prefixed = options.prefixedRelationships ?? false;
  const dir = book.includes("/") ? book.slice(0, book.lastIndexOf("/")) : "";
  const at = (path: string): string => (dir ? `${dir}/${path}` : path);
  const parts = new Map<string, string>();
  const overrides: [string, string][] = [
    [book, `${CT}.sheet.main+xml`],
    [at("styles.xml"), `${CT}.styles+xml`],
  ];
  const bookRels: [string, string, string][] = [];
  let tables = 0;
  sheets.forEach((sheet, i) => {
    const n = i + 1;
    const part = at(`worksheets/sheet${n}.xml`);
    let tablePart = "";
    if (sheet.table) {
      tables++;
      const target = `tables/table${tables}.xml`;
      parts.set(at(target), tableXml(sheet.table, tables));
      overrides.push([at(target), `${CT}.table+xml`]);
      parts.set(at(`worksheets/_rels/sheet${n}.xml.rels`), relsXml([["rId1", "table", `../${target}`]], prefixed));
      tablePart = '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>';
    }
    parts.set(
      part,
      `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheet.rows.join("")}</sheetData>${sheet.after ?? ""}${tablePart}</worksheet>`,
    );
    overrides.push([part, `${CT}.worksheet+xml`]);
    bookRels.push([`rId${n}`, "worksheet", `worksheets/sheet${n}.xml`]);
  });
  bookRels.push([`rId${sheets.length + 1}`, "styles", "styles.xml"]);
  parts.set(at("styles.xml"), STYLES);
  const sheetList = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  parts.set(book, `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList}</sheets></workbook>`);
  const bookName = book.slice(book.lastIndexOf("/") + 1);
  parts.set(at(`_rels/${bookName}.rels`), relsXml(bookRels, prefixed));
  parts.set("_rels/.rels", relsXml([["rId1", "officeDocument", book]], prefixed));
  parts.set(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([p, t]) => `<Override PartName="/${p}" ContentType="${t}"/>`).join("")}</Types>`,
  );

  let archive = zip();
  for (const name of [
    "[Content_Types].xml",
    "_rels/.rels",
    ...[...parts.keys()].filter((k) => k !== "[Content_Types].xml" && k !== "_rels/.rels"),
  ])
    archive = archive.add(name, parts.get(name)!);
  return archive.bytes();
}
