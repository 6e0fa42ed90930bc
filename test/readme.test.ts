import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../src/domain/rules/ruleCatalogue";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("opens with the two set-up commands", () => {
    const opening = readme.split("\n").slice(0, 8).join("\n");
    expect(opening).toContain("npm ci && npm run demo");
    expect(opening).toContain("npm test");
  });

  it.each(ALL_RULES.map((r) => [r.id, r.severity]))("documents the rule %s (%s)", (id, severity) => {
    expect(readme).toMatch(new RegExp(`\\| \`${id}\` \\| ${severity} \\|`));
  });

  it("has rule ids that are unique", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
