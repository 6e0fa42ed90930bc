/**
 * Every rule the engine can report is exercised by the tests: its id appears in
 * at least one test file besides this one and the README check. (Each module's
 * own tests hold the case that triggers it and the case that must not.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../src/domain/rules/ruleCatalogue";

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(name) && !/(ruleCoverage|readme)\.test\.ts$/.test(name) ? [path] : [];
  });
}

const corpus = testFiles(new URL(".", import.meta.url).pathname)
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");

describe("rule coverage", () => {
  it.each(ALL_RULES.map((r) => [r.id]))("%s is exercised by a test", (id) => {
    // Quoted as a string or a template literal ("ytd-mismatch", `ytd-mismatch@${cell}`).
    expect(corpus).toMatch(new RegExp(`["\u0060]${id}[@" \u0060]`));
  });
});
