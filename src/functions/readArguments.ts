/**
 * Reading what Excel hands a custom function: the same number and polarity
 * policies as the indicator tables, so "1,234", "87.5%" and "Lower is better"
 * mean here what they mean in `Indicators` and `IndicatorData`.
 */
import { readPolarity } from "../domain/catalogue/cellReaders";
import { describeNotNumber, readCellNumber } from "../domain/cellNumbers";
import { quoteCellText } from "../domain/cellText";
import type { Polarity } from "../domain/types";
import { FunctionArgumentError } from "./FunctionArgumentError";

/**
 * One argument as Excel passes it to a parameter of type any: a number, text,
 * a boolean, or null/undefined for an empty cell or an omitted optional argument.
 */
export type FormulaArg = number | string | boolean | null | undefined;

/** A figure, or null when the argument is blank; text that is not a number is an error. */
export function readFigure(arg: FormulaArg, name: string): number | null {
  const read = readCellNumber(arg);
  if (read.kind === "blank") return null;
  if (read.kind === "number") return read.value;
  throw new FunctionArgumentError(name, `${name} ${describeNotNumber(read)}.`);
}

/** "lower"/"higher" (and "Lower is better", "↓" …); undefined when blank, an error otherwise. */
export function readPolarityArg(arg: FormulaArg): Polarity | undefined {
  // Numbers and booleans name no direction; only text can.
  const polarity = typeof arg === "string" || arg === null || arg === undefined ? readPolarity(arg) : null;
  if (polarity !== null) return polarity;
  throw new FunctionArgumentError(
    "polarity",
    `polarity is ${quoteCellText(String(arg))}; write "lower" or "higher" (whichever is better).`,
  );
}

/** A polarity that must be there because there is something to judge. */
export function requirePolarity(polarity: Polarity | undefined): Polarity {
  if (polarity !== undefined) return polarity;
  throw new FunctionArgumentError("polarity", 'polarity is blank; write "lower" or "higher" (whichever is better).');
}

/** Slippage allowed before Amber turns Red; undefined when blank (the default share applies). */
export function readTolerance(arg: FormulaArg): number | undefined {
  const tolerance = readFigure(arg, "tolerance");
  if (tolerance === null) return undefined;
  if (tolerance < 0) {
    throw new FunctionArgumentError(
      "tolerance",
      `tolerance is ${tolerance}; it is a distance, so it cannot be negative.`,
    );
  }
  return tolerance;
}
