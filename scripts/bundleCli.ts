/**
 * Bundles the command line into one JavaScript file with esbuild:
 * bin/scorecard.mjs, package.json's `bin`, so `npx scorecard …` starts with
 * plain Node instead of transpiling TypeScript at every start. `npm ci` runs
 * it (the `prepare` script); the benchmark runs it too and measures the file.
 *
 *   npx tsx scripts/bundleCli.ts [outfile]
 */
import { chmodSync, mkdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The repository root. */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Where package.json's `bin` points. */
export const BIN_PATH = join(ROOT, "bin", "scorecard.mjs");

/** The entry: runs `main` with the process's arguments, exactly as `tsx src/cli/main.ts` does. */
const ENTRY = `import { main } from "./src/cli/main";
main(
  process.argv.slice(2),
  (t) => process.stdout.write(\`\${t}\\n\`),
  (t) => process.stderr.write(\`\${t}\\n\`),
).then((code) => {
  process.exitCode = code;
});
`;

export interface Bundled {
  path: string;
  ms: number;
  bytes: number;
}

/** Writes the bundle to `outfile` (default bin/scorecard.mjs), executable, and says how long it took. */
export async function bundleCli(outfile: string = BIN_PATH): Promise<Bundled> {
  const started = performance.now();
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: "scorecard-bin.ts", loader: "ts" },
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    logLevel: "warning",
    // A shebang so the file runs as a program; some dependencies still call require(), so the ES module gets one.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __scorecardRequire } from 'node:module'; const require = __scorecardRequire(import.meta.url);",
    },
  });
  chmodSync(outfile, 0o755);
  return { path: outfile, ms: performance.now() - started, bytes: statSync(outfile).size };
}

// Run as a script (npm's prepare, or by hand), not when the benchmark imports it.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = process.argv[2] ? resolve(process.argv[2]) : BIN_PATH;
  bundleCli(target).then(
    (b) => process.stderr.write(`Bundled the command line into ${b.path} (${(b.bytes / 1e6).toFixed(2)} MB).\n`),
    (error: unknown) => {
      process.stderr.write(
        `Could not bundle the command line: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
