/**
 * The parts that belong to one sheet alone: everything reachable from it
 * through relationships (drawings, charts, their styles and colours, comments)
 * that no part outside that set also refers to. Removing a previous generated
 * sheet removes exactly these, so a refresh leaves one copy of each part.
 */
import type { OpcPackage } from "./openPackage";
import { partText } from "./openPackage";
import { parseRelationships, relsPartName, sourceOfRels } from "./relationships";

/** Lower-cased part → lower-cased parts it refers to, for every relationships part in the package. */
export function relationshipGraph(pkg: OpcPackage): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [key, entry] of pkg.parts) {
    if (!key.endsWith(".rels")) continue;
    const source = sourceOfRels(entry.name);
    if (source === undefined) continue;
    const targets = new Set<string>();
    for (const rel of parseRelationships(source, partText(pkg, entry.name) ?? "")) if (!rel.external) targets.add(rel.part.toLowerCase());
    graph.set(source.toLowerCase(), targets);
  }
  return graph;
}

/**
 * The parts only `root` leads to (not `root` itself), with the relationships
 * parts of those and of `root`, as lower-cased names present in the package.
 */
export function ownedParts(pkg: OpcPackage, graph: ReadonlyMap<string, ReadonlySet<string>>, root: string): string[] {
  const start = root.toLowerCase();
  const owned = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const target of graph.get(queue.pop()!) ?? []) {
      if (!owned.has(target) && pkg.parts.has(target)) {
        owned.add(target);
        queue.push(target);
      }
    }
  }
  // Drop anything another part also refers to, until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [source, targets] of graph) {
      if (owned.has(source)) continue;
      for (const target of targets) {
        if (target !== start && owned.delete(target)) changed = true;
      }
    }
  }
  const parts = [...owned].filter((p) => p !== start);
  return [...parts, ...[start, ...parts].map(relsPartName).filter((r) => pkg.parts.has(r))];
}
