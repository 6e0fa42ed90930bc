import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { initSample, scorecard } from "./run";

interface JsonIndicator {
  code: string;
  area: string;
  value: number | null;
  previous: number | null;
  target: number | null;
  gap: number | null;
  rag: string;
  direction: string;
  targets: { level: string; target: number | null; rag: string }[];
}

describe("scorecard build", () => {
  let dir: string;
  let sample: string;
  beforeAll(async () => {
    ({ dir, sample } = await initSample());
  });

  async function buildJson(...extra: string[]) {
    const run = await scorecard("build", sample, "-o", join(dir, "out.xlsx"), "--json", ...extra);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as { period: string; indicators: JsonIndicator[] };
  }

  describe("on the sample for October 2012 (the figures of the late-2012 progress report)", () => {
    let byCode: Map<string, JsonIndicator>;
    beforeAll(async () => {
      const json = await buildJson("--period", "2012-10");
      expect(json.period).toBe("2012-10");
      byCode = new Map(json.indicators.filter((i) => i.area === "").map((i) => [i.code, i]));
    });
    const gapTo = (i: JsonIndicator, level: string) => i.targets.find((t) => t.level === level);

    it("initial assessments out of timescale: 63, green against both 200 and 100", () => {
      const ia = byCode.get("IA_OOT")!;
      expect(ia.value).toBe(63);
      expect(ia.target).toBe(200);
      expect(ia.rag).toBe("green");
      expect(gapTo(ia, "statutory")).toMatchObject({ target: 200, rag: "green" });
      expect(gapTo(ia, "internal")).toMatchObject({ target: 100, rag: "green" });
    });

    it("child protection plans lasting two years or more: 7.3%, not green against 6%", () => {
      const cp = byCode.get("CP_2YR")!;
      expect(cp.value).toBe(7.3);
      expect(cp.target).toBe(6);
      expect(cp.rag).not.toBe("green");
      expect(cp.gap).toBeLessThan(0);
    });

    it("caseholding posts filled by permanent social workers: 88.4%, amber against 90%", () => {
      const perm = byCode.get("PERM_POSTS")!;
      expect(perm).toMatchObject({ value: 88.4, target: 90, rag: "amber" });
      expect(perm.gap).toBeCloseTo(-1.6, 6);
    });

    it("average caseload: 17.6, green against 20", () => {
      expect(byCode.get("CASELOAD")).toMatchObject({ value: 17.6, target: 20, gap: 2.4, rag: "green" });
    });

    it("gives every indicator and area the contract's fields and words", () => {
      for (const i of byCode.values()) {
        expect(["green", "amber", "red", "none"]).toContain(i.rag);
        expect(["improving", "worsening", "stable", "none"]).toContain(i.direction);
        expect(Object.keys(i).slice(0, 8)).toEqual([
          "code",
          "area",
          "value",
          "previous",
          "target",
          "gap",
          "rag",
          "direction",
        ]);
      }
    });
  });

  it("reports the latest month present when no --period is given", async () => {
    expect((await buildJson()).period).toBe("2017-03");
  });

  it("rejects a month with no data, listing the months that have some", async () => {
    const run = await scorecard("build", sample, "-o", join(dir, "x.xlsx"), "--period", "2020-01");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("No data for 2020-01. Months with data: 2011-02 to 2017-03.");
  });

  it("rejects a --period that is not YYYY-MM", async () => {
    const run = await scorecard("build", sample, "-o", join(dir, "x.xlsx"), "--period", "Oct 2012");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/YYYY-MM/);
  });

  it("never changes its input file, and refuses to write over it", async () => {
    const before = readFileSync(sample);
    expect((await scorecard("build", sample, "-o", join(dir, "copy.xlsx"))).code).toBe(0);
    expect(readFileSync(sample).equals(before)).toBe(true);
    const over = await scorecard("build", sample, "-o", sample);
    expect(over.code).toBe(2);
    expect(readFileSync(sample).equals(before)).toBe(true);
  });
});
