/**
 * Offline manifest validation: `npm run validate:offline`.
 * Prints "manifest.xml: offline checks passed (N checks)" and exits 0, or
 * lists the problems and exits 1. The online half is `office-addin-manifest validate`.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runManifestChecks } from "./manifest/manifestCheck";
import { readPngSize } from "./png/readPngSize";

const projectRoot = fileURLToPath(new URL("../", import.meta.url));
const inProject = (path: string): string => `${projectRoot}${path}`;

const report = runManifestChecks(readFileSync(inProject("manifest.xml"), "utf8"), {
  fileExists: (path) => existsSync(inProject(path)),
  pngSize: (path) => (existsSync(inProject(path)) ? readPngSize(readFileSync(inProject(path))) : undefined),
  allowedAppDomains: [],
});

if (report.problems.length === 0) {
  console.log(`manifest.xml: offline checks passed (${report.checks} checks)`);
} else {
  console.error(`manifest.xml: ${report.problems.length} problem(s) found by the offline checks:`);
  for (const p of report.problems) console.error(`  - ${p.message} [${p.rule}]`);
  process.exitCode = 1;
}
