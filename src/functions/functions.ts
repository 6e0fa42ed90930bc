/**
 * The custom functions as Excel sees them, under the SCORECARD namespace set in
 * manifest.xml. custom-functions-metadata-plugin reads the JSDoc below to write
 * dist/functions.json (ids, names, parameters) and appends one
 * `CustomFunctions.associate("RAG", rag);` line per function to this module
 * when webpack builds it. taskpane.html loads the bundle, so the functions run
 * in the pane's shared runtime. Parameters are unions so that the metadata says
 * "any": Excel then hands over text as text, for the readers to judge as the
 * indicator tables do, and blanks as null on the web — desktop Excel hands
 * over 0 instead, so each function asks for its arguments' addresses and
 * tells an empty cell from 0 itself (blankArguments.ts).
 */
import { asExcelFormula } from "./asExcelFormula";
import { type RawArg, withBlanks } from "./blankArguments";
import { functionRegistry } from "./customFunctionsHost";
import { scorecardDirection, scorecardGap, scorecardRag } from "./scorecardFormulas";

// The lines the plugin appends call `CustomFunctions.associate`; they resolve to
// this binding, which is Excel's registry in the runtime and a no-op elsewhere
// (the page opened on its own), where the bare global would not exist.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the appended associate calls
const CustomFunctions = functionRegistry();

const ragFormula = asExcelFormula(scorecardRag);
const gapFormula = asExcelFormula(scorecardGap);
const directionFormula = asExcelFormula(scorecardDirection);

/**
 * RAG status of a figure against its target, by the Member Dashboard's rules.
 * @customfunction RAG
 * @param value The figure to judge.
 * @param target The target level, in the same unit and scale as the value.
 * @param polarity Which way is better: "lower" or "higher".
 * @param [tolerance] How far worse than the target is still Amber, in the figure's unit. Blank: 10% of the target.
 * @param invocation Where the arguments came from (Excel fills it in).
 * @returns Green, Amber, Red, or None when the value or the target is blank.
 * @requiresParameterAddresses
 */
export async function rag(
  value: number | string | boolean | null,
  target: number | string | boolean | null,
  polarity: number | string | boolean | null,
  tolerance: number | string | boolean | null | undefined,
  invocation: CustomFunctions.Invocation,
): Promise<string> {
  const [v, t, p, tol] = await withBlanks([value, target, polarity, tolerance] as RawArg[], invocation);
  return ragFormula(v, t, p, tol);
}

/**
 * Gap between a figure and its target; positive means better than the target.
 * @customfunction GAP
 * @param value The figure.
 * @param target The target level, in the same unit and scale as the value.
 * @param polarity Which way is better: "lower" or "higher".
 * @param invocation Where the arguments came from (Excel fills it in).
 * @returns The gap in the figure's unit, or empty when the value or the target is blank.
 * @requiresParameterAddresses
 */
export async function gap(
  value: number | string | boolean | null,
  target: number | string | boolean | null,
  polarity: number | string | boolean | null,
  invocation: CustomFunctions.Invocation,
): Promise<number | string> {
  const [v, t, p] = await withBlanks([value, target, polarity] as RawArg[], invocation);
  return gapFormula(v, t, p);
}

/**
 * Direction of travel from the previous figure to the latest.
 * @customfunction DIRECTION
 * @param latest The latest figure.
 * @param previous The figure before it.
 * @param polarity Which way is better: "lower" or "higher".
 * @param invocation Where the arguments came from (Excel fills it in).
 * @returns Improving, Worsening, Stable, or None when either figure is blank.
 * @requiresParameterAddresses
 */
export async function direction(
  latest: number | string | boolean | null,
  previous: number | string | boolean | null,
  polarity: number | string | boolean | null,
  invocation: CustomFunctions.Invocation,
): Promise<string> {
  const [l, p, pol] = await withBlanks([latest, previous, polarity] as RawArg[], invocation);
  return directionFormula(l, p, pol);
}
