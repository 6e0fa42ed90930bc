import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One XML element with its attributes (qualified names as written), child elements and text. */
export interface XmlNode {
  /** The qualified name as written, e.g. "bt:Image". */
  name: string;
  /** The name without its namespace prefix, e.g. "Image". */
  local: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
  /** The element's own text, trimmed; "" when it has none. */
  text: string;
}

/** Thrown when the text is not well-formed XML; `code` is stable for callers. */
export class XmlSyntaxError extends Error {
  readonly code = "XML_SYNTAX";
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

type OrderedEntry = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

/** The part of a qualified name after its prefix. */
export function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

function toNode(entry: OrderedEntry): XmlNode | undefined {
  const name = Object.keys(entry).find((k) => k !== ":@" && k !== "#text");
  if (name === undefined) return undefined;
  const rawChildren = (entry[name] as OrderedEntry[] | undefined) ?? [];
  const attrs = (entry[":@"] as Record<string, string> | undefined) ?? {};
  const children: XmlNode[] = [];
  let text = "";
  for (const child of rawChildren) {
    if ("#text" in child) text += String(child["#text"]);
    else {
      const node = toNode(child);
      if (node) children.push(node);
    }
  }
  return { name, local: localName(name), attrs, children, text: text.trim() };
}

/** Parses XML text into its root element; throws XmlSyntaxError when it is not well-formed. */
export function parseXmlTree(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XmlSyntaxError(valid.err.msg, valid.err.line);
  const entries = parser.parse(xml) as OrderedEntry[];
  for (const entry of entries) {
    const node = toNode(entry);
    if (node) return node;
  }
  throw new XmlSyntaxError("The document has no root element.", 1);
}

/** An attribute by its local name (prefix ignored), e.g. attr(n, "type") finds "xsi:type". */
export function attr(node: XmlNode | undefined, local: string): string | undefined {
  if (node === undefined) return undefined;
  for (const [key, value] of Object.entries(node.attrs)) {
    if (key.startsWith("xmlns")) continue;
    if (localName(key) === local) return value;
  }
  return undefined;
}

/** Direct children with the given local name. */
export function childrenNamed(node: XmlNode | undefined, local: string): XmlNode[] {
  return node?.children.filter((c) => c.local === local) ?? [];
}

/** The first direct child with the given local name. */
export function child(node: XmlNode | undefined, local: string): XmlNode | undefined {
  return node?.children.find((c) => c.local === local);
}

/** Every descendant (depth first, document order), excluding the node itself. */
export function descendants(node: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode): void => {
    for (const c of n.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}
