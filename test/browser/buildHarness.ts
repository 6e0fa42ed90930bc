/**
 * Builds the browser test's harness page into `outDir`: the pane bundled
 * from src/taskpane/index.tsx as for production (minified, React in
 * production mode), the stand-in host bundled from harness/installFakeHost.ts,
 * and taskpane.html with its Content Security Policy kept, Office's CDN
 * script swapped for the stand-in, which runs before the pane.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../../", import.meta.url));
const OFFICE_SCRIPT = /<script src="https:\/\/appsforoffice\.microsoft\.com\/[^"]+"><\/script>/;

export async function buildHarness(outDir: string): Promise<void> {
  await build({
    entryPoints: { taskpane: join(root, "src/taskpane/index.tsx"), "fake-host": join(root, "test/browser/harness/installFakeHost.ts") },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    jsx: "automatic",
    platform: "browser",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const html = await readFile(join(root, "src/taskpane/taskpane.html"), "utf8");
  if (!OFFICE_SCRIPT.test(html)) throw new Error("taskpane.html no longer loads office.js as the harness expects; update buildHarness.ts.");
  const page = html.replace(OFFICE_SCRIPT, '<script src="fake-host.js"></script>\n    <script defer src="taskpane.js"></script>');
  await writeFile(join(outDir, "taskpane.html"), page);
  await mkdir(join(outDir, "assets"), { recursive: true });
  await copyFile(join(root, "assets/icon-32.png"), join(outDir, "assets/icon-32.png"));
}
