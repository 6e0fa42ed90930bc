/**
 * Issue 7, part 1 — fuzzing. The suite itself is test/fuzz (fast-check over the
 * pure pipeline: read, validate, compute, plan). This checks it stays big
 * enough to mean something: at least 10,000 cases a run, every property wired
 * into the suite, the suite inside `npm test` (which CI runs), and its runner
 * really running the configured number of cases and failing on a counterexample.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import vitestConfig from "../../vitest.config";
import { checkProperty, FUZZ_RUNS, fuzzTally } from "../fuzz/fuzzConfig";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (path: string): string => readFileSync(`${root}${path}`, "utf8");
const MIN_CASES = 10_000;

/** Each property module's exported check, by module. */
function propertyChecks(): { file: string; checks: string[]; calls: number }[] {
  return readdirSync(`${root}test/fuzz/properties`)
    .filter((f) => f.endsWith(".ts"))
    .map((file) => {
      const source = read(`test/fuzz/properties/${file}`);
      return {
        file,
        checks: [...source.matchAll(/export function (check\w+)/g)].map((m) => m[1]!),
        calls: [...source.matchAll(/^\s*checkProperty\(/gm)].length,
      };
    });
}

describe("the fuzz suite", () => {
  const suite = read("test/fuzz/pipeline.fuzz.test.ts");
  const modules = propertyChecks();
  const properties = modules.reduce((n, m) => n + m.calls, 0);

  it(`runs at least ${MIN_CASES.toLocaleString("en-GB")} cases per run`, () => {
    expect(properties).toBeGreaterThanOrEqual(4);
    expect(FUZZ_RUNS * properties).toBeGreaterThanOrEqual(MIN_CASES);
  });

  it("wires every property module's check into the suite, and prints the case count", () => {
    for (const { file, checks } of modules) {
      expect(checks, file).not.toEqual([]);
      for (const check of checks)
        expect(suite, `${check} from ${file}`).toMatch(new RegExp(`it\\([\\s\\S]*?\\b${check}\\b`));
    }
    expect(suite).toMatch(/console\.log\(fuzzTally\(\)\)/);
  });

  it("is part of `npm test`, which CI runs", () => {
    expect(vitestConfig.test?.include).toContain("test/**/*.test.ts");
    expect((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts.test).toBe("vitest run");
    expect(read(".ci/run")).toMatch(/^\s*npm test\b/m);
  });

  it("runs the configured number of cases, and fails on a counterexample", () => {
    const before = Number(/(\d+) cases/.exec(fuzzTally())?.[1]);
    checkProperty(fc.property(fc.integer(), (n) => Number.isInteger(n)));
    expect(Number(/(\d+) cases/.exec(fuzzTally())?.[1]) - before).toBe(FUZZ_RUNS);
    expect(() => checkProperty(fc.property(fc.integer({ min: 0, max: 10 }), (n) => n < 5))).toThrow(
      /Counterexample|failed/i,
    );
  });
});
