/** The package's relationships: where a part's .rels lives, and what each relationship points at. */
import { posix } from "node:path";
import { type OpenedPackage, parseXml, partText } from "./openPackage";

export interface Relationship {
  id: string;
  /** The type URI's last segment, such as `worksheet` or `officeDocument`. */
  kind: string;
  type: string;
  /** The target resolved to a part name (for internal targets), or as written (external). */
  target: string;
  external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package itself ("") → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const dir = posix.dirname(part);
  return posix.join(dir === "." ? "" : dir, "_rels", `${posix.basename(part)}.rels`);
}

/** The part a .rels part describes (`xl/_rels/workbook.xml.rels` → `xl/workbook.xml`; `_rels/.rels` → ""). */
export function sourceOfRels(relsPart: string): string {
  const dir = posix.dirname(posix.dirname(relsPart));
  const name = posix.basename(relsPart).replace(/\.rels$/, "");
  return name === "" ? "" : posix.join(dir === "." ? "" : dir, name);
}

function resolve(source: string, target: string): string {
  const decoded = decodeURIComponent(target);
  if (decoded.startsWith("/")) return decoded.slice(1);
  const base = source === "" ? "" : posix.dirname(source);
  return posix.normalize(posix.join(base === "." ? "" : base, decoded));
}

/** The relationships of `source` ("" for the package), empty when it has no .rels part. */
export function relationshipsOf(pkg: OpenedPackage, source: string): Relationship[] {
  const relsPart = relsPartOf(source);
  if (!pkg.parts.has(relsPart)) return [];
  const doc = parseXml(partText(pkg, relsPart), ["Relationship"]) as {
    Relationships?: { Relationship?: Record<string, string>[] };
  };
  return (doc.Relationships?.Relationship ?? []).map((r) => {
    const external = r["@_TargetMode"] === "External";
    const type = r["@_Type"] ?? "";
    return {
      id: r["@_Id"] ?? "",
      type,
      kind: type.split("/").pop() ?? "",
      target: external ? (r["@_Target"] ?? "") : resolve(source, r["@_Target"] ?? ""),
      external,
    };
  });
}

/** The workbook part, wherever the package relationships put it. */
export function workbookPartOf(pkg: OpenedPackage): string {
  const main = relationshipsOf(pkg, "").find((r) => r.kind === "officeDocument");
  if (!main) throw new Error("The package has no officeDocument relationship");
  return main.target;
}

/** The first target of a relationship kind from `source` (e.g. the workbook's `styles`). */
export function targetOf(pkg: OpenedPackage, source: string, kind: string): string | undefined {
  return relationshipsOf(pkg, source).find((r) => r.kind === kind)?.target;
}
