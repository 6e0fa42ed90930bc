import type { CheckContext } from "./checkContext";
import { attr, child, childrenNamed, descendants } from "./xmlTree";

/** The ExcelApi floor from the design: Office 2019 and later. */
export const EXCEL_API_FLOOR = "1.7";

const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

/** Compares dotted version strings numerically ("1.10" > "1.7"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Requirement sets, permissions, and the VersionOverrides ribbon button. */
export function capabilityChecks({ root, check }: CheckContext): void {
  const sets = child(child(root, "Requirements"), "Sets");
  const excel = childrenNamed(sets, "Set").find((s) => attr(s, "Name") === "ExcelApi");
  const min = attr(excel, "MinVersion") ?? attr(sets, "DefaultMinVersion");
  if (
    check(
      excel !== undefined && min !== undefined && /^\d+(\.\d+)*$/.test(min),
      "manifest-requirements",
      `<Requirements> must declare <Set Name="ExcelApi" MinVersion="${EXCEL_API_FLOOR}"/>.`,
    ) &&
    min !== undefined
  ) {
    check(
      compareVersions(min, EXCEL_API_FLOOR) >= 0,
      "manifest-requirements",
      `ExcelApi ${min} is below ${EXCEL_API_FLOOR}; the add-in uses ExcelApi ${EXCEL_API_FLOOR} features (chart series, getRangeByIndexes).`,
    );
    check(
      compareVersions(min, EXCEL_API_FLOOR) <= 0,
      "manifest-requirements",
      `ExcelApi ${min} as the minimum would hide the add-in from Office 2019; require ${EXCEL_API_FLOOR} and detect newer sets at run time.`,
    );
  }

  const permission = child(root, "Permissions")?.text ?? "";
  if (
    check(
      PERMISSIONS.includes(permission),
      "manifest-permissions",
      `<Permissions> is "${permission}"; a task pane add-in allows ${PERMISSIONS.join(", ")}.`,
    )
  ) {
    check(
      permission === "ReadWriteDocument",
      "manifest-permissions",
      `<Permissions> is ${permission}; building the dashboard reads and writes sheets, which needs ReadWriteDocument.`,
    );
  }

  const overrides = child(root, "VersionOverrides");
  if (overrides === undefined) {
    check(false, "manifest-version-overrides", "<VersionOverrides> is missing, so there is no ribbon button.");
    return;
  }
  check(
    attr(overrides, "type") === "VersionOverridesV1_0" && overrides.attrs["xmlns"] === OVERRIDES_NS,
    "manifest-version-overrides",
    `A task pane add-in's <VersionOverrides> must be xsi:type="VersionOverridesV1_0" in the namespace ${OVERRIDES_NS}.`,
  );
  const hosts = childrenNamed(child(overrides, "Hosts"), "Host").map((h) => attr(h, "type"));
  check(
    hosts.length > 0 && hosts.every((h) => h === "Workbook"),
    "manifest-version-overrides",
    '<VersionOverrides> must declare exactly the Excel host, <Host xsi:type="Workbook">.',
  );
  const showPane = descendants(overrides).filter((n) => n.local === "Action" && attr(n, "type") === "ShowTaskpane");
  check(
    showPane.length > 0 && showPane.every((a) => attr(child(a, "SourceLocation"), "resid") !== undefined),
    "manifest-ribbon-button",
    'The ribbon needs a button whose <Action xsi:type="ShowTaskpane"> has a <SourceLocation resid="…"/>.',
  );
}
