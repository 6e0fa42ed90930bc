import { describe, expect, it } from "vitest";
import { crossReferenceLabel, parseCrossReferences } from "../../../src/domain/actions";

const labels = (text: string) => parseCrossReferences(text).refs.map(crossReferenceLabel);

describe("parseCrossReferences", () => {
  // Cells as the plan writes them (seed 004).
  it.each<[string, string[]]>([
    ["IN 3. O 1. CT 1.", ["IN 3", "O 1", "CT 1"]],
    ["IN 5. CT 6.", ["IN 5", "CT 6"]],
    ["O 16.", ["O 16"]],
    ["IN 1., IN 2.", ["IN 1", "IN 2"]],
    ["IN 3. O 3. CT1.", ["IN 3", "O 3", "CT 1"]],
    ["IN 11. O 21", ["IN 11", "O 21"]],
    ["IN 5. O 5. O16. CT 6.", ["IN 5", "O 5", "O 16", "CT 6"]],
    ["CT 3", ["CT 3"]],
    ["<p>IN 10. CT 5.</p>", ["IN 10", "CT 5"]],
    ["IN 4. CT 2.\nIN 7. CT 3.", ["IN 4", "CT 2", "IN 7", "CT 3"]],
    ["IN 9. O 11. CT 7.", ["IN 9", "O 11", "CT 7"]],
    ["in 3; ct 10 & o 23", ["IN 3", "CT 10", "O 23"]],
    ["IN 3 and IN 4", ["IN 3", "IN 4"]],
    ["IN.8", ["IN 8"]],
    ["CT 3. CT 3.", ["CT 3"]],
    ["&nbsp;O&nbsp;12.", ["O 12"]],
  ])("%j", (text, expected) => {
    const { refs, unknown } = parseCrossReferences(text);
    expect(refs.map(crossReferenceLabel)).toEqual(expected);
    expect(unknown).toEqual([]);
  });

  it("reads nothing from a blank cell", () => {
    expect(parseCrossReferences(null)).toEqual({ refs: [], unknown: [] });
    expect(parseCrossReferences("  ")).toEqual({ refs: [], unknown: [] });
  });

  it.each<[string, string[], string[]]>([
    ["IN 17. O 24. CT 11.", [], ["IN 17", "O 24", "CT 11"]],
    ["IN 0", [], ["IN 0"]],
    ["IN 3. Link to 3.1.5", ["IN 3"], ["Link to 3.1.5"]],
    ["Ofsted 3", [], ["Ofsted 3"]],
    ["IN 3. tbc", ["IN 3"], ["tbc"]],
    ["PIN 4", [], ["PIN 4"]],
  ])("reports what is not a reference in range: %j", (text, refs, unknown) => {
    const parsed = parseCrossReferences(text);
    expect(parsed.refs.map(crossReferenceLabel)).toEqual(refs);
    expect(parsed.unknown).toEqual(unknown);
  });

  it("does not read words that merely start with a kind's letters", () => {
    expect(labels("Into 2012")).toEqual([]);
  });
});
