/**
 * Which row came first for each code, area and month, for `duplicate-row`.
 * Tables are usually kept oldest first, so while a series' months only go up
 * no row can repeat one before it and a list is enough; a series switches to a
 * month map only when a month goes back. One pass, no key string per row.
 */
import type { ParsedRow } from "./dataColumns";

class SeriesMonths {
  private last = Number.NEGATIVE_INFINITY;
  private ascending: ParsedRow[] = [];
  private byMonth: Map<number, ParsedRow> | undefined;

  /** The earlier row for `row`'s month; undefined when `row` is the first (and is now recorded). */
  earlierThan(row: ParsedRow): ParsedRow | undefined {
    const month = row.obs.month;
    if (!this.byMonth) {
      if (month > this.last) {
        this.last = month;
        this.ascending.push(row);
        return undefined;
      }
      this.byMonth = new Map(this.ascending.map((r) => [r.obs.month, r]));
      this.ascending = [];
    }
    const earlier = this.byMonth.get(month);
    if (earlier) return earlier;
    this.byMonth.set(month, row);
    return undefined;
  }
}

/** Remembers the first row per code, area and month. */
export class FirstRows {
  private readonly series = new Map<string, Map<string, SeriesMonths>>();

  /** The row that already gave `row`'s code, area and month, or undefined when `row` is the first. */
  earlierThan(row: ParsedRow): ParsedRow | undefined {
    const { code, area } = row.obs;
    let byArea = this.series.get(code);
    if (!byArea) this.series.set(code, (byArea = new Map()));
    let months = byArea.get(area);
    if (!months) byArea.set(area, (months = new SeriesMonths()));
    return months.earlierThan(row);
  }
}
