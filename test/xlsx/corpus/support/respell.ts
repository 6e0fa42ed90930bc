/**
 * Writes a package's XML parts again in other spellings XML allows, with the
 * same meaning: white space inside start and end tags, single quotes,
 * comments and line breaks between elements, and a namespace prefix on every
 * element where the part has a default namespace. A reader that depends on
 * one writer's habits reads the respelled package differently.
 */
import AdmZip from "adm-zip";
import { decodeXml } from "../../../../src/xlsx/xmlText";

export interface Spelling {
  /** White space between attributes, around "=", and before ">" or "/>". */
  spacedStartTags: boolean;
  /** `</c >` rather than `</c>`. */
  spacedEndTags: boolean;
  /** Attribute values in single quotes (where the value holds none). */
  singleQuotes: boolean;
  /** A comment after each end tag or self-closed tag that another tag follows. */
  comments: boolean;
  /** A line break (CR LF) there instead, or as well. */
  lineBreaks: boolean;
  /** Every element prefixed (`x:c`), the default namespace declared under that prefix instead. */
  prefixed: boolean;
  /** Each tag's attributes in reverse order. */
  reversedAttributes: boolean;
  /** `<c r="A1"></c>` for `<c r="A1"/>`. */
  expandedEmpty: boolean;
  /** The relationships namespace under another prefix (`rel:id` for `r:id`). */
  renamedRelationshipPrefix: boolean;
  /** Text and values in CDATA sections (`<t><![CDATA[a & b]]></t>`). */
  cdata: boolean;
}

const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;
const PREFIX = "sp0";

const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function attributes(text: string, spelling: Spelling, prefixed: boolean, renamed: boolean): string {
  const written = [...text.matchAll(ATTRIBUTE)].map(([, name, quoted]) => {
    const value = quoted!.slice(1, -1);
    const quote = spelling.singleQuotes && !value.includes("'") ? "'" : quoted![0]!;
    // The default namespace becomes the prefix's; the relationships prefix may be renamed.
    let key = prefixed && name === "xmlns" ? `xmlns:${PREFIX}` : name!;
    if (renamed && key === "xmlns:r") key = "xmlns:rel";
    else if (renamed && key.startsWith("r:")) key = `rel:${key.slice(2)}`;
    return spelling.spacedStartTags ? `\n  ${key} = ${quote}${value}${quote}` : ` ${key}=${quote}${value}${quote}`;
  });
  return (spelling.reversedAttributes ? written.reverse() : written).join("");
}

/** A run's text or a cell's value, with nothing but text inside. */
const TEXT_OR_VALUE = /(<(?:[A-Za-z_][\w.-]*:)?(t|v)(?:\s[^>]*)?(?<!\/)>)([^<]+)(<\/(?:[A-Za-z_][\w.-]*:)?\2\s*>)/g;

function inCdata(xml: string): string {
  return xml.replace(TEXT_OR_VALUE, (whole, open: string, _name: string, text: string, close: string) => {
    const plain = decodeXml(text);
    return plain.includes("]]>") ? whole : `${open}<![CDATA[${plain}]]>${close}`;
  });
}

/** One part's text respelled. */
export function respellXml(xml: string, spelling: Spelling): string {
  if (spelling.cdata) xml = inCdata(xml);
  // Only where the root alone declares a default namespace: an inner redeclaration would change what a prefix means.
  const prefixed = spelling.prefixed && xml.split('xmlns="').length === 2 && !xml.includes(`xmlns:${PREFIX}=`);
  // Only where r is the relationships prefix throughout and rel is free, and no element carries r.
  const renamed =
    spelling.renamedRelationshipPrefix && xml.includes(`xmlns:r="${RELATIONSHIPS}"`) && xml.split("xmlns:r=").length === 2 && !/xmlns:rel=|<\/?r:/.test(xml);
  return xml.replace(TAG, (_m, close: string, name: string, attrs: string, selfClosed: string, offset: number, whole: string) => {
    const written = prefixed && !name.includes(":") ? `${PREFIX}:${name}` : name;
    const endTag = `</${written}${spelling.spacedEndTags ? " " : ""}>`;
    let tag: string;
    if (close) tag = endTag;
    else {
      const start = `<${written}${attributes(attrs, spelling, prefixed, renamed)}${spelling.spacedStartTags ? " " : ""}`;
      tag = selfClosed && spelling.expandedEmpty ? `${start}>${endTag}` : `${start}${selfClosed}>`;
    }
    const ends = close !== "" || selfClosed !== "";
    const next = whole[offset + _m.length];
    if (ends && next === "<") {
      if (spelling.comments) tag += "<!-- respelled -->";
      if (spelling.lineBreaks) tag += "\r\n";
    }
    return tag;
  });
}

/** The package with every XML part respelled; other parts as they were. */
export function respellPackage(bytes: Uint8Array, spelling: Spelling): Uint8Array {
  const zip = new AdmZip(Buffer.from(bytes));
  for (const entry of zip.getEntries()) {
    if (!/\.(xml|rels)$/i.test(entry.entryName)) continue;
    zip.updateFile(entry.entryName, Buffer.from(respellXml(entry.getData().toString("utf8"), spelling), "utf8"));
  }
  return new Uint8Array(zip.toBuffer());
}

/** Transitional namespaces and their Strict Open XML (ISO/IEC 29500 Strict) counterparts. */
const STRICT: [string, string][] = [
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
];

/**
 * The package as Excel's "Strict Open XML Spreadsheet" names things: the
 * Strict namespaces on every element and relationship type (a relationship's
 * type is its namespace followed by its kind).
 */
export function asStrict(bytes: Uint8Array): Uint8Array {
  const zip = new AdmZip(Buffer.from(bytes));
  for (const entry of zip.getEntries()) {
    if (!/\.(xml|rels)$/i.test(entry.entryName)) continue;
    let text = entry.getData().toString("utf8");
    for (const [transitional, strict] of STRICT) text = text.split(transitional).join(strict);
    zip.updateFile(entry.entryName, Buffer.from(text, "utf8"));
  }
  return new Uint8Array(zip.toBuffer());
}
