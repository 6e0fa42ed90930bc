/**
 * What `build --json` says about the Notice's targets on the sample, October
 * 2012, set beside the council's own report of that month: the verdicts a
 * Department for Education officer would reach reading the Notice.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { initSample, scorecard } from "./run";

interface Named {
  target: number | null;
  gap: number | null;
  rag: string;
}
interface IndicatorJson {
  code: string;
  area: string;
  value: number | null;
  target: number | null;
  gap: number | null;
  rag: string;
  ratedBy: string | null;
  gaps: { statutory: Named | null; internal: Named | null; benchmark: Named | null };
  targets: { label: string; levelText?: string; average?: { basis: string; figure: number }; atDeadline?: { period: string; value: number; met: boolean } }[];
}
interface NoticeJson {
  code: string | null;
  reference: string;
  kind: string;
  target: string;
  rag: string;
  verdict: string;
  verdictText: string;
  basis: string | null;
  atDeadline: { period: string; value: number | null; met: boolean | null } | null;
  minimising: { rises: number; minimising: boolean } | null;
  actions: { ref: string; state: string }[] | null;
  detail: string;
}

describe("build --json on the sample, October 2012", () => {
  let json: { period: string; indicators: IndicatorJson[]; notice: NoticeJson[]; budget: { year: string } };
  const indicator = (code: string) => json.indicators.find((i) => i.code === code && i.area === "")!;
  const notice = (code: string, label: RegExp) => json.notice.find((n) => n.code === code && label.test(n.target))!;

  beforeAll(async () => {
    const { dir, sample } = await initSample();
    const run = await scorecard("build", sample, "-o", join(dir, "d.xlsx"), "--period", "2012-10", "--json");
    expect(run.code).toBe(0);
    json = JSON.parse(run.stdout);
  });

  it("keeps the contract's eight keys first, then names the headline's target and every gap", () => {
    const ia = indicator("IA_OOT");
    expect(Object.keys(ia).slice(0, 10)).toEqual(["code", "area", "value", "previous", "target", "gap", "rag", "direction", "ratedBy", "gaps"]);
  });

  it.each([
    ["NI59", 59.1, 87.5],
    ["NI60", 50.9, 83.1],
  ])("%s is green against its baseline, the Feb 2011 level (%s%%)", (code, base, value) => {
    const i = indicator(code);
    expect(i).toMatchObject({ value, target: base, rag: "green", ratedBy: "statutory" });
    expect(i.targets[0]!.levelText).toBe(`at least the Feb 2011 level, ${base}%`);
    expect(notice(code, /maintain/)).toMatchObject({ reference: "IN 6", rag: "green", verdict: "met" });
  });

  it("initial assessments out of timescale: green against both 200 and 100, both gaps shown", () => {
    const ia = indicator("IA_OOT");
    expect(ia).toMatchObject({ value: 63, target: 200, gap: 137, rag: "green", ratedBy: "statutory" });
    expect(ia.gaps.statutory).toMatchObject({ target: 200, gap: 137, rag: "green" });
    expect(ia.gaps.internal).toMatchObject({ target: 100, gap: 37, rag: "green" });
    expect(ia.gaps.benchmark).toBeNull();
  });

  it("initial assessments out of timescale: met at Aug 2011, but not minimised — four rises in a row since June 2012", () => {
    expect(notice("IA_OOT", /200/)).toMatchObject({
      verdictText: "Met; rising 4 months in a row",
      atDeadline: { period: "2011-08", value: 196, met: true },
      minimising: { rises: 4, minimising: false },
    });
  });

  it("core assessments out of timescale: met now; missed at Aug 2011", () => {
    expect(notice("CA_OOT", /100/)).toMatchObject({ rag: "green", verdict: "met", verdictText: "Met now; missed at Aug 2011", atDeadline: { period: "2011-08", value: 530, met: false } });
  });

  it("child protection plans of two years or more: not met against 6% over 2012-13, on the mean of months (no counts in the sample)", () => {
    expect(notice("CP_2YR", /6%/)).toMatchObject({ target: "6% over 2012-13", rag: "red", verdict: "not met", basis: "mean of months" });
  });

  it("only the referrals target says average; the year-to-date series are judged on their own figure", () => {
    const labels = json.notice.filter((n) => n.kind === "period-average").map((n) => n.target);
    expect(labels.filter((l) => /average/.test(l))).toEqual(["an average of at least 65% over 2012-13"]);
  });

  it("lists all sixteen Notice targets, each with its IN reference; qualitative ones with the actions citing them", () => {
    const refs = new Set(json.notice.map((n) => n.reference));
    expect([...refs]).toEqual(Array.from({ length: 16 }, (_, i) => `IN ${i + 1}`));
    const qualitative = json.notice.filter((n) => n.kind === "qualitative");
    expect(qualitative.map((n) => n.reference)).toEqual(["IN 1", "IN 2", "IN 4", "IN 5", "IN 10", "IN 11", "IN 12", "IN 13"]);
    const in5 = qualitative.find((n) => n.reference === "IN 5")!;
    expect(in5.actions!.length).toBeGreaterThan(0);
    for (const a of in5.actions!) expect(in5.detail).toContain(`${a.state} (`);
  });

  it("dates the budget by the reporting month's financial year", () => {
    expect(json.budget.year).toBe("2012-13");
  });
});

describe("the Budget and Actions follow the reporting month", () => {
  let dir: string;
  let sample: string;
  beforeAll(async () => {
    ({ dir, sample } = await initSample());
  });

  it("an August 2011 build shows no 2012-13 spend and says there are no lines for 2011-12", async () => {
    const run = await scorecard("build", sample, "-o", join(dir, "aug.xlsx"), "--period", "2011-08", "--json");
    const { budget } = JSON.parse(run.stdout);
    expect(budget).toMatchObject({ year: "2011-12", otherYears: ["2012-13"], lines: [], note: "No budget lines for 2011-12, the financial year of Aug 2011: the Budget table has lines for 2012-13 only." });
    expect(budget.total.spent).toBe(0);
  });

  it("validate --period dates the Actions checks at that month, as build --period does", async () => {
    const pastDue = async (...period: string[]) => {
      const run = await scorecard("validate", sample, "--json", ...period);
      return (JSON.parse(run.stdout) as { issues: { rule: string }[] }).issues.filter((i) => i.rule === "action-past-due").length;
    };
    const build = JSON.parse((await scorecard("build", sample, "-o", join(dir, "oct.xlsx"), "--period", "2011-10", "--json")).stdout);
    expect(await pastDue("--period", "2011-10")).toBeLessThan(await pastDue());
    // At October 2011 the checks and the build's overdue list agree.
    expect(await pastDue("--period", "2011-10")).toBeLessThanOrEqual(build.actions.overdue.length);
  });

  it("validate rejects a --period that is not YYYY-MM", async () => {
    const run = await scorecard("validate", sample, "--period", "Oct 2012");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--period must be a month written YYYY-MM/);
  });
});
