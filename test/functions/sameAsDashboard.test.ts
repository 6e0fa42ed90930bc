/**
 * The custom functions and the Member Dashboard must never disagree: the same
 * figures judged by computeResults (the engine behind the dashboard) and by
 * the SCORECARD functions give the same RAG, gap and direction.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeResults } from "../../src/domain/gaps/computeResults";
import type { Polarity } from "../../src/domain/types";
import { scorecardDirection, scorecardGap, scorecardRag } from "../../src/functions/scorecardFormulas";
import { byDate, indicator, monthly } from "../domain/gaps/fixtures";

interface Case {
  polarity: Polarity;
  target: number;
  tolerance?: number;
  previous: number;
  latest: number;
}

/** What the dashboard shows for the case, in the functions' words. */
function dashboard({ polarity, target, tolerance, previous, latest }: Case) {
  const ind = indicator("X", {
    polarity,
    targets: [byDate(target)],
    ...(tolerance !== undefined ? { tolerance } : {}),
  });
  const [result] = computeResults([ind], monthly("X", "2012-09", [previous, latest]));
  const word = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { rag: word(result!.rag), gap: result!.statutory?.gap, direction: word(result!.direction) };
}

function functions({ polarity, target, tolerance, previous, latest }: Case) {
  return {
    rag: scorecardRag(latest, target, polarity, tolerance ?? null),
    gap: scorecardGap(latest, target, polarity),
    direction: scorecardDirection(latest, previous, polarity),
  };
}

describe("the custom functions agree with the dashboard's engine", () => {
  const cases: (Case & { rag: string })[] = [
    { polarity: "lower", target: 200, previous: 210, latest: 200, rag: "Green" },
    { polarity: "lower", target: 0, previous: 0, latest: 1, rag: "Red" },
    { polarity: "lower", target: 100, previous: 110, latest: 104, rag: "Amber" },
    { polarity: "higher", target: 90, tolerance: 2, previous: 88, latest: 88, rag: "Amber" },
    { polarity: "higher", target: 90, tolerance: 2, previous: 88, latest: 87.9, rag: "Red" },
    { polarity: "higher", target: 85, previous: 86, latest: 87.5, rag: "Green" },
  ];
  it.each(cases)("%j", (c) => {
    const expected = dashboard(c);
    expect(expected.rag).toBe(c.rag); // the case shows what it claims to
    expect(functions(c)).toEqual(expected);
  });

  it("for any figures, polarity and tolerance", () => {
    const figure = fc.oneof(
      fc.integer({ min: -500, max: 500 }),
      fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
    );
    const arbitraryCase = fc.record(
      {
        polarity: fc.constantFrom<Polarity>("lower", "higher"),
        target: figure,
        tolerance: fc.double({ min: 0, max: 50, noNaN: true }),
        previous: figure,
        latest: figure,
      },
      { requiredKeys: ["polarity", "target", "previous", "latest"] },
    );
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        expect(functions(c)).toEqual(dashboard(c));
      }),
      { numRuns: 300, seed: 20_121_031 },
    );
  });
});
