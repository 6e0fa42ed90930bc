/**
 * Adds the generated sheets' cell formats to the person's styles part without
 * disturbing it: fonts, fills, borders, number formats and cell formats are
 * APPENDED, so every existing index keeps its meaning, and an entry already
 * there (from the person or from an earlier build) is reused rather than added
 * again, so refreshes do not grow the part.
 */
import { decodeXml, escapeXml, findElement, findElements, rootEndTag, rootPrefix, withAttribute, withPrefix, withoutPrefix, type XmlElement } from "./xmlText";

/** The styles part's collections, in the order the schema requires. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
type Collection = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";
const ITEM: Record<Collection, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf" };
const FIRST_CUSTOM_FORMAT = 164;

interface Section {
  element?: XmlElement;
  /** Normalised text of each entry → its index. */
  index: Map<string, number>;
  count: number;
  added: string[];
}

const normalise = (xml: string): string => withoutPrefix(xml).replace(/>\s+</g, "><").trim();

function readSection(xml: string, name: Collection): Section {
  const element = findElement(xml, name);
  const index = new Map<string, number>();
  const items = element ? findElements(xml, ITEM[name], element.innerStart, element.innerEnd) : [];
  items.forEach((item, i) => {
    const key = normalise(xml.slice(item.start, item.end));
    if (!index.has(key)) index.set(key, i);
  });
  return { ...(element ? { element } : {}), index, count: items.length, added: [] };
}

/** Sets numbered attributes on an entry's start tag ("fontId" → 3). */
function withIds(entry: string, ids: Record<string, number | undefined>): string {
  const end = entry.indexOf(">");
  let tag = entry.slice(0, end);
  for (const [name, value] of Object.entries(ids)) {
    const pattern = new RegExp(`\\s${name}="[^"]*"`);
    if (value === undefined) tag = tag.replace(pattern, "");
    else if (pattern.test(tag)) tag = tag.replace(pattern, ` ${name}="${value}"`);
  }
  return tag + entry.slice(end);
}

/** The person's styles part with entries appended; `add*` give the index to use in the output. */
export class StyleAppender {
  private readonly sections: Record<Collection, Section>;
  private readonly formatIds = new Map<string, number>();
  private nextFormatId: number;
  private readonly hasCellStyleXfs: boolean;

  constructor(private readonly xml: string) {
    this.sections = {
      numFmts: readSection(xml, "numFmts"),
      fonts: readSection(xml, "fonts"),
      fills: readSection(xml, "fills"),
      borders: readSection(xml, "borders"),
      cellXfs: readSection(xml, "cellXfs"),
    };
    let max = FIRST_CUSTOM_FORMAT - 1;
    const numFmts = this.sections.numFmts.element;
    for (const f of numFmts ? findElements(xml, "numFmt", numFmts.innerStart, numFmts.innerEnd) : []) {
      const id = Number(f.attrs.numFmtId);
      max = Math.max(max, id);
      const code = f.attrs.formatCode ?? "";
      if (!this.formatIds.has(code)) this.formatIds.set(code, id);
    }
    this.nextFormatId = max + 1;
    this.hasCellStyleXfs = findElements(xml, "xf", ...this.range("cellStyleXfs")).length > 0;
  }

  private range(name: string): [number, number] {
    const element = findElement(this.xml, name);
    return element ? [element.innerStart, element.innerEnd] : [0, 0];
  }

  private add(name: Collection, entry: string): number {
    const section = this.sections[name];
    const key = normalise(entry);
    const found = section.index.get(key);
    if (found !== undefined) return found;
    const index = section.count + section.added.length;
    section.added.push(key);
    section.index.set(key, index);
    return index;
  }

  /** A number format id for a format code: built-in ids stay, custom codes are reused or appended. */
  numberFormat(id: number, code: string | undefined): number {
    if (id < FIRST_CUSTOM_FORMAT || code === undefined) return id;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const next = this.nextFormatId++;
    this.formatIds.set(code, next);
    this.sections.numFmts.added.push(`<numFmt numFmtId="${next}" formatCode="${escapeXml(code)}"/>`);
    return next;
  }

  font(entry: string): number {
    return this.add("fonts", entry);
  }

  fill(entry: string): number {
    return this.add("fills", entry);
  }

  border(entry: string): number {
    return this.add("borders", entry);
  }

  /** A cell format (its font, fill, border and number format ids already in this part's terms). */
  cellFormat(entry: string): number {
    return this.add("cellXfs", this.hasCellStyleXfs ? withIds(entry, { xfId: 0 }) : withIds(entry, { xfId: undefined }));
  }

  /** The styles part with every appended entry, counts updated; unchanged text when nothing was added. */
  result(): string {
    const prefix = rootPrefix(this.xml);
    const edits: { at: number; end: number; text: string }[] = [];
    let missing = "";
    for (const name of ORDER) {
      const element = findElement(this.xml, name);
      const section = name in ITEM ? this.sections[name as Collection] : undefined;
      const added = section ? section.added.map((e) => withPrefix(e, prefix)).join("") : "";
      // A collection the part lacks goes just before the next one it has.
      if (element && missing) {
        edits.push({ at: element.start, end: element.start, text: missing });
        missing = "";
      }
      if (!section || !added) continue;
      const count = section.count + section.added.length;
      if (!element) {
        missing += `<${prefix}${name} count="${count}">${added}</${prefix}${name}>`;
        continue;
      }
      const open = this.xml.slice(element.start, element.innerStart).replace(/\s*\/>$/, ">");
      const tag = withAttribute(open, "count", String(count));
      edits.push({ at: element.start, end: element.end, text: `${tag}${this.xml.slice(element.innerStart, element.innerEnd)}${added}</${prefix}${name}>` });
    }
    if (missing) {
      const close = rootEndTag(this.xml, `${prefix}styleSheet`);
      edits.push({ at: close, end: close, text: missing });
    }
    let xml = this.xml;
    for (const e of edits.sort((a, b) => b.at - a.at || b.end - a.end)) xml = xml.slice(0, e.at) + e.text + xml.slice(e.end);
    return xml;
  }
}

/** A scratch styles part read for copying: its entries by index. */
export interface ScratchStyles {
  formats: Map<number, string>;
  fonts: string[];
  fills: string[];
  borders: string[];
  cellXfs: string[];
}

export function readScratchStyles(xml: string): ScratchStyles {
  const items = (section: string, item: string): string[] => {
    const el = findElement(xml, section);
    return el ? findElements(xml, item, el.innerStart, el.innerEnd).map((e) => xml.slice(e.start, e.end)) : [];
  };
  const formats = new Map<number, string>();
  const numFmts = findElement(xml, "numFmts");
  for (const f of numFmts ? findElements(xml, "numFmt", numFmts.innerStart, numFmts.innerEnd) : []) {
    formats.set(Number(f.attrs.numFmtId), decodeXml(f.attrs.formatCode ?? ""));
  }
  return { formats, fonts: items("fonts", "font"), fills: items("fills", "fill"), borders: items("borders", "border"), cellXfs: items("cellXfs", "xf") };
}

/**
 * Maps each scratch cell format index used by the generated sheets to an index
 * in the person's styles part. Index 0 (the default format) stays 0: the cell
 * looks as an unformatted cell does in that workbook.
 */
export function mapCellFormats(appender: StyleAppender, scratch: ScratchStyles, used: Iterable<number>): Map<number, number> {
  const map = new Map<number, number>([[0, 0]]);
  const idOf = (entry: string, name: string): number => Number(new RegExp(`\\s${name}="(\\d+)"`).exec(entry.slice(0, entry.indexOf(">")))?.[1] ?? 0);
  for (const index of used) {
    if (map.has(index)) continue;
    const xf = scratch.cellXfs[index];
    if (xf === undefined) {
      map.set(index, 0);
      continue;
    }
    const font = idOf(xf, "fontId");
    const fill = idOf(xf, "fillId");
    const border = idOf(xf, "borderId");
    const format = idOf(xf, "numFmtId");
    // The defaults (and the reserved gray125 fill) keep their places in every styles part.
    const entry = withIds(xf, {
      numFmtId: appender.numberFormat(format, scratch.formats.get(format)),
      fontId: font === 0 ? 0 : appender.font(scratch.fonts[font] ?? ""),
      fillId: fill <= 1 ? fill : appender.fill(scratch.fills[fill] ?? ""),
      borderId: border === 0 ? 0 : appender.border(scratch.borders[border] ?? ""),
    });
    map.set(index, appender.cellFormat(entry));
  }
  return map;
}
