/**
 * What a build could not apply, in plain words for the summary. Left out:
 * what the host notice already said this Excel lacks, sparklines (the pane's
 * dashboard shows the trend as text; only file builds draw them), and sheet
 * protection (the build summary has its own sentence for it). Excel's error
 * codes never reach the list.
 */
import type { BuildSummary } from "./operations/buildDashboard";
import { lackedByHost } from "./hostNotices";

const WORDS: Record<string, string> = {
  print: "print settings",
  gridlines: "hiding gridlines",
  "axis-number-format": "chart axis number formats",
  "axis-bounds": "chart axis limits",
  "series-dash": "dashed target lines",
  "series-width": "line widths",
  "series-markers": "chart markers",
  chart: "charts for indicators with no figures",
  "sheet-order": "putting the new sheets back where the old ones were",
};

const SAID_ELSEWHERE = new Set(["sparklines", "protection"]);

/** Each setting once, in words; unknown settings as "other finishing touches". */
export function notAppliedList(skipped: BuildSummary["skipped"]): string[] {
  const out = skipped.filter((s) => !SAID_ELSEWHERE.has(s.setting) && !lackedByHost(s.reason)).map((s) => WORDS[s.setting] ?? "other finishing touches");
  return [...new Set(out)];
}
