import { describe, expect, it } from "vitest";
import { atOrBetter, EPSILON, near, ragFor, signedGap, tidy, toleranceFor } from "../../../src/domain/gaps/compare";
import { directionOf } from "../../../src/domain/gaps/direction";
import type { Polarity } from "../../../src/domain/types";
import { indicator } from "./fixtures";

describe("ragFor", () => {
  const cases: { name: string; value: number; level: number; polarity: Polarity; tolerance: number; rag: string }[] = [
    { name: "exactly met, lower is better", value: 200, level: 200, polarity: "lower", tolerance: 20, rag: "green" },
    { name: "exactly met, higher is better", value: 90, level: 90, polarity: "higher", tolerance: 9, rag: "green" },
    { name: "met but for float noise", value: 0.1 + 0.2, level: 0.3, polarity: "higher", tolerance: 0, rag: "green" },
    { name: "better, lower is better", value: 63, level: 100, polarity: "lower", tolerance: 10, rag: "green" },
    { name: "better, higher is better", value: 95, level: 90, polarity: "higher", tolerance: 9, rag: "green" },
    { name: "worse within tolerance, lower", value: 105, level: 100, polarity: "lower", tolerance: 10, rag: "amber" },
    { name: "worse within tolerance, higher", value: 85, level: 90, polarity: "higher", tolerance: 9, rag: "amber" },
    { name: "worse by exactly the tolerance is amber", value: 81, level: 90, polarity: "higher", tolerance: 9, rag: "amber" },
    { name: "worse by just over the tolerance is red", value: 80.9, level: 90, polarity: "higher", tolerance: 9, rag: "red" },
    { name: "boundary with float noise in the tolerance", value: 0.7, level: 0.8, polarity: "higher", tolerance: 0.1, rag: "amber" },
    { name: "zero target met", value: 0, level: 0, polarity: "lower", tolerance: 0, rag: "green" },
    { name: "zero target missed by one is red", value: 1, level: 0, polarity: "lower", tolerance: 0, rag: "red" },
    { name: "zero target with an explicit tolerance", value: 1, level: 0, polarity: "lower", tolerance: 2, rag: "amber" },
    // The noise allowance grows with the figures: 0.1 × 3 × 10⁸ is 30,000,000.000000004, 4e-9 over, noise at that size.
    { name: "met but for float noise in a large figure, lower is better", value: 0.1 * 3 * 1e8, level: 3e7, polarity: "lower", tolerance: 0, rag: "green" },
    { name: "short by exactly the noise allowance is still met", value: EPSILON, level: 0, polarity: "lower", tolerance: 0, rag: "green" },
    // 1.000000001 is over 0 by the tolerance (1) plus the noise allowance at that size (1.000000001e-9): the last amber.
    { name: "worse by the tolerance plus the noise allowance is amber", value: 1.000000001, level: 0, polarity: "lower", tolerance: 1, rag: "amber" },
  ];
  it.each(cases)("$name → $rag", ({ value, level, polarity, tolerance, rag }) => {
    expect(ragFor(value, level, polarity, tolerance)).toBe(rag);
  });
});

describe("signedGap", () => {
  it.each([
    { value: 63, level: 200, polarity: "lower" as const, gap: 137 },
    { value: 250, level: 200, polarity: "lower" as const, gap: -50 },
    { value: 88.4, level: 90, polarity: "higher" as const, gap: -1.6 },
    { value: 92.2, level: 85, polarity: "higher" as const, gap: 7.2 },
  ])("$value against $level ($polarity is better) → $gap", ({ value, level, polarity, gap }) => {
    expect(signedGap(value, level, polarity)).toBe(gap);
  });
});

describe("near and atOrBetter", () => {
  it("take float noise as equal, up to the allowance scaled to the figures' size", () => {
    expect(near(0.1 * 3 * 1e8, 3e7)).toBe(true);
    expect(near(0, EPSILON)).toBe(true);
    expect(near(0, 2 * EPSILON)).toBe(false);
    expect(near(3e7, 3e7 + 1)).toBe(false);
  });

  it("a figure at the level, or better, is at or better; worse is not", () => {
    expect(atOrBetter(200, 200, "lower")).toBe(true);
    expect(atOrBetter(0.1 * 3 * 1e8, 3e7, "lower")).toBe(true);
    expect(atOrBetter(EPSILON, 0, "lower")).toBe(true);
    expect(atOrBetter(199, 200, "lower")).toBe(true);
    expect(atOrBetter(201, 200, "lower")).toBe(false);
    expect(atOrBetter(89, 90, "higher")).toBe(false);
  });
});

describe("toleranceFor", () => {
  it.each([
    { name: "the indicator's own tolerance", tolerance: 5, level: 90, share: 0.1, expected: 5 },
    { name: "10% of the level by default", tolerance: undefined, level: 90, share: 0.1, expected: 9 },
    { name: "another default share", tolerance: undefined, level: 200, share: 0.05, expected: 10 },
    { name: "a zero target has none", tolerance: undefined, level: 0, share: 0.1, expected: 0 },
    { name: "a zero target with its own tolerance", tolerance: 3, level: 0, share: 0.1, expected: 3 },
  ])("$name", ({ tolerance, level, share, expected }) => {
    const ind = indicator("X", tolerance === undefined ? {} : { tolerance });
    expect(toleranceFor(ind, level, share)).toBe(expected);
  });
});

describe("directionOf", () => {
  it.each([
    { latest: 63, earlier: 70, polarity: "lower" as const, direction: "improving" },
    { latest: 63, earlier: 50, polarity: "lower" as const, direction: "worsening" },
    { latest: 87.5, earlier: 86, polarity: "higher" as const, direction: "improving" },
    { latest: 80, earlier: 86, polarity: "higher" as const, direction: "worsening" },
    { latest: 0.3, earlier: 0.1 + 0.2, polarity: "higher" as const, direction: "stable" },
    { latest: 63, earlier: null, polarity: "lower" as const, direction: "none" },
    { latest: null, earlier: 63, polarity: "lower" as const, direction: "none" },
  ])("$latest after $earlier ($polarity is better) → $direction", ({ latest, earlier, polarity, direction }) => {
    expect(directionOf(latest, earlier, polarity)).toBe(direction);
  });
});

describe("tidy", () => {
  it("drops float noise but keeps real digits", () => {
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(tidy(-0)).toBe(0);
    expect(Object.is(tidy(-0), -0)).toBe(false);
    expect(tidy(1 / 3)).toBeCloseTo(0.333333333333, 12);
  });

  it("keeps whole numbers of up to 12 digits exactly and larger ones to 12 significant digits", () => {
    expect(tidy(999_999_999_999)).toBe(999_999_999_999);
    expect(tidy(-2269)).toBe(-2269);
    expect(tidy(10_000_000_000_001)).toBe(10_000_000_000_000);
  });
});
