import { describe, expect, it } from "vitest";
import {
  ActionDateError,
  addDays,
  parseActionRef,
  plainText,
  readDayCell,
  readStatus,
  todayIso,
} from "../../../src/domain/actions";
import { monthIndex } from "../../../src/domain/periods";
import type { CellValue } from "../../../src/domain/types";

describe("parseActionRef", () => {
  it.each([
    ["1.1.1", { ref: "1.1.1", priority: 1, outcome: "1.1" }],
    ["2.4.10", { ref: "2.4.10", priority: 2, outcome: "2.4" }],
    ["1.2.1.", { ref: "1.2.1", priority: 1, outcome: "1.2" }],
    ["1.5", { ref: "1.5", priority: 1, outcome: "1.5" }],
    [" 3 ", { ref: "3", priority: 3 }],
  ])("%j", (text, expected) => {
    expect(parseActionRef(text)).toEqual(expected);
  });

  it.each(["2.4.8 & 2.4.9", "Page 54", "", "1.2.3.4", "a.1"])("does not read %j", (text) => {
    expect(parseActionRef(text)).toBeUndefined();
  });
});

describe("readStatus", () => {
  it.each([
    ["Not started", "not started"],
    ["IN PROGRESS", "in progress"],
    ["In-progress", "in progress"],
    ["Completed", "completed"],
    ["complete", "completed"],
    ["Done", "completed"],
    ["Overdue", "overdue"],
    [" on  hold ", "on hold"],
    ["Cancelled", "cancelled"],
    ["Canceled", "cancelled"],
  ])("%j → %s", (text, status) => {
    expect(readStatus(text)).toBe(status);
  });

  it("is undefined when blank and null for other words", () => {
    expect(readStatus(" ")).toBeUndefined();
    expect(readStatus("Green")).toBeNull();
    expect(readStatus("Nearly done")).toBeNull();
  });
});

describe("readDayCell", () => {
  it.each<[CellValue, "start" | "end", string]>([
    ["2011-03-01", "start", "2011-03-01"],
    ["01/03/2011", "start", "2011-03-01"],
    [40603, "start", "2011-03-01"],
    [new Date(Date.UTC(2011, 2, 1)), "end", "2011-03-01"],
    ["1 March 2011", "end", "2011-03-01"],
    ["31 Sept 2011", "end", "2011-09-30"],
    ["March 2011", "start", "2011-03-01"],
    ["March 2011", "end", "2011-03-31"],
  ])("%j as a %s → %s", (cell, edge, day) => {
    expect(readDayCell(cell, edge)).toBe(day);
  });

  it.each<CellValue>(["soon", "1 March", "1 March 2011 - 31 May 2011", 12, true])("does not read %j", (cell) => {
    expect(readDayCell(cell, "end")).toBeNull();
  });

  it("is undefined when blank", () => {
    expect(readDayCell(null, "start")).toBeUndefined();
    expect(readDayCell(" ", "start")).toBeUndefined();
  });
});

describe("todayIso and addDays", () => {
  it("takes a month as its last day, and an ISO day as it is", () => {
    expect(todayIso(monthIndex(2012, 2))).toBe("2012-02-29");
    expect(todayIso("2011-10-31")).toBe("2011-10-31");
  });

  it.each<[unknown]>([["31/10/2011"], ["2011-02-30"], [-1], [1.5]])("throws a coded error for %j", (today) => {
    expect(() => todayIso(today as string)).toThrow(ActionDateError);
    try {
      todayIso(today as string);
    } catch (e) {
      expect((e as ActionDateError).code).toBe("ACTION_BAD_TODAY");
    }
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2011-12-20", 30)).toBe("2012-01-19");
  });
});

describe("plainText", () => {
  it("removes tags and entities and collapses whitespace", () => {
    expect(plainText('<ul style="list-style-type: none"> <li>Plan&nbsp;agreed &amp; done</li></ul>')).toBe(
      "Plan agreed & done",
    );
    expect(plainText(null)).toBe("");
    expect(plainText(12)).toBe("12");
  });
});
