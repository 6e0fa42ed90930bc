/**
 * Property: every reader of a single cell takes any CellValue without throwing
 * and answers within its contract (finite figures within ±MAX_FIGURE, months on the plausible
 * range, ISO days, known units and polarities), and so does reading back
 * what someone typed into a generated sheet's input cell.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { cellText, readNumber, readPolarity, readUnit, readYesNo } from "../../../src/domain/catalogue/cellReaders";
import { isBlankCell, MAX_FIGURE, readCellNumber } from "../../../src/domain/cellNumbers";
import { normaliseArea } from "../../../src/domain/observations";
import { monthIndex, parseDay, parseMonth } from "../../../src/domain/periods";
import { UNITS } from "../../../src/domain/types";
import { readTypedInputs } from "../../../src/report";
import { anyCell } from "../arbitraries";
import { checkProperty } from "../fuzzConfig";

const FIRST_MONTH = monthIndex(1990, 1);
const LAST_MONTH = monthIndex(2099, 12);

export function checkCellReaders(): void {
  checkProperty(
    fc.property(anyCell, (cell) => {
      const number = readCellNumber(cell);
      if (number.kind === "number") expect(Math.abs(number.value)).toBeLessThanOrEqual(MAX_FIGURE);
      if (number.kind === "blank") expect(isBlankCell(cell) || cell === undefined).toBe(true);

      const month = parseMonth(cell);
      if (month !== undefined) {
        expect(Number.isInteger(month)).toBe(true);
        expect(month).toBeGreaterThanOrEqual(FIRST_MONTH);
        expect(month).toBeLessThanOrEqual(LAST_MONTH);
      }
      const day = parseDay(cell);
      if (day !== undefined) expect(day).toMatch(/^(199\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

      expect(normaliseArea(cell)).toBe(normaliseArea(cell).trim());
      expect(typeof cellText(cell)).toBe("string");

      const amount = readNumber(cell);
      if (amount) expect(Math.abs(amount.value)).toBeLessThanOrEqual(MAX_FIGURE);
      const unit = readUnit(cell);
      if (unit != null) expect(UNITS).toContain(unit);
      expect([undefined, null, "lower", "higher"]).toContain(readPolarity(cell));
      expect([undefined, null, true, false]).toContain(readYesNo(cell));

      // The text someone typed into a commentary cell, read back on refresh.
      const typed = readTypedInputs([["input:commentary:X@B", cell]]);
      for (const text of typed.values()) expect(typeof text).toBe("string");
    }),
  );
}
