/**
 * What a valid, lossless build output must be, stated as lists of problems
 * (so a failure names every offending part, not just the first).
 */
import { contentTypeOf, contentTypesOf } from "./contentTypes";
import { type OpenedPackage, parseXml, partText } from "./openPackage";
import { relationshipsOf, relsPartOf, sourceOfRels, targetOf, workbookPartOf } from "./relationships";

/** Names the zip lists more than once. */
export function duplicateNames(pkg: OpenedPackage): string[] {
  const seen = new Set<string>();
  return pkg.names.filter((n) => (seen.has(n.toLowerCase()) ? true : (seen.add(n.toLowerCase()), false)));
}

/** "source → target" for every internal relationship whose target is not in the package, and every orphan .rels. */
export function danglingRelationships(pkg: OpenedPackage): string[] {
  const problems: string[] = [];
  for (const name of pkg.parts.keys()) {
    if (!name.endsWith(".rels")) continue;
    const source = sourceOfRels(name);
    if (source !== "" && !pkg.parts.has(source)) problems.push(`${name} describes a missing part ${source}`);
    for (const r of relationshipsOf(pkg, source)) {
      if (!r.external && !pkg.parts.has(r.target)) problems.push(`${source || "(package)"} ${r.id} → ${r.target}`);
    }
  }
  return problems;
}

/** Parts with no content type, and content-type overrides for parts that do not exist. */
export function contentTypeProblems(pkg: OpenedPackage): string[] {
  const types = contentTypesOf(pkg);
  const lower = new Set([...pkg.parts.keys()].map((n) => n.toLowerCase()));
  const problems = [...pkg.parts.keys()]
    .filter((n) => n !== "[Content_Types].xml" && !n.endsWith("/") && contentTypeOf(types, n) === undefined)
    .map((n) => `${n} has no content type`);
  for (const part of types.overrides.keys()) if (!lower.has(part)) problems.push(`override for missing /${part}`);
  return problems;
}

/** Attribute values no writer should ever produce (`undefined`, `NaN`, `[object Object]`), by part. */
export function impossibleValues(pkg: OpenedPackage): string[] {
  const problems: string[] = [];
  for (const name of pkg.parts.keys()) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const found = partText(pkg, name).match(
      /="(undefined|NaN|\[object Object\])"|>(undefined|NaN|\[object Object\])</g,
    );
    if (found) problems.push(`${name}: ${[...new Set(found)].join(", ")}`);
  }
  return problems;
}

/** The four parts a build may change: the workbook, its relationships, the content types and the styles. */
export function partsABuildMayChange(input: OpenedPackage): Set<string> {
  const book = workbookPartOf(input);
  const styles = targetOf(input, book, "styles");
  return new Set(["[Content_Types].xml", book, relsPartOf(book), ...(styles ? [styles] : [])]);
}

/** Input parts missing from the output, and input parts (other than the four) whose bytes changed. */
export function lostOrChangedParts(
  input: OpenedPackage,
  output: OpenedPackage,
): { missing: string[]; changed: string[] } {
  const mayChange = partsABuildMayChange(input);
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [name, bytes] of input.parts) {
    const after = output.parts.get(name);
    if (!after) missing.push(name);
    else if (!mayChange.has(name) && Buffer.compare(Buffer.from(bytes), Buffer.from(after)) !== 0) changed.push(name);
  }
  return { missing, changed };
}

const STYLE_LISTS = [
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellStyleXfs", "xf"],
  ["cellXfs", "xf"],
  ["dxfs", "dxf"],
] as const;

type StyleSheet = Record<string, Record<string, unknown[]> | undefined>;

function styleSheet(pkg: OpenedPackage): StyleSheet {
  const part = targetOf(pkg, workbookPartOf(pkg), "styles");
  if (!part || !pkg.parts.has(part)) return {};
  const doc = parseXml(partText(pkg, part), ["font", "fill", "border", "xf", "dxf", "numFmt", "cellStyle"]);
  return (doc.styleSheet ?? {}) as StyleSheet;
}

/**
 * Style entries of the input that moved or changed in the output: every list
 * indexed by number (fonts, fills, borders, xfs, dxfs) must start with the
 * input's entries unchanged, and every number format and named style must remain.
 */
export function stylesDisturbed(input: OpenedPackage, output: OpenedPackage): string[] {
  const before = styleSheet(input);
  const after = styleSheet(output);
  const problems: string[] = [];
  for (const [list, item] of STYLE_LISTS) {
    const old = before[list]?.[item] ?? [];
    const now = after[list]?.[item] ?? [];
    old.forEach((entry, i) => {
      if (JSON.stringify(sorted(entry)) !== JSON.stringify(sorted(now[i]))) problems.push(`${list}[${i}] changed`);
    });
  }
  for (const [list, item] of [
    ["numFmts", "numFmt"],
    ["cellStyles", "cellStyle"],
  ] as const) {
    const now = new Set((after[list]?.[item] ?? []).map((e) => JSON.stringify(sorted(e))));
    for (const entry of before[list]?.[item] ?? [])
      if (!now.has(JSON.stringify(sorted(entry)))) problems.push(`${list}: ${JSON.stringify(entry)} lost`);
  }
  return problems;
}

/** A parsed value with object keys in a fixed order, so equal content compares equal. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  return value;
}
