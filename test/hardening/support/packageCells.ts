/**
 * Reads cells straight from an .xlsx package's XML, independent of excelts'
 * reader: what Excel itself will see (formula elements, string cells, styles).
 */
import { partNames, partText } from "../../xlsx/fixtures/zipParts";

export interface PackageCell {
  address: string;
  /** The `t` attribute: "s" shared string, "inlineStr", "str", "b", "e", or "n" (number, the default). */
  type: string;
  /** The cell's text for string cells, its raw `<v>` otherwise. */
  value: string | undefined;
  /** True when the cell carries an `<f>` element: Excel would compute it. */
  formula: boolean;
  /** The number format id of the cell's style (49 is text, "@"). */
  numFmtId: number;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text → string (named and numeric character references). */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref] ?? whole;
  });
}

/** The concatenated `<t>` runs of one `<si>` or `<is>` element. */
const runsText = (xml: string): string =>
  decodeXml([...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join(""));

export async function sharedStrings(bytes: Uint8Array): Promise<string[]> {
  if (!(await partNames(bytes)).includes("xl/sharedStrings.xml")) return [];
  const xml = await partText(bytes, "xl/sharedStrings.xml");
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runsText(m[1]!));
}

/** numFmtId by cellXfs index. */
async function styleFormats(bytes: Uint8Array): Promise<number[]> {
  const xml = await partText(bytes, "xl/styles.xml");
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...cellXfs.matchAll(/<xf\b([^>]*)>?/g)].map((m) => Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0));
}

/** Tab names with the part that holds each, in workbook order. */
export async function sheetParts(bytes: Uint8Array): Promise<{ name: string; path: string }[]> {
  const workbook = await partText(bytes, "xl/workbook.xml");
  const rels = await partText(bytes, "xl/_rels/workbook.xml.rels");
  return [...workbook.matchAll(/<sheet\b([^>]*)\/>/g)].map((m) => {
    const attrs = m[1]!;
    const name = decodeXml(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? "");
    const rId = /\br:id="([^"]*)"/.exec(attrs)?.[1];
    const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    return { name, path: target.startsWith("/") ? target.slice(1) : `xl/${target}` };
  });
}

/** Every cell of the sheet part at `path`. */
export async function packageCells(bytes: Uint8Array, path: string): Promise<PackageCell[]> {
  const [xml, strings, formats] = await Promise.all([partText(bytes, path), sharedStrings(bytes), styleFormats(bytes)]);
  const cells: PackageCell[] = [];
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1]!;
    const body = m[2] ?? "";
    const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? "n";
    const raw = /<v>([^<]*)<\/v>/.exec(body)?.[1];
    const value =
      type === "s"
        ? strings[Number(raw)]
        : type === "inlineStr"
          ? runsText(body)
          : raw === undefined
            ? undefined
            : decodeXml(raw);
    cells.push({
      address: /\br="([A-Z]+\d+)"/.exec(attrs)?.[1] ?? "",
      type,
      value,
      formula: /<f[\s>/]/.test(body),
      numFmtId: formats[Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0)] ?? 0,
    });
  }
  return cells;
}
