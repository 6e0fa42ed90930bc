/**
 * What the pane tells people about their version of Excel: one short line on
 * what it leaves out on a host without a newer requirement set (said once, in
 * plain words, not repeated after every build), and whether it can run at all.
 */
export interface HostStatus {
  /** ExcelApi 1.7, the manifest's minimum: without it the pane cannot work. */
  usable: boolean;
  /** ExcelApi 1.9: fill patterns (exact "no fill"), print setup, faster writing. */
  canReadPattern: boolean;
  /** At most one sentence to show. */
  notices: string[];
}

/** "a, b and c". */
function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]!}`;
}

export function hostStatus(supports: (version: string) => boolean): HostStatus {
  if (!supports("1.7")) {
    return {
      usable: false,
      canReadPattern: false,
      notices: ["This version of Excel is too old for the scorecard. Use Excel 2019 or later, Microsoft 365, or Excel on the web."],
    };
  }
  const missing: string[] = [];
  if (!supports("1.8")) missing.push("chart axis formats", "hidden gridlines");
  if (!supports("1.9")) missing.push("print settings");
  const notices = missing.length ? [`This version of Excel builds the dashboard without ${listWords(missing)}.`] : [];
  return { usable: true, canReadPattern: supports("1.9"), notices };
}

/** A setting a build left out only because this Excel lacks it: the host notice has said so already. */
export function lackedByHost(reason: string): boolean {
  return /ExcelApi/i.test(reason);
}
