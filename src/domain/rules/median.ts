/**
 * The median by selection rather than sorting, so the series checks stay linear
 * in the number of rows however long a series is.
 */

/** Rearranges the first `n` entries of `a` so that a[k] is the k-th smallest of them (Hoare's selection). */
function select(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    // The middle element as pivot: good on the already-sorted runs series often are.
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

/** Median of `values` (the mean of the middle two for an even count); NaN when empty. Does not change its input. */
export function median(values: ArrayLike<number>): number {
  const a = Float64Array.from(values);
  return medianOfFirst(a, a.length);
}

/**
 * Median of the first `n` entries of `a`, rearranging them rather than copying:
 * for scratch space the caller reuses, so a rule run per series allocates nothing.
 */
export function medianOfFirst(a: Float64Array, n: number): number {
  if (n === 0) return Number.NaN;
  const upper = select(a, n, n >> 1);
  if (n % 2 === 1) return upper;
  // After selection everything left of n/2 is ≤ upper; the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}
