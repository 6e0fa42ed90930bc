/**
 * Bundles the command line into one JavaScript file with esbuild:
 * bin/scorecard.mjs, package.json's `bin`, so `npx scorecard …` starts with
 * plain Node instead of transpiling TypeScript at every start. `npm ci` runs
 * it (the `prepare` script); the benchmark runs it too and measures the file.
 *
 *   npx tsx scripts/bundleCli.ts [outfile]
 */
import { chmodSync, mkdirSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The repository root. */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Where package.json's `bin` points. */
export const BIN_PATH = join(ROOT, "bin", "scorecard.mjs");

/**
 * The entry: runs `main` with the process's arguments, exactly as `tsx
 * src/cli/main.ts` does. The bundle is split so each command loads only its
 * own code (chunks beside the entry, in bin/chunks/), and Node's compile cache
 * is switched on before any chunk loads: compiling the chunks was about a
 * tenth of a sample build.
 */
const ENTRY = `import { enableCompileCache } from "node:module";
// Node keeps the chunks' compiled code in the system's temporary folder, so
// later runs skip compiling them (NODE_DISABLE_COMPILE_CACHE=1 turns it off).
enableCompileCache?.();
const { main } = await import("./src/cli/main");
main(
  process.argv.slice(2),
  (t) => process.stdout.write(\`\${t}\\n\`),
  (t) => process.stderr.write(\`\${t}\\n\`),
).then((code) => {
  process.exitCode = code;
  // Leaving at once, once stdout and stderr have flushed, spares Node freeing
  // the heap piece by piece (about 20 ms after a 100,000-row validate).
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
});
`;

export interface Bundled {
  path: string;
  ms: number;
  bytes: number;
}

/** Writes the bundle to `outfile` (default bin/scorecard.mjs) and its chunks beside it, executable, and says how long it took (and the entry's size). */
export async function bundleCli(outfile: string = BIN_PATH): Promise<Bundled> {
  const started = performance.now();
  mkdirSync(dirname(outfile), { recursive: true });
  // Chunk names carry a hash: the previous build's would otherwise pile up.
  rmSync(join(dirname(outfile), "chunks"), { recursive: true, force: true });
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: "scorecard-bin.ts", loader: "ts" },
    outdir: dirname(outfile),
    entryNames: basename(outfile).replace(/\.[cm]?js$/, ""),
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    splitting: true,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    logLevel: "warning",
    metafile: true,
    // Smaller source to read and compile at every start (3.8 MB → 2.5 MB); names stay, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    // A shebang so the file runs as a program; some dependencies still call require(), so the ES module gets one.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __scorecardRequire } from 'node:module'; const require = __scorecardRequire(import.meta.url);",
    },
  });
  chmodSync(outfile, 0o755);
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  return { path: outfile, ms: performance.now() - started, bytes };
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
