/**
 * The little XML the file shell needs, done on text: finding elements by local
 * name (any namespace prefix), reading their attributes, and escaping. Parts
 * that change are edited by inserting and removing text, never re-serialised,
 * so everything the shell does not understand stays as it was.
 */

/** One element found in a part's text. */
export interface XmlElement {
  /** The prefix its name carries ("" or "x:"). */
  prefix: string;
  attrs: Record<string, string>;
  /** Offsets of the whole element, from "<" to the end of its closing tag. */
  start: number;
  end: number;
  /** Offsets of its content (equal for an empty element). */
  innerStart: number;
  innerEnd: number;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text with XML's entities and character references resolved. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_m, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return NAMED[e]!;
  });
}

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A start tag's attributes by their written names ("r:id", "name"), values decoded. */
export function parseAttributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) attrs[m[1]!] = decodeXml(m[2] ?? m[3] ?? "");
  return attrs;
}

/** The value of the attribute with this local name under any prefix ("id" finds "r:id" or "ns1:id"). */
export function prefixedAttribute(attrs: Record<string, string>, localName: string): string | undefined {
  for (const [key, value] of Object.entries(attrs)) if (key.endsWith(`:${localName}`) && !key.startsWith("xmlns")) return value;
  return undefined;
}

/** End of the start tag opening at `from` (the index just after its ">"), quotes respected. */
function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i]!;
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  return -1;
}

/** Regular expression text matching `text` literally (a prefixed name may hold "."). */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const END_TAGS = new Map<string, RegExp>();

/**
 * The first end tag of the element `qualifiedName` ("si", "x:si") at or after
 * `from`: where it starts and where it ends (just past its ">"). XML allows
 * white space before the ">" (`</si >`), which an exact search would miss and
 * so lose everything after it.
 */
export function endTag(xml: string, qualifiedName: string, from: number): { start: number; end: number } | undefined {
  let pattern = END_TAGS.get(qualifiedName);
  if (!pattern) END_TAGS.set(qualifiedName, (pattern = new RegExp(`</${literal(qualifiedName)}\\s*>`, "g")));
  pattern.lastIndex = from;
  const m = pattern.exec(xml);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * Where the root element `qualifiedName` closes: the start of the part's last
 * end tag, white space before its ">" allowed; -1 when the part does not end
 * with it. New children go just before it.
 */
export function rootEndTag(xml: string, qualifiedName: string): number {
  const at = xml.lastIndexOf(`</${qualifiedName}`);
  if (at < 0) return -1;
  return /^\s*>\s*$/.test(xml.slice(at + 2 + qualifiedName.length)) ? at : -1;
}

/** Whether the part ends by closing its root element: a part cut off short never does. */
export function closesItsRoot(xml: string): boolean {
  const root = /<(?![?!])([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)/.exec(xml)?.[1];
  return root !== undefined && rootEndTag(xml, root) >= 0;
}

/**
 * Every element with local name `name` between `from` and `to`, outermost
 * first, in document order. Elements of the same name nested in one another
 * are not expected in the parts this is used on.
 */
export function findElements(xml: string, name: string, from = 0, to = xml.length): XmlElement[] {
  const found: XmlElement[] = [];
  const open = new RegExp(`<([A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])`, "g");
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const start = m.index;
    const afterTag = tagEnd(xml, start + m[0].length);
    if (afterTag < 0) break;
    const prefix = m[1] ?? "";
    const attrs = parseAttributes(xml.slice(start + m[0].length, afterTag - 1));
    if (xml[afterTag - 2] === "/") {
      found.push({ prefix, attrs, start, end: afterTag, innerStart: afterTag, innerEnd: afterTag });
      open.lastIndex = afterTag;
      continue;
    }
    const close = endTag(xml, `${prefix}${name}`, afterTag);
    if (!close) break;
    found.push({ prefix, attrs, start, end: close.end, innerStart: afterTag, innerEnd: close.start });
    open.lastIndex = close.end;
  }
  return found;
}

/** The first element named `name`, if any. */
export function findElement(xml: string, name: string, from = 0, to = xml.length): XmlElement | undefined {
  return findElements(xml, name, from, to)[0];
}

/** The prefix of a part's root element ("" or "x:"), which new elements in that part must carry. */
export function rootPrefix(xml: string): string {
  const m = /<(?![?!])([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*/.exec(xml);
  return m?.[1] ?? "";
}

/** The root element's start tag, where part-wide namespace declarations live. */
export function rootStartTag(xml: string): string {
  const m = /<(?![?!])[A-Za-z_]/.exec(xml);
  return m ? xml.slice(m.index, tagEnd(xml, m.index)) : "";
}

/** `fragment` (written without prefixes) with every element name given `prefix`. */
export function withPrefix(fragment: string, prefix: string): string {
  if (!prefix) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_])/g, `<$1${prefix}$2`);
}

/** `fragment` with the prefix of every element name removed, for comparing entries written by different tools. */
export function withoutPrefix(fragment: string): string {
  return fragment.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, "<$1");
}

/** Replaces the text between `start` and `end`. */
export function splice(xml: string, start: number, end: number, insert: string): string {
  return xml.slice(0, start) + insert + xml.slice(end);
}

/** Sets (or adds) an attribute on the start tag that opens at `start`. */
export function setAttribute(xml: string, element: XmlElement, name: string, value: string): string {
  const afterTag = tagEnd(xml, element.start);
  return splice(xml, element.start, afterTag, withAttribute(xml.slice(element.start, afterTag), name, value));
}

/**
 * A start tag (`<x … >` or `<x … />`) with attribute `name` set to `value`:
 * replaced where the tag has it, however it is spaced and quoted
 * (`a = '1'`), else added before the tag's end.
 */
export function withAttribute(tag: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  return existing.test(tag) ? tag.replace(existing, `$1"${escapeXml(value)}"`) : tag.replace(/(\s*\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}
