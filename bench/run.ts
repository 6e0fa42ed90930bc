/**
 * `npm run bench`: the three suites at every size, then bench/results.md.
 * `npm run bench:smoke` (or `--smoke`): each suite at its smallest size,
 * written to out/bench/results-smoke.md so the checked-in figures stay whole.
 * `--only engine,office,cli` runs some suites only (written to out/bench/results-partial.md).
 * `--render` writes bench/results.md again from the last full run's figures
 * (out/bench/results.json), without measuring.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "./child";
import { cliSuite, OUT } from "./cli";
import { engineSuite } from "./engine";
import { describeMachine, loadNow } from "./machine";
import { OFFICE_INDICATORS, OFFICE_MONTHS, officeSuite } from "./office";
import { type BenchRun, renderResults } from "./report";

export const ENGINE_SIZES = [1_000, 10_000, 100_000, 1_000_000];

const { values } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    only: { type: "string" },
    render: { type: "boolean", default: false },
  },
});
if (values.render) {
  const saved = JSON.parse(readFileSync(join(OUT, "results.json"), "utf8")) as BenchRun;
  writeFileSync(join(ROOT, "bench", "results.md"), renderResults(saved));
  process.exit(0);
}
const smoke = values.smoke;
const only = new Set((values.only ?? "engine,office,cli").split(","));
const log = (line: string): void => void process.stderr.write(`${line}\n`);

const machine = describeMachine();
const started = performance.now();
const run: BenchRun = { machine, loadAtEnd: 0, seconds: 0, smoke };
if (only.has("engine"))
  run.engine = await engineSuite(smoke ? [ENGINE_SIZES[0]!] : ENGINE_SIZES, { log, ...(smoke ? { runs: 3 } : {}) });
if (only.has("office"))
  run.office = await officeSuite(
    smoke ? [OFFICE_INDICATORS[0]!] : OFFICE_INDICATORS,
    smoke ? [OFFICE_MONTHS[0]!] : OFFICE_MONTHS,
    log,
  );
if (only.has("cli")) run.cli = await cliSuite(smoke ? { large: [], runs: 1, viaNpx: false, log } : { log });
run.loadAtEnd = loadNow();
run.seconds = (performance.now() - started) / 1000;

// Only a full run replaces bench/results.md; smoke and partial runs stay under out/bench.
const partial = !smoke && only.size < 3;
const target = smoke
  ? join(OUT, "results-smoke.md")
  : partial
    ? join(OUT, "results-partial.md")
    : join(ROOT, "bench", "results.md");
mkdirSync(OUT, { recursive: true });
writeFileSync(target, renderResults(run));
writeFileSync(
  join(OUT, smoke ? "results-smoke.json" : partial ? "results-partial.json" : "results.json"),
  `${JSON.stringify(run, null, 2)}\n`,
);
log(`Wrote ${target}`);
