/** Issues made from a declared rule's id, and rule ids typed from the declarations. */
import { describe, expect, expectTypeOf, it } from "vitest";
import { BUDGET_RULES } from "../../src/domain/budget";
import { issue } from "../../src/domain/rules/issue";
import { ALL_RULES, isRuleId, ruleById, type RuleId } from "../../src/domain/rules/ruleCatalogue";

describe("issue", () => {
  const at = { sheet: "Options", cell: "C4" };

  it("takes the severity from the rule's declaration", () => {
    const made = issue("setting-bad-number", at, "Months shown is not a number.");
    expect(made).toEqual({ rule: "setting-bad-number", severity: "error", sheet: "Options", cell: "C4", message: "Months shown is not a number." });
    expect(issue("setting-repeated", at, "x").severity).toBe("warning");
    expect(issue("default-catalogue", at, "x").severity).toBe("info");
    expectTypeOf(made.rule).toEqualTypeOf<"setting-bad-number">();
  });

  it("lets a rule with two severities say which", () => {
    expect(issue("catalogue-target-scale", at, "x", "warning").severity).toBe("warning");
  });

  it("accepts only declared ids", () => {
    // @ts-expect-error a misspelt id does not compile
    expect(() => issue("setting-bad-numbr", at, "x")).toThrow(/No rule is declared with id setting-bad-numbr/);
  });
});

describe("RuleId", () => {
  it("finds a declaration by its id, and knows every list's ids as literals", () => {
    expect(ruleById("setting-repeated").severity).toBe("warning");
    expect(ruleById(BUDGET_RULES[0].id)).toBe(BUDGET_RULES[0]);
    expectTypeOf(BUDGET_RULES[0].id).not.toEqualTypeOf<string>();
    expectTypeOf<string>().not.toMatchTypeOf<RuleId>();
    expectTypeOf<"missing-column" | "implausible-jump" | "ytd-mismatch" | "area-unknown" | "rows-outside-table">().toMatchTypeOf<RuleId>();
  });

  it("is declared once per id", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(isRuleId)).toBe(true);
    expect(isRuleId("no-such-rule")).toBe(false);
  });
});
