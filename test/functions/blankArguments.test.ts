import { afterEach, describe, expect, it } from "vitest";
import { plainArg, withBlanks } from "../../src/functions/blankArguments";
import { direction, gap, rag } from "../../src/functions/functions";
import { createFakeExcel } from "../fakes/fakeExcel";

/** A workbook where B2 is empty, C2 holds 0 and D2 holds 5, reachable as the shared runtime's Excel.run. */
function sharedRuntime(): void {
  const fake = createFakeExcel({ sheets: [{ name: "My sheet", cells: [[], [null, null, 0, 5]] }] });
  (globalThis as { Excel?: unknown }).Excel = { run: <T,>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> => batch(fake.excelContext) };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

// How each host passes =SCORECARD.RAG('My sheet'!B2, 'My sheet'!D2, "lower", 'My sheet'!B2) with B2 empty.
const addresses = { parameterAddresses: ["'My sheet'!B2", "'My sheet'!D2", "", "'My sheet'!B2"] };
const desktop = [0, 5, "lower", 0] as const;
const web = [null, 5, "lower", null] as const;

describe("an empty cell is blank on every host", () => {
  it("desktop's 0 for an empty cell is read as blank: None, not Green", async () => {
    sharedRuntime();
    expect(await rag(...desktop, addresses)).toBe("None");
    expect(await rag(...web, addresses)).toBe("None");
  });

  it("an empty tolerance cell keeps the default Amber band on desktop", async () => {
    sharedRuntime();
    // 5.4 against a target of 5 (lower is better) is within the default 10%: Amber, not Red.
    expect(await rag(5.4, 5, "lower", 0, { parameterAddresses: ["", "", "", "'My sheet'!B2"] })).toBe("Amber");
    expect(await rag(5.4, 5, "lower", 0, { parameterAddresses: ["", "", "", "'My sheet'!C2"] })).toBe("Red");
  });

  it("a real 0 in a cell stays 0, and so does a literal 0", async () => {
    sharedRuntime();
    expect(await gap(0, 5, "lower", { parameterAddresses: ["'My sheet'!C2", "", ""] })).toBe(5);
    expect(await gap(0, 5, "lower", { parameterAddresses: ["", "", ""] })).toBe(5);
    expect(await direction(0, 5, "lower", { parameterAddresses: ["'My sheet'!C2", "'My sheet'!D2", ""] })).toBe("Improving");
  });

  it("keeps Excel's 0 when the workbook cannot be read (no shared runtime)", async () => {
    expect(await withBlanks([0], { parameterAddresses: ["Sheet1!B2"] })).toEqual([0]);
  });
});

describe("linked data types reach the functions as their plain values", () => {
  it.each([
    [{ type: "Double", basicValue: 87.5 }, 87.5],
    [{ type: "Empty", basicValue: "" }, null],
    [{ type: "Entity", text: "Microsoft", properties: {} }, "Microsoft"],
    ["12%", "12%"],
  ])("%j → %j", (arg, plain) => {
    expect(plainArg(arg)).toEqual(plain);
  });
});
