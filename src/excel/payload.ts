/**
 * Keeping each request below Excel on the web's 5 MB cap. Every queued write
 * is charged an estimate first; when the next one would push the open batch
 * over the budget the batch is synced. Small dashboards therefore stay at one
 * write sync whatever their contents, and only very large ones split.
 */

/**
 * What one queued operation costs beyond its arguments (object paths, ids,
 * method names). Calibrated against Office.js's own serializer (the
 * excel-web build of @microsoft/office-js, see bench/realOffice.ts): on
 * Member Dashboards of 6–100 indicators × 13–240 months the real request was
 * 0.75–0.97 of the estimate this gives (the most for a batch that is mostly
 * values), so a batch kept under the budget is under it for Excel too.
 */
export const OP_OVERHEAD = 176;

/** Bytes a value is likely to take in a request: its JSON, counting non-ASCII as UTF-8. */
export function estimateBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let extra = 0;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) extra += 2;
  return json.length + extra;
}

/** The cost of one operation carrying `args`. */
export function opCost(args?: unknown): number {
  return OP_OVERHEAD + (args === undefined ? 0 : estimateBytes(args));
}

/**
 * Splits rows into consecutive runs whose estimated size stays under `maxBytes`
 * (a single row larger than that still goes alone). Returns [start, count] pairs.
 */
export function rowRuns(rows: readonly unknown[], maxBytes: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const rowBytes = estimateBytes(row) + 1;
    if (i > start && bytes + rowBytes > maxBytes) {
      runs.push([start, i - start]);
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (rows.length > start) runs.push([start, rows.length - start]);
  return runs;
}

/** Tracks the open batch's estimated size and syncs before it would overflow. */
export class Batcher {
  private open = 0;
  private largestSeen = 0;
  private started = false;

  constructor(
    private readonly sync: () => Promise<void>,
    readonly budget: number,
    /** Called at the start of every batch (e.g. to suspend screen updating until the next sync). */
    private readonly onBatchStart: () => void = () => {},
  ) {}

  /** Room for one operation's arguments in an empty batch. */
  get roomForArgs(): number {
    return Math.max(1, this.budget - OP_OVERHEAD);
  }

  /** Reserve `bytes` in the open batch, syncing the batch first when they would not fit. */
  async charge(bytes: number): Promise<void> {
    if (this.open > 0 && this.open + bytes > this.budget) await this.flush();
    if (!this.started) {
      this.started = true;
      this.onBatchStart();
    }
    this.open += bytes;
  }

  /** Sync the open batch (also used for the final batch). */
  async flush(): Promise<void> {
    this.largestSeen = Math.max(this.largestSeen, this.open);
    this.open = 0;
    this.started = false;
    this.batches++;
    await this.sync();
  }

  private batches = 0;

  /** Counts the batches sent so far: proxies made in an earlier batch are not reused (see `RangeCache`). */
  get generation(): number {
    return this.batches;
  }

  /** The largest batch estimate so far, including the open one. */
  get largest(): number {
    return Math.max(this.largestSeen, this.open);
  }
}

/**
 * One range proxy per address within a batch: a plan often styles, merges and
 * fills the same range, and each new proxy costs its own object path in the
 * request (about a fifth of a dashboard's request, measured with Office.js's
 * own serializer). Starts afresh after each sync, so no proxy crosses requests.
 */
export class RangeCache {
  private readonly ranges = new Map<string, Excel.Range>();
  private generation = -1;

  constructor(
    private readonly ws: Excel.Worksheet,
    private readonly batch: Batcher,
  ) {}

  get(address: string): Excel.Range {
    if (this.generation !== this.batch.generation) {
      this.ranges.clear();
      this.generation = this.batch.generation;
    }
    const key = address.toUpperCase();
    let range = this.ranges.get(key);
    if (!range) this.ranges.set(key, (range = this.ws.getRange(address)));
    return range;
  }
}
