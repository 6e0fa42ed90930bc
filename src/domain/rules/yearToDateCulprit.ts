/**
 * One wrong row of a year-to-date series should be reported once, at that
 * row — not at every later month of the year, whose running sums it spoils.
 *
 * When the first mismatch of a year is at row k, the hypothesis "only row k's
 * own Numerator and Denominator are wrong" is tested: the counts row k would
 * need are fitted (least squares) to the Values of row k and every later row,
 * and the later rows are recomputed with them. If they all agree with their
 * Values, row k alone is at fault. The test needs at least two later rows to
 * mean anything (with one, any pair of numbers would fit).
 */
import type { Observation } from "../types";

export type CountedRow = Observation & { numerator: number; denominator: number; value: number };

const MIN_LATER_ROWS = 2;

/**
 * True when the rows of `chain` (one financial year, April first, monthly
 * counts) after `k` agree with their Values once row k's counts are replaced
 * by the best-fitting pair; `allowed` is the agreement tolerance in points.
 */
export function onlyRowAtFault(chain: readonly CountedRow[], k: number, allowed: number): boolean {
  if (chain.length - 1 - k < MIN_LATER_ROWS) return false;
  // Running sums without row k: A (denominators) and B (numerators) to each row from k on.
  let a = 0;
  let b = 0;
  for (let j = 0; j < k; j++) {
    a += chain[j]!.denominator;
    b += chain[j]!.numerator;
  }
  const sums: { p: number; a: number; b: number; row: CountedRow }[] = [];
  for (let t = k; t < chain.length; t++) {
    const row = chain[t]!;
    if (t > k) {
      a += row.denominator;
      b += row.numerator;
    }
    sums.push({ p: row.value / 100, a, b, row });
  }
  // Each row t ≥ k: n* − p_t·d* = p_t·A_t − B_t. Solve the 2 × 2 normal equations.
  let s12 = 0;
  let s22 = 0;
  let b1 = 0;
  let b2 = 0;
  for (const { p, a: at, b: bt } of sums) {
    const r = p * at - bt;
    s12 -= p;
    s22 += p * p;
    b1 += r;
    b2 -= p * r;
  }
  const m = sums.length;
  const det = m * s22 - s12 * s12;
  let n: number;
  let d: number;
  if (Math.abs(det) > 1e-9 * m * Math.max(s22, 1e-9)) {
    n = (s22 * b1 - s12 * b2) / det;
    d = (m * b2 - s12 * b1) / det;
  } else {
    // Every Value the same: the denominator cannot be told; any that keeps the numerator in range will do.
    const row = chain[k]!;
    d = Math.max(row.numerator, row.denominator);
    n = b1 / m + sums[0]!.p * d;
  }
  if (!(d > 0) || n < -allowed) return false;
  return sums.slice(1).every(({ a: at, b: bt, row }) => Math.abs((100 * (bt + n)) / (at + d) - row.value) <= allowed);
}
