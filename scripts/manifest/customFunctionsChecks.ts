import type { CheckContext } from "./checkContext";
import { collectResources } from "./resources";
import { customFunctionPoints, workbookHost } from "./sharedRuntimeChecks";
import { attr, child, type XmlNode } from "./xmlTree";

// The CustomFunctions extension point's children, in schema order.
const PARTS = ["Script", "Page", "Metadata", "Namespace"] as const;
// What each URL must look like, to catch two resids swapped; the Page is checked with the runtime.
const URL_SHAPES: Record<string, { pattern: RegExp; what: string }> = {
  Script: { pattern: /\.js$/i, what: "a JavaScript file (.js)" },
  Metadata: { pattern: /\.json$/i, what: "the functions' JSON metadata (.json)" },
};
// Excel's rule for function ids applies to the namespace in front of them.
const NAMESPACE = /^[A-Za-z][A-Za-z0-9_.]*$/;

/** The resid of a part: `<Namespace resid>` directly, the others through their `<SourceLocation>`. */
function partResid(point: XmlNode, part: (typeof PARTS)[number]): string | undefined {
  const element = child(point, part);
  return part === "Namespace" ? attr(element, "resid") : attr(child(element, "SourceLocation"), "resid");
}

/**
 * Each CustomFunctions extension point sits in the Workbook host's
 * <AllFormFactors> and names its Script, Page, Metadata and Namespace by resid,
 * in that order, pointing at a .js, the page, a .json and a valid namespace.
 * Whether the resids resolve, and to the right kind, is resourceChecks' job.
 */
export function customFunctionsChecks({ root, check }: CheckContext): void {
  const overrides = child(root, "VersionOverrides");
  const points = customFunctionPoints(overrides);
  if (points.length === 0) return;
  const values = new Map(collectResources(overrides).map((r) => [r.id, r.value]));
  const allFormFactors = child(workbookHost(overrides), "AllFormFactors");

  check(
    points.length === 1 && points.every((p) => allFormFactors?.children.includes(p) === true),
    "manifest-custom-functions",
    'Declare one <ExtensionPoint xsi:type="CustomFunctions"> directly in the Workbook host\'s <AllFormFactors>.',
  );
  for (const point of points) {
    const present = point.children.map((c) => c.local).filter((n) => (PARTS as readonly string[]).includes(n));
    check(
      present.join(",") === PARTS.join(","),
      "manifest-custom-functions",
      `The CustomFunctions extension point has ${present.join(", ") || "no parts"}; it needs ${PARTS.join(", ")}, in that order.`,
    );
    for (const part of PARTS) {
      if (child(point, part) === undefined) continue; // reported just above
      const resid = partResid(point, part);
      if (resid === undefined) {
        check(false, "manifest-custom-functions", `The custom functions' <${part}> needs a resid.`);
        continue;
      }
      const value = values.get(resid);
      if (value === undefined) continue; // reported as manifest-resid
      const shape = URL_SHAPES[part];
      if (shape !== undefined) {
        check(
          shape.pattern.test(new URL(value, "https://invalid/").pathname),
          "manifest-custom-functions",
          `The custom functions' <${part}> points at ${value}; it must be ${shape.what}.`,
        );
      }
      if (part === "Namespace") {
        check(
          NAMESPACE.test(value),
          "manifest-custom-functions",
          `The custom functions' namespace "${value}" must start with a letter and hold only letters, digits, "_" and ".".`,
        );
      }
    }
  }
}
