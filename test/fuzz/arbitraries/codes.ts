/** The indicator codes a generated workbook uses, and Code cells that write them. */
import fc from "fast-check";
import { DEFAULT_CATALOGUE } from "../../../src/domain/catalogue/defaultCatalogue";
import type { CellValue } from "../../../src/domain/types";
import { anyCell, PROTOTYPE_WORDS } from "./cells";

const DEFAULT_CODES = DEFAULT_CATALOGUE.map((i) => i.code);
const ODD_CODES = ["X1", "NI95", "A\nB", "=CODE", "Ü-1", "😀", "x".repeat(300), "  ", ...PROTOTYPE_WORDS];

/** The codes one workbook uses: a few from the default catalogue, perhaps an odd one or two. */
export const codePool: fc.Arbitrary<string[]> = fc
  .tuple(fc.shuffledSubarray(DEFAULT_CODES, { minLength: 1, maxLength: 6 }), fc.subarray(ODD_CODES, { maxLength: 2 }))
  .map(([known, odd]) => [...known, ...odd]);

/** A code from the pool, as written (or in another case, or padded), now and then anything. */
export function codeCell(pool: readonly string[]): fc.Arbitrary<CellValue> {
  const written = fc
    .tuple(fc.constantFrom(...pool), fc.constantFrom("as is", "lower", "padded"))
    .map(([code, how]) => (how === "lower" ? code.toLowerCase() : how === "padded" ? ` ${code} ` : code));
  return fc.oneof({ weight: 12, arbitrary: written }, { weight: 1, arbitrary: anyCell });
}
