import { describe, expect, it } from "vitest";
import { parseTimescale, type Timescale } from "../../../src/domain/actions";

const range = (start?: string, end?: string) => ({ ...(start ? { start } : {}), ...(end ? { end } : {}) });

describe("parseTimescale", () => {
  // Timescale cells copied from the plan (seed 004), with what they mean.
  it.each<[string, Timescale]>([
    ["31 March 2011 - 31 March 2012", { ranges: [range("2011-03-31", "2012-03-31")], completed: false }],
    [
      "1 March 2011 – 1 Sept 2011 (review)",
      { ranges: [range("2011-03-01", "2011-09-01")], completed: false, review: true },
    ],
    ["1 March – 31 May 2011", { ranges: [range("2011-03-01", "2011-05-31")], completed: false }],
    ["31 July 2011- 15 August 2011", { ranges: [range("2011-07-31", "2011-08-15")], completed: false }],
    ["01 June 2011 - 31 July 2011", { ranges: [range("2011-06-01", "2011-07-31")], completed: false }],
    // The plan's own impossible date: 31 September is read as the month's last day.
    ["1 July 2011 - 31 Sept 2011", { ranges: [range("2011-07-01", "2011-09-30")], completed: false }],
    ["Completed", { ranges: [], completed: true }],
    [
      "1 March 2011 (monthly review)",
      { ranges: [range("2011-03-01")], completed: false, recurring: "monthly", review: true },
    ],
    ["Quarterly", { ranges: [], completed: false, recurring: "quarterly" }],
    ["After each audit", { ranges: [], completed: false, recurring: "after each audit" }],
    ["April 2011 onwards", { ranges: [range("2011-04-01")], completed: false }],
    ["From 1 April 2011", { ranges: [range("2011-04-01")], completed: false }],
    [
      "1 March – 31 May 2011 1 June 2011 – 31 March 2012",
      { ranges: [range("2011-03-01", "2011-05-31"), range("2011-06-01", "2012-03-31")], completed: false },
    ],
    [
      "1 March 2011– 1 March 2012 1 April 2012- 1 April 2013",
      { ranges: [range("2011-03-01", "2012-03-01"), range("2012-04-01", "2013-04-01")], completed: false },
    ],
    // A start without a year takes the end's, a year earlier if it would otherwise come after the end.
    [
      "1 March 2011 – 31 March 2011 1 May– 1 March 2013 (year on year)",
      {
        ranges: [range("2011-03-01", "2011-03-31"), range("2012-05-01", "2013-03-01")],
        completed: false,
        recurring: "annually",
      },
    ],
    ["30 June - July 2011", { ranges: [range("2011-06-30", "2011-07-31")], completed: false }],
    ["1- 31 Dec 2011", { ranges: [range("2011-12-01", "2011-12-31")], completed: false }],
    ["Jan 2011 – Sept 2011 (review)", { ranges: [range("2011-01-01", "2011-09-30")], completed: false, review: true }],
    ["28 Feb – 29 April 2011", { ranges: [range("2011-02-28", "2011-04-29")], completed: false }],
    ["31 March 2011", { ranges: [range(undefined, "2011-03-31")], completed: false }],
    [
      "Monthly until 1 March 2012",
      { ranges: [range(undefined, "2012-03-01")], completed: false, recurring: "monthly" },
    ],
    [
      "Reports in 31 March 2011 & 31 July 2011",
      { ranges: [range(undefined, "2011-03-31"), range(undefined, "2011-07-31")], completed: false },
    ],
    [
      "1 Feb 2011 - 31 March 2011 30 April 2011 30 September 2011 (review)",
      {
        ranges: [range("2011-02-01", "2011-03-31"), range(undefined, "2011-04-30"), range(undefined, "2011-09-30")],
        completed: false,
        review: true,
      },
    ],
    [
      "1 March 2011 (Review at weekly and monthly intervals)",
      { ranges: [range("2011-03-01")], completed: false, recurring: "weekly", review: true },
    ],
    [
      "1 February 2011, Review weekly",
      { ranges: [range("2011-02-01")], completed: false, recurring: "weekly", review: true },
    ],
    ["1 June 2011 (rolling programme)", { ranges: [range("2011-06-01")], completed: false, recurring: "rolling" }],
    [
      "Start June 2011 - as per audit schedule",
      { ranges: [range("2011-06-01")], completed: false, recurring: "after each audit" },
    ],
    [
      "Review in November 2011; final review in May 2012",
      { ranges: [range(undefined, "2011-11-30"), range(undefined, "2012-05-31")], completed: false, review: true },
    ],
    ["<p>1 April 2011 – 1 Dec 2012</p>", { ranges: [range("2011-04-01", "2012-12-01")], completed: false }],
    ["Review monthly", { ranges: [], completed: false, recurring: "monthly", review: true }],
    ["1 March to 31 May 2011", { ranges: [range("2011-03-01", "2011-05-31")], completed: false }],
    ["01/03/2011 - 2011-05-31", { ranges: [range("2011-03-01", "2011-05-31")], completed: false }],
  ])("%j", (text, expected) => {
    expect(parseTimescale(text)).toEqual(expected);
  });

  it("returns nothing for a blank cell", () => {
    expect(parseTimescale(null)).toEqual({ ranges: [], completed: false });
  });

  it.each<[string, string]>([
    ["tbc", "tbc"],
    ["When funding allows", "When funding allows"],
    ["1 March 2011 subject to Cabinet", "subject Cabinet"],
    // A day and month with no year anywhere cannot be placed.
    ["1 May", "1 May"],
  ])("keeps what it cannot read: %j", (text, unparsed) => {
    expect(parseTimescale(text).unparsed).toBe(unparsed);
  });
});
