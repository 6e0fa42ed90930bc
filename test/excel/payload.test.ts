import { describe, expect, it } from "vitest";
import { Batcher, estimateBytes, OP_OVERHEAD, rowRuns } from "../../src/excel/payload";

describe("estimateBytes", () => {
  it("counts JSON characters and non-ASCII as UTF-8", () => {
    expect(estimateBytes([["ab", 1]])).toBe('[["ab",1]]'.length);
    expect(estimateBytes(["£"])).toBe('["£"]'.length + 2);
  });
});

describe("rowRuns", () => {
  const rows = Array.from({ length: 10 }, (_, i) => [`r${i}`]); // each row ~7 bytes + 1
  it.each([
    [1000, [[0, 10]]],
    [16, [[0, 2], [2, 2], [4, 2], [6, 2], [8, 2]]],
    [1, Array.from({ length: 10 }, (_, i) => [i, 1])],
  ])("budget %d", (max, expected) => {
    expect(rowRuns(rows, max)).toEqual(expected);
  });
});

describe("Batcher", () => {
  it("syncs only when the next charge would overflow, and at flush", async () => {
    let syncs = 0;
    let starts = 0;
    const batch = new Batcher(async () => void syncs++, 3 * OP_OVERHEAD, () => void starts++);
    await batch.charge(OP_OVERHEAD);
    await batch.charge(OP_OVERHEAD);
    await batch.charge(OP_OVERHEAD);
    expect(syncs).toBe(0);
    await batch.charge(OP_OVERHEAD);
    expect(syncs).toBe(1);
    await batch.flush();
    expect(syncs).toBe(2);
    expect(starts).toBe(2);
    expect(batch.largest).toBe(3 * OP_OVERHEAD);
  });
});
