/** Issues made from a rule's declaration, and rule ids typed from the declarations. */
import { describe, expect, expectTypeOf, it } from "vitest";
import { BUDGET_RULES } from "../../src/domain/budget";
import { issueOf } from "../../src/domain/rules/issue";
import { ruleById } from "../../src/domain/rules/ruleCatalogue";
import { SETTINGS_RULES } from "../../src/domain/settings";

describe("issueOf", () => {
  const at = { sheet: "Options", cell: "C4" };

  it("takes the id and the default severity from the declaration", () => {
    const rule = SETTINGS_RULES[2];
    const made = issueOf(rule, at, "Months shown is not a number.");
    expect(made).toEqual({ rule: "setting-bad-number", severity: "error", sheet: "Options", cell: "C4", message: "Months shown is not a number." });
    expectTypeOf(made.rule).toEqualTypeOf<"setting-bad-number">();
  });

  it("lets a rule with two severities say which", () => {
    expect(issueOf(SETTINGS_RULES[0], at, "x", "info").severity).toBe("info");
  });

  it("finds a declaration by its id, and knows declared lists' ids as literals", () => {
    expect(ruleById("setting-repeated")?.severity).toBe("warning");
    expect(ruleById(BUDGET_RULES[0].id)).toBe(BUDGET_RULES[0]);
    expectTypeOf(BUDGET_RULES[0].id).not.toEqualTypeOf<string>();
  });
});
