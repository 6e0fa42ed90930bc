/**
 * Telling an empty cell from 0. Excel on the web hands a custom function's
 * `any` parameter null for an empty cell; desktop Excel hands it 0 (office-js
 * #4702, #5262), so `=SCORECARD.RAG(B2, …)` with B2 empty would judge a
 * figure of 0, and an empty tolerance cell would remove the Amber band.
 *
 * With `@requiresParameterAddresses` Excel also says where each argument came
 * from. An argument of exactly 0 that came from a single cell is checked in
 * the shared runtime (one Excel.run reading the cells' value types); when the
 * cell is empty the argument becomes null, as on the web. Where no address is
 * given (a literal, a calculation) or the workbook cannot be read (no shared
 * runtime), the 0 stays a 0 — the README says so.
 *
 * Linked data types (stocks, geography, a formatted number) can arrive as
 * objects, because the generated metadata allows custom data for `any`
 * parameters: a value with a plain `basicValue` is read as that value, an
 * "Empty" value as blank, anything else by its text.
 */
import type { FormulaArg } from "./readArguments";

/** What Excel passes for one argument: a plain value, or a data-type object. */
export type RawArg = FormulaArg | Record<string, unknown>;

/** The parts of CustomFunctions.Invocation used here. */
export interface ArgumentInvocation {
  parameterAddresses?: readonly (string | null | undefined)[];
}

/** For each address, whether the cell is empty. */
export type BlankCells = (addresses: readonly string[]) => Promise<boolean[]>;

/** A data-type object as the plain value it stands for. */
export function plainArg(arg: RawArg): FormulaArg {
  if (arg === null || typeof arg !== "object") return arg;
  if (arg.type === "Empty") return null;
  const basic = arg.basicValue;
  if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean") return basic === "" ? null : basic;
  return typeof arg.text === "string" ? arg.text : String(arg.type ?? "");
}

const SINGLE_CELL = /^(?:'(?:[^']|'')+'|[^'!:]+)!\$?[A-Z]{1,3}\$?\d+$/i;

/** The arguments with plain values, and 0s that came from empty cells made null. */
export async function withBlanks(args: readonly RawArg[], invocation: ArgumentInvocation | undefined, blankCells: BlankCells = excelBlankCells): Promise<FormulaArg[]> {
  const plain = args.map(plainArg);
  const addresses = invocation?.parameterAddresses ?? [];
  const suspects = plain.flatMap((v, i) => {
    const address = addresses[i];
    return v === 0 && typeof address === "string" && SINGLE_CELL.test(address) ? [{ i, address }] : [];
  });
  if (suspects.length === 0) return plain;
  let blank: boolean[];
  try {
    blank = await blankCells(suspects.map((s) => s.address));
  } catch {
    // Cannot look: keep Excel's 0 rather than fail the formula.
    return plain;
  }
  suspects.forEach((s, k) => {
    if (blank[k] === true) plain[s.i] = null;
  });
  return plain;
}

/** "'My sheet'!B2" → { sheet: "My sheet", cell: "B2" }. */
function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, cell: address.slice(bang + 1) };
}

/** Reads the cells' value types in one Excel.run (the shared runtime's Excel API). */
export async function excelBlankCells(addresses: readonly string[]): Promise<boolean[]> {
  const excel = (globalThis as { Excel?: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> } }).Excel;
  if (!excel) throw new Error("No Excel API in this runtime.");
  return excel.run(async (context) => {
    const ranges = addresses.map((a) => {
      const { sheet, cell } = splitAddress(a);
      return context.workbook.worksheets.getItem(sheet).getRange(cell).load("valueTypes");
    });
    await context.sync();
    return ranges.map((r) => r.valueTypes[0]?.[0] === "Empty");
  });
}
