/** A figure for the JSON reports: rounded to 4 places so float noise never shows, null when there is none. */
import { round4 } from "../domain/gaps";

/** `x` rounded to 4 decimal places, or null when undefined. */
export function jsonNumber(x: number | undefined): number | null {
  return x === undefined ? null : round4(x);
}
