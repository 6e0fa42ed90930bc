import type { XmlNode } from "./xmlTree";
import { attr, child, childrenNamed } from "./xmlTree";

/** The kinds of resource a VersionOverrides element can point at with `resid`. */
export type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

/** One entry of <Resources>. */
export interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
}

// Container element → kind of the entries inside it.
const CONTAINERS: Record<string, ResourceKind> = {
  Images: "Image",
  Urls: "Url",
  ShortStrings: "ShortString",
  LongStrings: "LongString",
};

/** Every resource declared under VersionOverrides/Resources, in document order (duplicates kept). */
export function collectResources(overrides: XmlNode | undefined): Resource[] {
  const resources: Resource[] = [];
  for (const container of child(overrides, "Resources")?.children ?? []) {
    const kind = CONTAINERS[container.local];
    if (kind === undefined) continue;
    for (const entry of container.children) {
      resources.push({ id: attr(entry, "id") ?? "", kind, value: attr(entry, "DefaultValue") ?? "" });
    }
  }
  return resources;
}

/**
 * The kind of resource an element's `resid` must name, by the element's local
 * name (and its parent's, for <Image> inside <Icon>); undefined when any kind will do.
 */
export function expectedKind(element: XmlNode): ResourceKind | undefined {
  switch (element.local) {
    case "Image":
      return "Image";
    case "SourceLocation":
    case "LearnMoreUrl":
    case "FunctionFile":
    case "Runtime":
      return "Url";
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortString";
    case "Description":
      return "LongString";
    default:
      return undefined;
  }
}

/** The <Icon> elements under VersionOverrides, each with its images' sizes and resids. */
export function ribbonIcons(overrides: XmlNode | undefined): { size: string; resid: string }[][] {
  const icons: { size: string; resid: string }[][] = [];
  const walk = (node: XmlNode): void => {
    if (node.local === "Icon") {
      icons.push(
        childrenNamed(node, "Image").map((i) => ({ size: attr(i, "size") ?? "", resid: attr(i, "resid") ?? "" })),
      );
    }
    node.children.forEach(walk);
  };
  if (overrides) walk(overrides);
  return icons;
}
