import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOGUE, findIndicator } from "../../src/domain/catalogue/defaultCatalogue";
import { monthIndex } from "../../src/domain/periods";
import type { Indicator, Target } from "../../src/domain/types";

const byCode = (code: string): Indicator => {
  const indicator = findIndicator(DEFAULT_CATALOGUE, code);
  if (!indicator) throw new Error(`no ${code}`);
  return indicator;
};
const m = monthIndex;

describe("DEFAULT_CATALOGUE", () => {
  it("lists the dashboard six first, in the dashboard's order, then the rest", () => {
    // prettier-ignore
    expect(DEFAULT_CATALOGUE.map((i) => i.code)).toEqual([
      "UNALLOC28", "IA_OOT", "NI59", "CA_OOT", "NI60", "POSTS_FILLED",
      "REF_TO_IA", "IA_RATE", "CP_2YR", "CP_REPEAT", "QSW_VACANCY", "ADOPTED",
      "KS2_ENG_GAP", "KS2_MATHS_GAP", "GCSE_GAP", "ABSENT25", "HEALTH_CHECKS", "DENTAL_CHECKS",
      "PERM_POSTS", "CASELOAD", "CP_RATE", "LAC_RATE", "CIN_AUDIT",
    ]);
    expect(DEFAULT_CATALOGUE.filter((i) => i.dashboard).map((i) => i.code)).toEqual(
      DEFAULT_CATALOGUE.slice(0, 6).map((i) => i.code),
    );
  });

  it.each([
    ["UNALLOC28", "count", "lower", "monthly"],
    ["IA_OOT", "count", "lower", "monthly"],
    ["NI59", "percent", "higher", "monthly"],
    ["CA_OOT", "count", "lower", "monthly"],
    ["NI60", "percent", "higher", "monthly"],
    ["POSTS_FILLED", "percent", "higher", "monthly"],
    ["IA_RATE", "rate", "higher", "monthly"],
    ["KS2_ENG_GAP", "pp", "lower", "annual"],
    ["KS2_MATHS_GAP", "pp", "lower", "annual"],
    ["GCSE_GAP", "pp", "lower", "annual"],
    ["ABSENT25", "percent", "lower", "annual"],
    ["CASELOAD", "rate", "lower", "monthly"],
    ["CP_RATE", "rate", "lower", "annual"],
    ["LAC_RATE", "rate", "lower", "annual"],
    ["CIN_AUDIT", "percent", "higher", "annual"],
  ] as const)("%s is %s, %s is better, %s", (code, unit, polarity, frequency) => {
    expect(byCode(code)).toMatchObject({ unit, polarity, frequency });
  });

  // [code, kind, level, value, from, to]
  it.each<[string, Target["kind"], Target["level"], number | undefined, number | undefined, number | undefined]>([
    ["UNALLOC28", "by-date", "statutory", 200, m(2011, 8), undefined],
    ["IA_OOT", "by-date", "statutory", 200, m(2011, 8), undefined],
    ["IA_OOT", "by-date", "internal", 100, undefined, undefined],
    ["CA_OOT", "by-date", "statutory", 100, m(2011, 8), undefined],
    ["REF_TO_IA", "period-average", "statutory", 65, m(2012, 1), m(2012, 3)],
    ["REF_TO_IA", "period-average", "statutory", 65, m(2012, 4), m(2013, 3)],
    ["IA_RATE", "benchmark", "statutory", undefined, undefined, undefined],
    ["CP_2YR", "period-average", "statutory", 6, m(2012, 4), m(2013, 3)],
    ["CP_REPEAT", "benchmark", "statutory", undefined, undefined, undefined],
    ["CP_REPEAT", "by-date", "internal", 13.6, m(2013, 3), undefined],
    ["QSW_VACANCY", "by-date", "statutory", 10, undefined, undefined],
    ["ADOPTED", "by-date", "statutory", 11, m(2012, 3), undefined],
    ["ADOPTED", "period-average", "statutory", 13, m(2012, 4), m(2013, 3)],
    ["KS2_ENG_GAP", "by-date", "statutory", 34, m(2012, 8), undefined],
    ["KS2_MATHS_GAP", "by-date", "statutory", 33, m(2012, 8), undefined],
    ["GCSE_GAP", "by-date", "statutory", 36, m(2012, 8), undefined],
    ["ABSENT25", "by-date", "statutory", 11, undefined, undefined],
    ["HEALTH_CHECKS", "by-date", "statutory", 85, m(2012, 3), undefined],
    ["HEALTH_CHECKS", "period-average", "statutory", 85, m(2012, 4), m(2013, 3)],
    ["DENTAL_CHECKS", "by-date", "statutory", 85, m(2012, 3), undefined],
    ["DENTAL_CHECKS", "by-date", "internal", 90, undefined, undefined],
    ["PERM_POSTS", "by-date", "internal", 90, undefined, undefined],
    ["CASELOAD", "by-date", "internal", 20, undefined, undefined],
  ])("%s has a %s %s target of %s", (code, kind, level, value, from, to) => {
    const found = byCode(code).targets.filter(
      (t) => t.kind === kind && t.level === level && t.value === value && t.from === from && t.to === to,
    );
    expect(found).toHaveLength(1);
  });

  it.each(["NI59", "NI60"])(
    "%s is year to date with a 'maintain' target whose level the papers do not give",
    (code) => {
      const indicator = byCode(code);
      expect(indicator.yearToDate).toBe(true);
      expect(indicator.targets).toHaveLength(1);
      const [target] = indicator.targets;
      expect(target).toMatchObject({ kind: "maintain", level: "statutory" });
      expect(target?.value).toBeUndefined();
      expect(target?.baseline?.month).toBe(m(2011, 1));
      expect(target?.baseline?.value).toBeUndefined();
      expect(target?.baseline?.note).toBeTruthy();
    },
  );

  it.each(["IA_RATE", "CP_REPEAT"])("%s is benchmarked against the statistical neighbour average", (code) => {
    expect(byCode(code).targets[0]?.benchmark).toBe("statistical neighbour average");
  });

  it("keeps the baselines the papers give", () => {
    expect(byCode("REF_TO_IA").baseline?.value).toBe(46);
    expect(byCode("CASELOAD").baseline).toMatchObject({ value: 23.5, month: m(2011, 4) });
  });

  it("has no target or tolerance where the papers set none", () => {
    for (const code of ["POSTS_FILLED", "CP_RATE", "LAC_RATE", "CIN_AUDIT"]) expect(byCode(code).targets).toEqual([]);
    expect(DEFAULT_CATALOGUE.every((i) => i.tolerance === undefined)).toBe(true);
  });

  it("labels and sources every target, statutory before internal", () => {
    for (const indicator of DEFAULT_CATALOGUE) {
      for (const target of indicator.targets) {
        expect(target.label, indicator.code).toMatch(/\S/);
        expect(target.source, indicator.code).toMatch(/^(Improvement Notice target \d+|Internal target)/);
        expect(target.source?.startsWith("Internal"), indicator.code).toBe(target.level === "internal");
      }
      const levels = indicator.targets.map((t) => t.level);
      expect(levels, indicator.code).toEqual([...levels].sort((a, b) => (a === b ? 0 : a === "statutory" ? -1 : 1)));
    }
  });

  it("keeps percent targets on the 0–100 scale and period averages in order", () => {
    for (const indicator of DEFAULT_CATALOGUE) {
      for (const target of indicator.targets) {
        if (indicator.unit === "percent" && target.value !== undefined) expect(target.value).toBeGreaterThan(1);
        if (target.kind === "period-average") expect(target.to! >= target.from!).toBe(true);
      }
    }
  });

  it("has a definition for every indicator and the dashboard's impact text for the six", () => {
    for (const indicator of DEFAULT_CATALOGUE) expect(indicator.definition, indicator.code).toMatch(/\S/);
    for (const indicator of DEFAULT_CATALOGUE.filter((i) => i.dashboard))
      expect(indicator.impact, indicator.code).toMatch(/\S/);
    expect(byCode("UNALLOC28").impact).toMatch(/risk to both the child and the organisation/);
  });

  it("finds indicators by code whatever the case", () => {
    expect(findIndicator(DEFAULT_CATALOGUE, " ni59 ")?.code).toBe("NI59");
    expect(findIndicator(DEFAULT_CATALOGUE, "NOPE")).toBeUndefined();
  });
});
