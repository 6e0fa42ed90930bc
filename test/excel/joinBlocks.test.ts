import { describe, expect, it } from "vitest";
import { joinBlocks } from "../../src/excel/joinBlocks";

describe("joinBlocks", () => {
  it("joins a row of text under a row of figures into one block, null between", () => {
    const joined = joinBlocks([
      { address: "B5", values: [["Cases", 60, 61]] },
      { address: "B6", values: [["60 in Mar 2017, down from 61."]] },
    ]);
    expect(joined).toEqual([{ address: "B5", values: [["Cases", 60, 61], ["60 in Mar 2017, down from 61.", null, null]] }]);
  });

  it("keeps blocks apart when the nulls between them would cost more than the operation saved", () => {
    const far = [
      { address: "B1", values: [["Title"]] },
      { address: "B400", values: [["Far below"]] },
    ];
    expect(joinBlocks(far)).toEqual(far);
  });

  it("keeps overlapping blocks apart, so the later still writes over the earlier", () => {
    const blocks = [
      { address: "B2", values: [["a", "b"]] },
      { address: "C2", values: [["c"]] },
    ];
    expect(joinBlocks(blocks)).toEqual(blocks);
  });

  it("does not join two blocks that both need the text format", () => {
    const blocks = [
      { address: "B2", values: [["Oct 2012"]] },
      { address: "B3", values: [["Nov 2012"]] },
    ];
    expect(joinBlocks(blocks)).toEqual(blocks);
  });
});
