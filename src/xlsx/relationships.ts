/**
 * Package relationships: reading a part's .rels, resolving each target
 * relative to the part that holds it (or from the package root when it starts
 * with "/"), and writing targets back relative to their source.
 */
import { type OpcPackage, partText } from "./openPackage";
import { escapeXml, findElements } from "./xmlText";

/** One relationship of a source part. */
export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  external: boolean;
  /** The target part's name (no leading "/"), for internal relationships. */
  part: string;
}

/** The relationships part of `part` ("" for the package itself). */
export function relsPartName(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The source part a relationships part describes ("" for the package's own). */
export function sourceOfRels(relsPart: string): string | undefined {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(relsPart);
  return m ? `${m[1]}${m[2]}` : undefined;
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

function decodeUri(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

/** A target as a part name: absolute from the package root, else relative to the source's folder. */
export function resolveTarget(source: string, target: string): string {
  const path = decodeUri(target.replace(/[#?].*$/, "").replace(/\\/g, "/"));
  if (path.startsWith("/")) return normalise(path);
  return normalise(`${source.slice(0, source.lastIndexOf("/") + 1)}${path}`);
}

/** The shortest relative target from `source` to `part`, as Excel writes them. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common]!.toLowerCase() === to[common]!.toLowerCase()) common++;
  return [...new Array<string>(from.length - common).fill(".."), ...to.slice(common)].map((s) => encodeURI(s).replace(/#/g, "%23")).join("/");
}

/** Parses a .rels part's text. */
export function parseRelationships(source: string, xml: string): Relationship[] {
  return findElements(xml, "Relationship").map(({ attrs }) => {
    const target = attrs.Target ?? "";
    const external = (attrs.TargetMode ?? "").toLowerCase() === "external";
    return { id: attrs.Id ?? "", type: attrs.Type ?? "", target, external, part: external ? "" : resolveTarget(source, target) };
  });
}

/** The relationships of `source` ("" for the package), empty when it has none. */
export function readRelationships(pkg: OpcPackage, source: string): Relationship[] {
  const xml = partText(pkg, relsPartName(source));
  return xml === undefined ? [] : parseRelationships(source, xml);
}

/** True when a relationship type ends in `/kind` (transitional and strict namespaces both). */
export function isType(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}

/** One Relationship element, as a new entry in a .rels part. */
export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
}
