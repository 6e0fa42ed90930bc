import type { CheckContext } from "./checkContext";
import { collectResources, expectedKind } from "./resources";
import { attr, child, descendants } from "./xmlTree";

// Limits from the VersionOverrides schema.
const MAX_ID_LENGTH = 32;
const MAX_TEXT: Record<string, number> = { ShortString: 125, LongString: 250 };

/** Every resid resolves to a resource of the right kind; resource ids and texts are valid. */
export function resourceChecks({ root, check }: CheckContext): void {
  const overrides = child(root, "VersionOverrides");
  if (overrides === undefined) return;
  const resources = collectResources(overrides);
  const byId = new Map(resources.map((r) => [r.id, r]));

  const seen = new Set<string>();
  for (const r of resources) {
    check(r.id !== "", "manifest-resource-id", `A <${r.kind}> resource has no id.`);
    check(!seen.has(r.id), "manifest-resource-id", `Resource id "${r.id}" is declared more than once.`);
    seen.add(r.id);
    check(
      r.id.length <= MAX_ID_LENGTH,
      "manifest-resource-id",
      `Resource id "${r.id}" is ${r.id.length} characters long; the limit is ${MAX_ID_LENGTH}.`,
    );
    check(r.value.trim() !== "", "manifest-resource-text", `Resource "${r.id}" has an empty DefaultValue.`);
    const max = MAX_TEXT[r.kind];
    if (max !== undefined) {
      check(
        r.value.length <= max,
        "manifest-resource-text",
        `Resource "${r.id}" is ${r.value.length} characters long; a ${r.kind} allows ${max}.`,
      );
    }
  }

  // <Resources> itself holds ids, not references, so it is left out of the walk.
  const referencing = descendants(overrides).filter((n) => attr(n, "resid") !== undefined);
  for (const element of referencing) {
    const resid = attr(element, "resid") ?? "";
    const resource = byId.get(resid);
    if (
      !check(
        resource !== undefined,
        "manifest-resid",
        `<${element.name} resid="${resid}"> names no resource in <Resources>.`,
      )
    ) {
      continue;
    }
    const kind = expectedKind(element);
    check(
      kind === undefined || resource?.kind === kind,
      "manifest-resource-kind",
      `<${element.name} resid="${resid}"> must name a ${kind ?? ""} resource, but "${resid}" is a ${resource?.kind ?? ""}.`,
    );
  }
}
