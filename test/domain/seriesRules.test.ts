import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readObservations } from "../../src/domain/observations";
import { parseMonthKey } from "../../src/domain/periods";
import { median, medianOfFirst } from "../../src/domain/rules/median";
import { checkSeries } from "../../src/domain/rules/checkSeries";
import { SERIES_RULES } from "../../src/domain/rules/seriesRules";
import type { CellValue, Indicator, Observation, Unit, ValidationIssue } from "../../src/domain/types";

function ind(code: string, unit: Unit, extra: Partial<Indicator> = {}): Indicator {
  return { code, name: code, unit, polarity: "lower", targets: [], dashboard: true, ...extra };
}

const CATALOGUE = [
  ind("UNALLOC28", "count"),
  ind("NI59", "percent", { polarity: "higher" }),
  ind("KS2_GAP", "pp", { frequency: "annual" }),
];

function month(key: string): number {
  const m = parseMonthKey(key);
  if (m === undefined) throw new Error(`bad test month ${key}`);
  return m;
}

/** Builds observations as if read from rows 2, 3, 4 … of a table, Value in column D. */
function table() {
  const rows: Observation[] = [];
  const add = (code: string, key: string, value: number | null, area = ""): Observation => {
    const row = rows.length;
    const obs: Observation = { code, month: month(key), area, value, at: { sheet: "Data", cell: `D${row + 2}` }, row };
    rows.push(obs);
    return obs;
  };
  /** A run of consecutive months from `startKey`. */
  const run = (code: string, startKey: string, values: (number | null)[], area = ""): Observation[] =>
    values.map((v, i) => add(code, keyAfter(startKey, i), v, area));
  return { rows, add, run };
}

function keyAfter(startKey: string, months: number): string {
  const m = month(startKey) + months;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
}

function found(issues: ValidationIssue[], rule: string): [string, string, string][] {
  return issues.filter((i) => i.rule === rule).map((i) => [i.rule, i.severity, `${i.sheet}!${i.cell}`]);
}

/** A repeatable wobble in [-1, 1], so "noisy" series are the same on every run. */
function wobble(i: number): number {
  return Math.sin(i * 12.9898) * 0.5 + Math.sin(i * 78.233) * 0.5;
}

describe("SERIES_RULES", () => {
  it("lists each rule once", () => {
    const ids = SERIES_RULES.map((r) => r.id);
    expect(ids).toEqual(["missing-months", "stale-indicator", "implausible-jump", "area-sum-mismatch"]);
  });
});

describe("missing-months", () => {
  it("one warning per gap, at the row after it, naming the missing months", () => {
    const t = table();
    t.add("NI59", "2012-09", 85);
    t.add("NI59", "2012-10", 86);
    t.add("NI59", "2013-02", 87); // Nov 2012 to Jan 2013 missing
    t.add("NI59", "2013-04", 88); // Mar 2013 missing
    const issues = checkSeries(t.rows, CATALOGUE);
    expect(found(issues, "missing-months")).toEqual([
      ["missing-months", "warning", "Data!D4"],
      ["missing-months", "warning", "Data!D5"],
    ]);
    expect(issues[0]!.message).toContain("Nov 2012 to Jan 2013");
    expect(issues[1]!.message).toContain("Mar 2013");
  });

  it("judges each area on its own", () => {
    const t = table();
    t.run("UNALLOC28", "2012-09", [5, 6, 7]);
    t.add("UNALLOC28", "2012-09", 1, "East Kent");
    t.add("UNALLOC28", "2012-11", 2, "East Kent");
    expect(found(checkSeries(t.rows, CATALOGUE), "missing-months")).toEqual([["missing-months", "warning", "Data!D6"]]);
  });

  it("not for a complete series, whatever the row order, and blank values count as present", () => {
    const t = table();
    t.add("NI59", "2012-11", 86);
    t.add("NI59", "2012-09", null);
    t.add("NI59", "2012-10", 85);
    t.run("UNALLOC28", "2012-06", [1, 2, 3], "West Kent");
    t.run("UNALLOC28", "2012-09", [1, 2, 3]);
    expect(checkSeries(t.rows, CATALOGUE)).toEqual([]);
  });

  it("annual indicators: a missing year", () => {
    const t = table();
    t.add("KS2_GAP", "2010-07", 40);
    t.add("KS2_GAP", "2011-07", 38);
    t.add("KS2_GAP", "2013-07", 35);
    const issues = checkSeries(t.rows, CATALOGUE);
    expect(found(issues, "missing-months")).toEqual([["missing-months", "warning", "Data!D4"]]);
    expect(issues[0]!.message).toContain("Jul 2012");
  });

  it("not for annual figures a year or so apart, even when dated in different months", () => {
    const t = table();
    t.add("KS2_GAP", "2010-07", 40);
    t.add("KS2_GAP", "2011-07", 38);
    t.add("KS2_GAP", "2012-09", 36);
    expect(checkSeries(t.rows, CATALOGUE)).toEqual([]);
  });
});

describe("stale-indicator", () => {
  it("a monthly indicator 2 months behind, at its latest row (the whole authority's when areas tie)", () => {
    const t = table();
    t.run("NI59", "2012-08", [85, 86, 87]);
    t.add("UNALLOC28", "2012-08", 3, "East Kent");
    t.add("UNALLOC28", "2012-08", 9);
    const issues = checkSeries(t.rows, CATALOGUE);
    expect(found(issues, "stale-indicator")).toEqual([["stale-indicator", "warning", "Data!D6"]]);
    expect(issues[0]!.message).toContain("Aug 2012");
  });

  it("not for a monthly indicator 1 month behind", () => {
    const t = table();
    t.run("NI59", "2012-08", [85, 86, 87]);
    t.run("UNALLOC28", "2012-08", [3, 4]);
    expect(found(checkSeries(t.rows, CATALOGUE), "stale-indicator")).toEqual([]);
  });

  it("an annual indicator more than 12 months behind the monthly ones", () => {
    const t = table();
    t.add("KS2_GAP", "2011-07", 38);
    t.run("NI59", "2012-07", [85, 86]);
    expect(found(checkSeries(t.rows, CATALOGUE), "stale-indicator")).toEqual([
      ["stale-indicator", "warning", "Data!D2"],
    ]);
  });

  it("not for an annual indicator up to 12 months behind", () => {
    const t = table();
    t.add("KS2_GAP", "2011-07", 38);
    t.run("NI59", "2012-06", [85, 86]);
    expect(found(checkSeries(t.rows, CATALOGUE), "stale-indicator")).toEqual([]);
  });
});

describe("implausible-jump", () => {
  it("a figure far outside a noisy but steady series", () => {
    const t = table();
    t.run("UNALLOC28", "2011-01", [...Array.from({ length: 18 }, (_, i) => Math.round(100 + 10 * wobble(i))), 400]);
    expect(found(checkSeries(t.rows, CATALOGUE), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D20"],
    ]);
  });

  it("a spike is flagged going up and coming back down", () => {
    const t = table();
    t.run("NI59", "2011-01", [80, 81, 80, 82, 81, 80, 81, 30, 81, 80, 82]);
    expect(found(checkSeries(t.rows, CATALOGUE), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D9"],
      ["implausible-jump", "warning", "Data!D10"],
    ]);
  });

  it("judges a series once it has six changes, and not with five", () => {
    const five = table();
    five.run("NI59", "2011-01", [80, 81, 80, 82, 81, 30]);
    expect(found(checkSeries(five.rows, CATALOGUE), "implausible-jump")).toEqual([]);
    const six = table();
    six.run("NI59", "2011-01", [80, 81, 80, 82, 81, 80, 30]);
    expect(found(checkSeries(six.rows, CATALOGUE), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D8"],
    ]);
  });

  it("allows a smooth series a move of up to 5% of its level, and no more", () => {
    // Flat at 80, so the spread is zero and only the 5% floor (4 points) decides: a move of exactly 4 is allowed.
    const within = table();
    within.run("NI59", "2011-01", [80, 80, 80, 80, 80, 80, 84]);
    expect(found(checkSeries(within.rows, CATALOGUE), "implausible-jump")).toEqual([]);
    const beyond = table();
    beyond.run("NI59", "2011-01", [80, 80, 80, 80, 80, 80, 84.5]);
    expect(found(checkSeries(beyond.rows, CATALOGUE), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D8"],
    ]);
  });

  it("says what moved, from what to what, against the months around it", () => {
    const t = table();
    t.run("NI59", "2011-01", [80, 81, 80, 82, 81, 80, 30]);
    const messages = checkSeries(t.rows, CATALOGUE)
      .filter((i) => i.rule === "implausible-jump")
      .map((i) => i.message);
    expect(messages).toEqual([
      "In table IndicatorData, cell D8 (Value): NI59 for the whole authority went from 80 in Jun 2011 to 30 in Jul 2011 (-50), where the months around it moved by about -1. Check the figure.",
    ]);
  });

  it("says a rise with its sign, rounded to two decimals, and names the area", () => {
    const t = table();
    t.run("NI59", "2011-01", [80, 80, 80, 80, 80, 80, 90.256], "East Kent");
    const messages = checkSeries(t.rows, CATALOGUE)
      .filter((i) => i.rule === "implausible-jump")
      .map((i) => i.message);
    expect(messages).toEqual([
      "In table IndicatorData, cell D8 (Value): NI59 for area East Kent went from 80 in Jun 2011 to 90.256 in Jul 2011 (+10.26), where the months around it moved by about 0. Check the figure.",
    ]);
  });

  it("judges each series by its own trend, not by the size of the change", () => {
    const t = table();
    // Falling by about 100 a month is this series' normal; a month that falls 500 is not.
    t.run("UNALLOC28", "2011-01", [2269, 2170, 2068, 1973, 1870, 1772, 1670, 1170, 1068]);
    expect(found(checkSeries(t.rows, CATALOGUE), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D9"],
    ]);
  });

  it("not on a noisy but steady series, whose odd bigger move a three-sigma rule would flag", () => {
    const t = table();
    // Small wobbles plus one month a year about 30 higher (a seasonal bump).
    t.run(
      "UNALLOC28",
      "2011-01",
      Array.from({ length: 36 }, (_, i) => Math.round(200 + 10 * wobble(i) + (i % 12 === 5 ? 30 : 0))),
    );
    expect(checkSeries(t.rows, CATALOGUE)).toEqual([]);
  });

  it("flags a change beyond six sigma of the series' own spread, and not one a three-sigma rule would flag", () => {
    // A percentage see-sawing 50, 52, 50 …: residuals of ±4, so sigma ≈ 1.4826 × 4 ≈ 5.9 and the
    // six-sigma limit ≈ 35.6, far above the 5% floors (about 2.6). Then the level steps up from Sep 2011.
    const seesaw = (step: number) => Array.from({ length: 14 }, (_, i) => (i % 2 === 1 ? 52 : 50) + (i >= 8 ? step : 0));
    const withinSix = table();
    withinSix.run("NI59", "2011-01", seesaw(28)); // 52 → 78: about 4.4 sigma
    expect(found(checkSeries(withinSix.rows, CATALOGUE), "implausible-jump")).toEqual([]);
    const beyondSix = table();
    beyondSix.run("NI59", "2011-01", seesaw(48)); // 52 → 98: about 7.8 sigma
    expect(found(checkSeries(beyondSix.rows, CATALOGUE), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D10"],
    ]);
  });

  it("allows 5% of the series' usual level after a figure far below it", () => {
    // Flat at 80, then a fall to 40 (flagged); the month after recovers by 3.5, within 5% of the
    // usual level (4) though beyond 5% of the 40 it started from (2).
    // Blank months before the series started are not figures of zero: they do not pull the usual level down.
    const t = table();
    t.run("NI59", "2010-01", [...Array.from({ length: 12 }, () => null), 80, 80, 80, 80, 80, 80, 80, 40, 43.5]);
    expect(found(checkSeries(t.rows, CATALOGUE), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D21"],
    ]);
  });

  it("allows 5% of the figure before the change after a figure far above the usual level", () => {
    // Flat at 10, then a rise to 90 (flagged); the month after falls by 3.5, within 5% of the 90 it
    // started from (4.5) though beyond 5% of the usual level (0.5) and the 1-unit floor.
    const t = table();
    t.run("NI59", "2011-01", [10, 10, 10, 10, 10, 10, 10, 90, 86.5]);
    expect(found(checkSeries(t.rows, CATALOGUE), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D9"],
    ]);
  });

  it("not on a steady trend", () => {
    const t = table();
    t.run(
      "UNALLOC28",
      "2011-01",
      Array.from({ length: 24 }, (_, i) => 2269 - 95 * i + Math.round(5 * wobble(i))),
    );
    expect(checkSeries(t.rows, CATALOGUE)).toEqual([]);
  });

  it("not on a very smooth series making an ordinary small move (the floor)", () => {
    const t = table();
    t.run("NI59", "2011-01", [87.5, 87.51, 87.49, 87.5, 87.5, 87.51, 87.5, 89.5]);
    expect(checkSeries(t.rows, CATALOGUE)).toEqual([]);
  });

  it("not on a backlog cleared at a slowing pace, then held at zero", () => {
    const t = table();
    // The shape of the real 2011–12 recovery: big falls that shrink, then months of zero.
    t.run("UNALLOC28", "2011-04", [973, 718, 518, 345, 191, 145, 119, 92, 76, 58, 49, 39, 26, 15, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(found(checkSeries(t.rows, CATALOGUE), "implausible-jump")).toEqual([]);
  });

  it("not on small counts moving by a few cases (chance variation of about their square root)", () => {
    const t = table();
    t.run("UNALLOC28", "2011-01", [0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 5, 1, 0, 0, 0]);
    expect(found(checkSeries(t.rows, CATALOGUE), "implausible-jump")).toEqual([]);
  });

  it("not on the April restart of a year-to-date percentage, but on a jump in another month", () => {
    const ytd = [...CATALOGUE, ind("NI60", "percent", { polarity: "higher", yearToDate: true })];
    const t = table();
    t.run("NI60", "2011-10", [72.1, 72.3, 72.2, 72.4, 72.3, 72.4, 81.4, 81.2, 81.3, 81.1, 81.2, 60.0, 81.2, 81.3]);
    expect(found(checkSeries(t.rows, ytd), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D13"],
      ["implausible-jump", "warning", "Data!D14"],
    ]);
  });

  describe("an annual indicator: changes between figures 6 to 18 months apart", () => {
    // KS2_GAP: one figure a year, each August, see-sawing 20 and 21 points, then a figure of 40.
    const years = [20, 21, 20, 21, 20, 21, 20];
    const annual = (monthsToLast: number) => {
      const t = table();
      years.forEach((v, i) => t.add("KS2_GAP", keyAfter("2011-08", 12 * i), v));
      t.add("KS2_GAP", keyAfter("2017-08", monthsToLast), 40);
      return found(checkSeries(t.rows, CATALOGUE), "implausible-jump");
    };

    it.each([6, 12, 18])("flags a jump to a figure %i months after the last", (months) => {
      expect(annual(months)).toEqual([["implausible-jump", "warning", "Data!D9"]]);
    });

    it.each([5, 19])("does not compare figures %i months apart", (months) => {
      expect(annual(months)).toEqual([]);
    });

    it("does not treat a monthly indicator's figures a year apart as adjacent", () => {
      const t = table();
      years.forEach((v, i) => t.add("NI59", keyAfter("2011-08", 12 * i), v));
      t.add("NI59", "2018-08", 40);
      expect(found(checkSeries(t.rows, CATALOGUE), "implausible-jump")).toEqual([]);
    });
  });

  it("not on a month with no change inside a steep steady fall", () => {
    const t = table();
    // Falling 300 a month, with one month standing still: 300 off the trend, but no figure moved.
    t.run("UNALLOC28", "2011-01", [3000, 2700, 2400, 2100, 1800, 1800, 1500, 1200, 900, 600]);
    expect(found(checkSeries(t.rows, CATALOGUE), "implausible-jump")).toEqual([]);
  });

  it("judges each change against the three changes either side of it, not itself or the one before twice", () => {
    // A percentage wandering between 42 and 59: the fall of 14 in Feb 2011 is out of line with the months around it.
    const wandering = table();
    wandering.run("NI59", "2011-01", [59, 45, 48, 52, 56, 58, 54, 56, 51, 45]);
    expect(found(checkSeries(wandering.rows, CATALOGUE), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D3"],
    ]);
    const drifting = table();
    drifting.run("NI59", "2011-01", [57, 54, 48, 59, 52, 47, 51, 49, 48, 45, 42]);
    expect(found(checkSeries(drifting.rows, CATALOGUE), "implausible-jump")).toEqual([]);
  });

  it("checks a series whose code is not in the catalogue as a monthly one", () => {
    const t = table();
    t.run("NEW_CODE", "2011-01", [80, 81, 80, 82, 81, 80, 30]);
    expect(found(checkSeries(t.rows, CATALOGUE), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D8"],
    ]);
  });

  it("compares figures on either side of a series break only when both are on the same side", () => {
    // A new definition from Aug 2011: Jul → Aug is not compared; Aug → Sep is, and the fall to 30 is flagged.
    const withBreak = [...CATALOGUE, ind("NI59B", "percent", { polarity: "higher", seriesBreak: { from: month("2011-08"), note: "new definition" } })];
    const t = table();
    t.run("NI59B", "2011-01", [80, 81, 80, 82, 81, 80, 81, 60, 30, 31, 30, 29, 30, 31, 30, 30]);
    expect(found(checkSeries(t.rows, withBreak), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D10"],
    ]);
  });

  it("still compares the figures before a series break with each other", () => {
    const withBreak = [...CATALOGUE, ind("NI59B", "percent", { polarity: "higher", seriesBreak: { from: month("2012-01"), note: "new definition" } })];
    const t = table();
    t.run("NI59B", "2011-01", [80, 81, 80, 82, 81, 80, 81, 30, 31, 30, 29, 30, 31]);
    expect(found(checkSeries(t.rows, withBreak), "implausible-jump")).toEqual([
      ["implausible-jump", "warning", "Data!D9"],
    ]);
  });

  it("not before a series has 6 changes", () => {
    const t = table();
    t.run("UNALLOC28", "2011-01", [100, 101, 100, 101, 100, 900]);
    expect(checkSeries(t.rows, CATALOGUE)).toEqual([]);
  });

  it("not across a gap or a blank value", () => {
    const t = table();
    t.run("UNALLOC28", "2011-01", [100, 101, 100, 101, 100, 101, 100, null, 900]);
    expect(found(checkSeries(t.rows, CATALOGUE), "implausible-jump")).toEqual([]);
  });
});

describe("area-sum-mismatch", () => {
  it("count areas that do not add up to the whole authority, at the authority row", () => {
    const t = table();
    t.add("UNALLOC28", "2012-10", 300, "East Kent");
    t.add("UNALLOC28", "2012-10", 973);
    t.add("UNALLOC28", "2012-10", 300, "Mid Kent");
    t.add("UNALLOC28", "2012-10", 300, "West Kent");
    const issues = checkSeries(t.rows, CATALOGUE);
    expect(found(issues, "area-sum-mismatch")).toEqual([["area-sum-mismatch", "warning", "Data!D3"]]);
    expect(issues[0]!.message).toContain("973");
    expect(issues[0]!.message).toContain("900");
  });

  it.each<[string, Array<[string, number | null, string]>]>([
    [
      "areas that add up",
      [
        ["UNALLOC28", 973, ""],
        ["UNALLOC28", 400, "East Kent"],
        ["UNALLOC28", 573, "West Kent"],
      ],
    ],
    [
      "a percent indicator",
      [
        ["NI59", 87.5, ""],
        ["NI59", 80, "East Kent"],
        ["NI59", 90, "West Kent"],
      ],
    ],
    [
      "a blank area value",
      [
        ["UNALLOC28", 973, ""],
        ["UNALLOC28", null, "East Kent"],
        ["UNALLOC28", 573, "West Kent"],
      ],
    ],
    [
      "no authority row",
      [
        ["UNALLOC28", 400, "East Kent"],
        ["UNALLOC28", 573, "West Kent"],
      ],
    ],
    ["no area rows", [["UNALLOC28", 973, ""]]],
  ])("not for %s", (_name, rows) => {
    const t = table();
    for (const [code, value, area] of rows) t.add(code, "2012-10", value, area);
    expect(found(checkSeries(t.rows, CATALOGUE), "area-sum-mismatch")).toEqual([]);
  });
});

describe("checkSeries with readObservations", () => {
  it("points at the table's Value cells and names the table", () => {
    const rows: CellValue[][] = [
      ["NI59", "Sep 2012", "", 85],
      ["NI59", "Dec 2012", "", 86],
    ];
    const { observations } = readObservations(
      {
        name: "Figures",
        sheet: "Monthly",
        origin: { row: 3, column: 2 },
        headers: ["Code", "Period", "Area", "Value"],
        rows,
        source: "table",
      },
      CATALOGUE,
    );
    const issues = checkSeries(observations, CATALOGUE, { tableName: "Figures" });
    expect(found(issues, "missing-months")).toEqual([["missing-months", "warning", "Monthly!E5"]]);
    expect(issues[0]!.message).toContain("Figures");
  });

  it("handles 100,000 rows in one pass without running out of stack", () => {
    const rows: CellValue[][] = [];
    // 1,000 months (periods run 1990 to 2099) of 99 districts and their total.
    const areas = ["", ...Array.from({ length: 99 }, (_, i) => `District ${i + 1}`)];
    for (let i = 0; i < 1000; i++) {
      const period = keyAfter("1990-01", i);
      for (const area of areas) rows.push(["UNALLOC28", period, area, area === "" ? 9900 + i * 99 : 100 + i]);
    }
    const table = {
      name: "IndicatorData",
      sheet: "Data",
      origin: { row: 1, column: 1 },
      headers: ["Code", "Period", "Area", "Value"],
      rows,
      source: "table" as const,
      hiddenRows: rows.map((_, i) => i),
    };
    const { observations, issues } = readObservations(table, CATALOGUE);
    expect(observations).toHaveLength(100_000);
    expect(issues.map((i) => i.rule)).toEqual(["hidden-rows"]);
    expect(checkSeries(observations, CATALOGUE)).toEqual([]);
  });
});

describe("median", () => {
  it("matches the middle of the sorted values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), {
          minLength: 1,
          maxLength: 60,
        }),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b);
          const n = sorted.length;
          const expected = n % 2 ? sorted[n >> 1]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
          expect(median(values)).toBeCloseTo(expected, 6);
        },
      ),
    );
  });

  it("is NaN for no values and leaves its input alone", () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("medianOfFirst", () => {
  it("is the median of the first n entries, whatever lies beyond them, which stay as they were", () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 40 }), fc.array(finite, { maxLength: 10 }), (used, beyond) => {
        const scratch = Float64Array.from([...used, ...beyond]);
        const result = medianOfFirst(scratch, used.length);
        if (used.length === 0) expect(result).toBeNaN();
        else expect(result).toBe(median(used));
        expect([...scratch.subarray(used.length)]).toEqual(beyond);
      }),
    );
  });
});
