import { describe, expect, it } from "vitest";
import { UnknownPeriodError } from "../../../src/domain/errors";
import { availableMonths } from "../../../src/domain/gaps/availableMonths";
import { m, monthly, obs } from "./fixtures";

describe("availableMonths", () => {
  it("lists distinct months with a figure, oldest first", () => {
    const data = [obs("A", "2012-10", 1), obs("B", "2012-08", 1), obs("A", "2012-08", 2), obs("A", "2012-09", null)];
    expect(availableMonths(data)).toEqual([m("2012-08"), m("2012-10")]);
  });
});

describe("UnknownPeriodError", () => {
  it("has a code and lists separate months one by one", () => {
    const e = new UnknownPeriodError(m("2013-05"), [m("2012-09"), m("2012-11")]);
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe("UNKNOWN_PERIOD");
    expect(e.message).toContain("2013-05");
    expect(e.message).toContain("2012-09, 2012-11");
  });

  it("lists a long series as contiguous runs, showing every gap", () => {
    const months = availableMonths(monthly("A", "2011-02", Array.from({ length: 74 }, () => 1))).filter(
      (month) => month !== m("2012-10"),
    );
    const e = new UnknownPeriodError(m("2012-10"), months);
    expect(e.message).toContain("2011-02 to 2012-09, 2012-11 to 2017-03");
  });
});
