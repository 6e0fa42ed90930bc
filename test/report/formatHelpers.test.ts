import { describe, expect, it } from "vitest";
import type { Direction, Rag } from "../../src/domain/results";
import type { Unit } from "../../src/domain/types";
import { axisNumberFormat, axisTitle } from "../../src/report/dashboard/charts/axisTitle";
import { directionText } from "../../src/report/layout/directionText";
import { ragStyle, ragWord } from "../../src/report/layout/ragStyle";
import { gapFormat, toSheetNumber, unitFormat } from "../../src/report/layout/unitFormat";

describe("ragWord and ragStyle", () => {
  it.each<[Rag, string, string, string]>([
    ["green", "Green", "#C6EFCE", "#006100"],
    ["amber", "Amber", "#FFEB9C", "#9C5700"],
    ["red", "Red", "#FFC7CE", "#9C0006"],
    ["none", "No target", "#EDEDED", "#404040"],
  ])("%s reads %s on %s", (rag, word, fill, font) => {
    expect(ragWord(rag)).toBe(word);
    expect(ragStyle(rag)).toMatchObject({ fill, fontColor: font, bold: true });
  });
});

describe("directionText", () => {
  it.each<[Direction, string]>([
    ["improving", "▲ Improving"],
    ["worsening", "▼ Worsening"],
    ["stable", "► Stable"],
    ["none", "– No previous"],
  ])("%s → %s", (direction, text) => {
    expect(directionText(direction)).toBe(text);
  });
});

describe("unit formats", () => {
  it.each<[Unit, string, string, string]>([
    ["count", "#,##0", '#,##0" better";#,##0" short";"on target"', "#,##0"],
    ["rate", "0.0", '0.0" better";0.0" short";"on target"', "0.0"],
    ["pp", "0.0", '0.0" pp better";0.0" pp short";"on target"', "0.0"],
    ["currency", "£#,##0", '£#,##0" better";£#,##0" short";"on target"', "£#,##0"],
    ["percent", "0.0%", '0.0" pp better";0.0" pp short";"on target"', "0%"],
  ])("%s: cells %s, gap %s, axis %s", (unit, cell, gap, axis) => {
    expect(unitFormat(unit)).toBe(cell);
    expect(gapFormat(unit)).toBe(gap);
    expect(axisNumberFormat(unit)).toBe(axis);
  });

  it("writes percentages as fractions and other units as they are", () => {
    expect(toSheetNumber("percent", 87.5)).toBe(0.875);
    expect(toSheetNumber("percent", 88.1)).toBe(0.881);
    expect(toSheetNumber("pp", 34)).toBe(34);
    expect(toSheetNumber("count", 63)).toBe(63);
  });
});

describe("axisTitle", () => {
  it.each<[Unit, string, string]>([
    ["count", "Cases unallocated for over 28 days", "Cases"],
    ["count", "Initial assessments in progress out of timescale", "Assessments"],
    ["count", "Children adopted", "Number"],
    ["percent", "% of initial assessments carried out within 7 days", "% of assessments"],
    ["percent", "% of caseholding posts filled", "Per cent"],
    ["rate", "Initial assessments per 10,000 population aged under 18", "Per 10,000"],
    ["rate", "Average caseload per caseholder", "Rate"],
    ["pp", "Attainment gap", "Percentage points"],
    ["currency", "Improvement budget", "£"],
  ])("%s %s → %s", (unit, name, title) => {
    expect(axisTitle(unit, name)).toBe(title);
  });
});
