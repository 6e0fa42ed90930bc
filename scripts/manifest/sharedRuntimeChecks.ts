import { compareVersions } from "./capabilityChecks";
import type { CheckContext } from "./checkContext";
import { attr, child, childrenNamed, descendants, type XmlNode } from "./xmlTree";

/** The requirement set that a shared runtime (and custom functions sharing the pane's runtime) needs. */
export const SHARED_RUNTIME_SET = "SharedRuntime";
export const SHARED_RUNTIME_FLOOR = "1.1";
// Sets that only some hosts have: required at the top level they would hide the whole add-in there.
const OVERRIDES_ONLY_SETS = [SHARED_RUNTIME_SET, "CustomFunctionsRuntime"];

// Sequences from the TaskPaneAppVersionOverrides schema (the children this add-in can have).
const OVERRIDES_ORDER = ["Description", "Requirements", "Hosts", "Resources"];
const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];

/** The first child out of its schema order, or undefined when the order is right. */
function misplaced(parent: XmlNode | undefined, order: readonly string[]): string | undefined {
  const names = (parent?.children ?? []).map((c) => c.local).filter((n) => order.includes(n));
  const sorted = [...names].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return names.find((n, i) => n !== sorted[i]);
}

/** The Workbook <Host> under VersionOverrides. */
export function workbookHost(overrides: XmlNode | undefined): XmlNode | undefined {
  return childrenNamed(child(overrides, "Hosts"), "Host").find((h) => attr(h, "type") === "Workbook");
}

/** The <ExtensionPoint xsi:type="CustomFunctions"> elements anywhere under `node`. */
export function customFunctionPoints(node: XmlNode | undefined): XmlNode[] {
  return node
    ? descendants(node).filter((n) => n.local === "ExtensionPoint" && attr(n, "type") === "CustomFunctions")
    : [];
}

function setNames(sets: XmlNode | undefined): string[] {
  return childrenNamed(sets, "Set").map((s) => attr(s, "Name") ?? "");
}

/**
 * The shared runtime: SharedRuntime required in VersionOverrides only (the
 * top level keeps Office 2019 in), one long-lived <Runtime>, and the pane and
 * the custom functions both loading that runtime's page. Runs only when the
 * manifest declares a runtime or custom functions.
 */
export function sharedRuntimeChecks({ root, check }: CheckContext): void {
  const overrides = child(root, "VersionOverrides");
  const host = workbookHost(overrides);
  const runtimes = child(host, "Runtimes");
  const functions = customFunctionPoints(overrides);
  if (runtimes === undefined && functions.length === 0) return;

  const topLevel = setNames(child(child(root, "Requirements"), "Sets")).filter((n) => OVERRIDES_ONLY_SETS.includes(n));
  check(
    topLevel.length === 0,
    "manifest-shared-runtime",
    `The top-level <Requirements> names ${topLevel.join(", ")}, which would hide the whole add-in from Excel without it (Office 2019); require it inside <VersionOverrides> only.`,
  );

  const sets = child(child(overrides, "Requirements"), "Sets");
  const shared = childrenNamed(sets, "Set").find((s) => attr(s, "Name") === SHARED_RUNTIME_SET);
  const version = attr(shared, "MinVersion") ?? attr(sets, "DefaultMinVersion") ?? "";
  check(
    shared !== undefined && /^\d+(\.\d+)*$/.test(version) && compareVersions(version, SHARED_RUNTIME_FLOOR) >= 0,
    "manifest-shared-runtime",
    `<VersionOverrides> must declare <Requirements><bt:Sets><bt:Set Name="${SHARED_RUNTIME_SET}" MinVersion="${SHARED_RUNTIME_FLOOR}"/></bt:Sets></Requirements> for a shared runtime.`,
  );

  const runtime = childrenNamed(runtimes, "Runtime");
  if (
    !check(
      runtime.length === 1,
      "manifest-shared-runtime",
      `The Workbook <Host> must hold <Runtimes> with exactly one <Runtime> (it has ${runtime.length}): a shared runtime serves one task pane.`,
    )
  ) {
    return;
  }
  const resid = attr(runtime[0], "resid");
  check(resid !== undefined, "manifest-shared-runtime", "<Runtime> needs a resid naming the task pane page's URL.");
  check(
    attr(runtime[0], "lifetime") === "long",
    "manifest-shared-runtime",
    '<Runtime> must have lifetime="long" so that custom functions keep running when the task pane is closed.',
  );
  // Office loads one runtime only when every part names the same page resource.
  const panes = descendants(host ?? root).filter((n) => n.local === "Action" && attr(n, "type") === "ShowTaskpane");
  for (const pane of panes) {
    const paneResid = attr(child(pane, "SourceLocation"), "resid");
    check(
      paneResid === resid,
      "manifest-shared-runtime",
      `The ribbon button opens resid "${paneResid ?? ""}" but <Runtime> is resid "${resid ?? ""}"; they must be the same for the pane to share the runtime.`,
    );
  }
  for (const point of functions) {
    const pageResid = attr(child(child(point, "Page"), "SourceLocation"), "resid");
    check(
      pageResid === resid,
      "manifest-shared-runtime",
      `The custom functions' <Page> is resid "${pageResid ?? ""}" but <Runtime> is resid "${resid ?? ""}"; they must be the same for the functions to share the pane's runtime.`,
    );
  }

  const outOfOrder = misplaced(overrides, OVERRIDES_ORDER);
  check(
    outOfOrder === undefined,
    "manifest-element-order",
    `<${outOfOrder ?? ""}> is out of order; <VersionOverrides> children must follow ${OVERRIDES_ORDER.join(", ")}.`,
  );
  const hostOutOfOrder = misplaced(host, HOST_ORDER);
  check(
    hostOutOfOrder === undefined,
    "manifest-element-order",
    `<${hostOutOfOrder ?? ""}> is out of order; the Workbook <Host> children must follow ${HOST_ORDER.join(", ")}.`,
  );
}
