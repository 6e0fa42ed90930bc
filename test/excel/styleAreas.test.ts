/**
 * Ranges sharing a font, fill or alignment go through one RangeAreas when the
 * host has ExcelApi 1.9, and the sheet ends up formatted exactly as when each
 * range is styled on its own (hosts before 1.9 still are).
 */
import { describe, expect, it } from "vitest";
import { applyPlan } from "../../src/excel/applyPlan";
import { MAX_AREAS_ADDRESS, rangeOnlyPart, styleGroups } from "../../src/excel/styleAreas";
import type { RangeStyle } from "../../src/report/plan/plan";
import { samplePlan } from "../contract/samplePlan";
import { createFakeExcel } from "../fakes/fakeExcel";
import { supportsUpTo } from "./planFixtures";

const bold = { bold: true };
const grey = { fill: "#EEEEEE" };

describe("styleGroups", () => {
  it("gathers ranges with the same font, fill and alignment into one group, in first-use order", () => {
    const styles: RangeStyle[] = [
      { range: "B5:K5", style: bold },
      { range: "B6", style: grey },
      { range: "B9:K9", style: { bold: true } },
      { range: "B10", style: grey },
    ];

    expect(styleGroups(styles)).toEqual([
      { ranges: ["B5:K5", "B9:K9"], style: bold },
      { ranges: ["B6", "B10"], style: grey },
    ]);
  });

  it("does not move a style ahead of an earlier one that touches the same cells", () => {
    // C5 is bold, then plain again, then bold: joining the last to the first would end plain.
    const styles: RangeStyle[] = [
      { range: "B5:K5", style: bold },
      { range: "C5", style: { bold: false } },
      { range: "C5", style: bold },
    ];

    expect(styleGroups(styles)).toEqual([
      { ranges: ["B5:K5"], style: bold },
      { ranges: ["C5"], style: { bold: false } },
      { ranges: ["C5"], style: bold },
    ]);
  });

  it("leaves borders and number formats to each range, and styles that set only those out of the groups", () => {
    const bordered: RangeStyle = { range: "B7", style: { bold: true, numberFormat: "0.0", border: { bottom: true } } };
    const formatOnly: RangeStyle = { range: "C7", style: { numberFormat: "0%" } };

    expect(styleGroups([bordered, formatOnly])).toEqual([{ ranges: ["B7"], style: bold }]);
    expect(rangeOnlyPart(bordered)).toEqual({ range: "B7", style: { numberFormat: "0.0", border: { bottom: true } } });
    expect(rangeOnlyPart({ range: "B8", style: grey })).toBeUndefined();
  });

  it("starts a new group before one address grows past what a single getRanges call should carry", () => {
    const styles: RangeStyle[] = Array.from({ length: 400 }, (_, i) => ({ range: `B${i * 2 + 1}:K${i * 2 + 1}`, style: bold }));

    const groups = styleGroups(styles);

    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) expect(group.ranges.join(",").length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
    expect(MAX_AREAS_ADDRESS).toBeLessThanOrEqual(255);
    expect(groups.flatMap((g) => g.ranges)).toEqual(styles.map((s) => s.range));
  });
});

describe("the sample dashboard written with and without RangeAreas", () => {
  it("gives every cell the same value and format, in a smaller request", async () => {
    const { plan } = samplePlan();
    const written = async (version: string) => {
      const fake = createFakeExcel({ sheets: [{ name: "Notes" }] });
      await applyPlan(fake.excelContext, plan, supportsUpTo(version));
      return { fake, request: Math.max(...fake.requestSizes) };
    };

    const withAreas = await written("1.17");
    const rangeByRange = await written("1.8");

    // Page layout needs ExcelApi 1.9 too, so only the cells are compared.
    const cells = (fake: typeof withAreas.fake, name: string) => (fake.sheet(name).snapshot() as { cells: unknown }).cells;
    for (const sheet of plan.sheets) expect(cells(withAreas.fake, sheet.name)).toEqual(cells(rangeByRange.fake, sheet.name));
    expect(withAreas.request).toBeLessThan(rangeByRange.request);
  });
});
