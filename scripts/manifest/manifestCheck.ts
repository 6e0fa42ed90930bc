import type { CheckContext, ManifestCheck, ManifestEnvironment, ManifestProblem, PixelSize } from "./checkContext";
import { capabilityChecks } from "./capabilityChecks";
import { customFunctionsChecks } from "./customFunctionsChecks";
import { iconChecks } from "./iconChecks";
import { identityChecks } from "./identityChecks";
import { resourceChecks } from "./resourceChecks";
import { sharedRuntimeChecks } from "./sharedRuntimeChecks";
import { urlChecks } from "./urlChecks";
import { XmlSyntaxError, parseXmlTree } from "./xmlTree";

export type { ManifestEnvironment, ManifestProblem, PixelSize } from "./checkContext";

/** The outcome of the offline checks: the problems found and how many assertions ran. */
export interface ManifestReport {
  problems: ManifestProblem[];
  checks: number;
}

const GROUPS: ManifestCheck[] = [
  identityChecks,
  capabilityChecks,
  sharedRuntimeChecks,
  customFunctionsChecks,
  urlChecks,
  resourceChecks,
  iconChecks,
];

/**
 * Runs the offline manifest checks: what would break a sideload, as far as it
 * can be seen without Microsoft's validation service. Pure apart from `env`.
 */
export function runManifestChecks(xml: string, env: ManifestEnvironment): ManifestReport {
  let root;
  try {
    root = parseXmlTree(xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError) {
      return {
        problems: [
          { rule: "manifest-xml", message: `manifest.xml is not well-formed XML (line ${e.line}): ${e.message}` },
        ],
        checks: 1,
      };
    }
    throw e;
  }
  const problems: ManifestProblem[] = [];
  let checks = 0;
  const ctx: CheckContext = {
    root,
    env,
    check(ok, rule, message) {
      checks++;
      if (!ok) problems.push({ rule, message });
      return ok;
    },
  };
  for (const group of GROUPS) group(ctx);
  return { problems, checks };
}

/**
 * The offline manifest checks as sentences, empty when the manifest passes.
 * `fileExists` and `pngSize` take paths relative to the project root.
 */
export function checkManifest(
  xml: string,
  fileExists: (path: string) => boolean,
  pngSize: (path: string) => PixelSize | undefined,
  allowedAppDomains: readonly string[] = [],
): string[] {
  return runManifestChecks(xml, { fileExists, pngSize, allowedAppDomains }).problems.map((p) => p.message);
}
