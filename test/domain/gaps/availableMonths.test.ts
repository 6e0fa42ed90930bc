import { describe, expect, it } from "vitest";
import { availableMonths, UnknownPeriodError } from "../../../src/domain/gaps/availableMonths";
import { m, monthly, obs } from "./fixtures";

describe("availableMonths", () => {
  it("lists distinct months with a figure, oldest first", () => {
    const data = [obs("A", "2012-10", 1), obs("B", "2012-08", 1), obs("A", "2012-08", 2), obs("A", "2012-09", null)];
    expect(availableMonths(data)).toEqual([m("2012-08"), m("2012-10")]);
  });
});

describe("UnknownPeriodError", () => {
  it("has a code and lists up to 24 months one by one", () => {
    const e = new UnknownPeriodError(m("2013-05"), availableMonths(monthly("A", "2012-09", [1, 2])));
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe("UNKNOWN_PERIOD");
    expect(e.message).toContain("2013-05");
    expect(e.message).toContain("2012-09, 2012-10");
  });

  it("summarises a long list as first … last and a count", () => {
    const months = availableMonths(monthly("A", "2011-02", Array.from({ length: 74 }, () => 1)));
    const e = new UnknownPeriodError(m("2013-05"), months);
    expect(e.message).toContain("2011-02 … 2017-03");
    expect(e.message).toContain("74");
    expect(e.message).not.toContain("2012-01");
  });
});
