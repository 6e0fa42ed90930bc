/**
 * The one boundary between the pure formulas and Excel's error values: a
 * FunctionArgumentError becomes #VALUE! carrying its message (Excel shows it
 * on the cell's error indicator); anything else is a bug and is left to surface.
 */
import { customFunctionsHost } from "./customFunctionsHost";
import { FunctionArgumentError } from "./FunctionArgumentError";

/** Builds what Excel shows for an argument it cannot use. */
export type InvalidValue = (message: string) => unknown;

/** `new CustomFunctions.Error(ErrorCode.invalidValue, message)`, looked up when needed. */
export function officeInvalidValue(message: string): unknown {
  const host = customFunctionsHost();
  // Outside the runtime there is no #VALUE! to make; the plain error still says what is wrong.
  if (host === undefined) return new FunctionArgumentError("", message);
  return new host.Error(host.ErrorCode.invalidValue, message);
}

/** Wraps a pure formula so that its argument errors reach Excel as #VALUE!. */
export function asExcelFormula<A extends unknown[], R>(
  formula: (...args: A) => R,
  invalidValue: InvalidValue = officeInvalidValue,
): (...args: A) => R {
  return (...args: A): R => {
    try {
      return formula(...args);
    } catch (error) {
      if (error instanceof FunctionArgumentError) throw invalidValue(error.message);
      throw error;
    }
  };
}
