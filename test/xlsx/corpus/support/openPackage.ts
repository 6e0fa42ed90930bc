/**
 * An .xlsx package opened for inspection: every part by name (duplicates
 * kept, in the order the zip lists them), read with excelts' archive module.
 */
import { unzip } from "@cj-tech-master/excelts/archive";
import { XMLParser } from "fast-xml-parser";

export interface OpenedPackage {
  /** Every entry name as the zip lists it, duplicates included. */
  names: string[];
  /** The bytes of each part (the last entry when a name repeats). */
  parts: Map<string, Uint8Array>;
}

export async function openPackage(bytes: Uint8Array): Promise<OpenedPackage> {
  const names: string[] = [];
  const parts = new Map<string, Uint8Array>();
  for await (const entry of unzip(bytes).entries()) {
    names.push(entry.path);
    parts.set(entry.path, await entry.bytes());
  }
  return { names, parts };
}

/** A part's text (UTF-8), or an error naming the part. */
export function partText(pkg: OpenedPackage, name: string): string {
  const bytes = pkg.parts.get(name);
  if (!bytes) throw new Error(`No ${name} in the package`);
  return new TextDecoder().decode(bytes);
}

/**
 * Parses XML with namespace prefixes dropped (so `ns0:Relationship` reads as
 * `Relationship`), attributes as `@_name`, and the listed elements always arrays.
 */
export function parseXml(text: string, arrays: readonly string[] = []): Record<string, unknown> {
  const always = new Set(arrays);
  const parser = new XMLParser({
    ignoreAttributes: false,
    removeNSPrefix: true,
    parseTagValue: false,
    isArray: (name) => always.has(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}
