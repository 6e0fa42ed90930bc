import { describe, expect, it } from "vitest";
import { coverageMatrix, parseCrossReferences } from "../../../src/domain/actions";
import { planAction } from "./fixtures";

const TODAY = "2011-06-30";
const refs = (text: string) => parseCrossReferences(text).refs;

describe("coverageMatrix", () => {
  const actions = [
    planAction({ ref: "2.1.3", crossReferences: refs("IN 3. CT 1. CT 3."), start: "2011-03-01", due: "2011-09-01" }),
    planAction({ ref: "2.1.4", crossReferences: refs("IN 3. O 3. CT1."), status: "completed" }),
    planAction({ ref: "2.2.2", crossReferences: refs("IN 4. CT 2. IN 7. CT 3."), status: "completed" }),
    planAction({ ref: "3.3.4", crossReferences: refs("CT 10."), status: "cancelled" }),
  ];
  const matrix = coverageMatrix(actions, TODAY);
  const cell = (label: string) => matrix.find((c) => c.label === label)!;

  it("has one cell for each of IN 1–16, O 1–23 and CT 1–10, in order", () => {
    expect(matrix).toHaveLength(16 + 23 + 10);
    expect(matrix.map((c) => c.label).slice(0, 2)).toEqual(["IN 1", "IN 2"]);
    expect(matrix[16]!.label).toBe("O 1");
    expect(matrix.at(-1)!.label).toBe("CT 10");
  });

  it.each<[string, number, number, string[], boolean]>([
    ["IN 3", 1, 2, ["2.1.3", "2.1.4"], false],
    ["CT 1", 1, 2, ["2.1.3", "2.1.4"], false],
    ["CT 3", 1, 2, ["2.1.3", "2.2.2"], false],
    ["IN 7", 0, 1, ["2.2.2"], true],
    ["O 3", 0, 1, ["2.1.4"], true],
    ["CT 10", 0, 1, ["3.3.4"], true],
    ["IN 1", 0, 0, [], true],
  ])("%s: %d live of %d", (label, live, total, refsSeen, gap) => {
    expect(cell(label)).toMatchObject({ live, total, refs: refsSeen, gap });
  });

  it("counts an overdue action as live but not as cover: covered only by overdue actions", () => {
    const late = coverageMatrix([planAction({ crossReferences: refs("IN 5."), due: "2011-01-01" })], TODAY);
    expect(late.find((c) => c.label === "IN 5")).toMatchObject({ live: 1, overdue: 1, total: 1, gap: true, overdueOnly: true });
    const withOnTime = coverageMatrix(
      [planAction({ crossReferences: refs("IN 5."), due: "2011-01-01" }), planAction({ crossReferences: refs("IN 5."), due: "2099-01-01" })],
      TODAY,
    );
    expect(withOnTime.find((c) => c.label === "IN 5")).toMatchObject({ live: 2, overdue: 1, gap: false, overdueOnly: false });
  });

  it("leaves every cell a gap when there are no actions", () => {
    expect(coverageMatrix([], TODAY).every((c) => c.gap && c.total === 0)).toBe(true);
  });
});
