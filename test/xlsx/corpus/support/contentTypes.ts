/** What [Content_Types].xml says about each part. */
import { type OpenedPackage, parseXml, partText } from "./openPackage";

export interface ContentTypes {
  defaults: Map<string, string>;
  /** Part name without its leading slash, lower-cased → content type. */
  overrides: Map<string, string>;
}

export function contentTypesOf(pkg: OpenedPackage): ContentTypes {
  const doc = parseXml(partText(pkg, "[Content_Types].xml"), ["Default", "Override"]) as {
    Types: { Default?: Record<string, string>[]; Override?: Record<string, string>[] };
  };
  return {
    defaults: new Map((doc.Types.Default ?? []).map((d) => [d["@_Extension"]!.toLowerCase(), d["@_ContentType"]!])),
    overrides: new Map(
      (doc.Types.Override ?? []).map((o) => [o["@_PartName"]!.replace(/^\//, "").toLowerCase(), o["@_ContentType"]!]),
    ),
  };
}

/** A part's content type (an Override wins over the extension's Default), or undefined. */
export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const override = types.overrides.get(part.toLowerCase());
  if (override) return override;
  const extension = part.split(".").pop()?.toLowerCase() ?? "";
  return types.defaults.get(extension);
}
