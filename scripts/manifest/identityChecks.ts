import type { CheckContext } from "./checkContext";
import { attr, child, childrenNamed } from "./xmlTree";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FOUR_PART_VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){3}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";

// The schema's sequence for a TaskPaneApp; out-of-order elements fail validation.
const ELEMENT_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

/** The root element, identity, names and element order. */
export function identityChecks({ root, check }: CheckContext): void {
  check(root.local === "OfficeApp", "manifest-root", `The root element is <${root.name}>; it must be <OfficeApp>.`);
  const type = attr(root, "type");
  check(
    type === "TaskPaneApp",
    "manifest-root",
    `<OfficeApp> has xsi:type "${type ?? ""}"; a task pane add-in needs xsi:type="TaskPaneApp".`,
  );
  check(
    root.attrs["xmlns"] === OFFICE_APP_NS,
    "manifest-root",
    `<OfficeApp> must use the namespace ${OFFICE_APP_NS} (manifest schema 1.1, which allows VersionOverrides).`,
  );

  const id = child(root, "Id")?.text ?? "";
  check(
    GUID.test(id),
    "manifest-id",
    `<Id> is "${id}"; it must be a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e.`,
  );

  const version = child(root, "Version")?.text ?? "";
  check(
    FOUR_PART_VERSION.test(version),
    "manifest-version",
    `<Version> is "${version}"; it must have four numeric parts, such as 1.0.0.0.`,
  );

  const locale = child(root, "DefaultLocale")?.text ?? "";
  check(
    LOCALE.test(locale),
    "manifest-default-locale",
    `<DefaultLocale> is "${locale}"; it must be a locale such as en-GB.`,
  );

  const provider = child(root, "ProviderName")?.text ?? "";
  check(provider !== "", "manifest-required-text", "<ProviderName> is missing or empty.");
  for (const name of ["DisplayName", "Description"]) {
    const value = attr(child(root, name), "DefaultValue") ?? "";
    check(value.trim() !== "", "manifest-required-text", `<${name}> is missing or has an empty DefaultValue.`);
  }
  const displayName = attr(child(root, "DisplayName"), "DefaultValue") ?? "";
  check(
    displayName.length <= 125,
    "manifest-required-text",
    `<DisplayName> is ${displayName.length} characters long; the limit is 125.`,
  );

  const order = root.children.map((c) => c.local).filter((n) => ELEMENT_ORDER.includes(n));
  const sorted = [...order].sort((a, b) => ELEMENT_ORDER.indexOf(a) - ELEMENT_ORDER.indexOf(b));
  const firstMisplaced = order.findIndex((n, i) => n !== sorted[i]);
  check(
    firstMisplaced < 0,
    "manifest-element-order",
    `<${order[firstMisplaced] ?? ""}> is out of order; <OfficeApp> children must follow the schema order ${ELEMENT_ORDER.join(", ")}.`,
  );

  const hosts = childrenNamed(child(root, "Hosts"), "Host").map((h) => attr(h, "Name") ?? "");
  check(
    child(root, "Hosts") !== undefined && hosts.includes("Workbook"),
    "manifest-hosts",
    '<Hosts> must contain <Host Name="Workbook"/> so that Excel loads the add-in.',
  );
  const others = hosts.filter((h) => h !== "Workbook");
  check(
    others.length === 0,
    "manifest-hosts",
    `<Hosts> also lists ${others.join(", ")}; this add-in works only in Excel (Workbook).`,
  );

  const source = attr(child(child(root, "DefaultSettings"), "SourceLocation"), "DefaultValue") ?? "";
  check(
    source !== "",
    "manifest-source-location",
    "<DefaultSettings> must have a <SourceLocation> with a DefaultValue.",
  );
}
