/** What the generated sheets add to `scorecard build --json`: each sheet's `json` part, in registry order. */
import type { GeneratedSheet, SheetReports } from "./generatedSheet";
import { GENERATED_SHEETS } from "./generatedSheets";

type WithJson = Extract<(typeof GENERATED_SHEETS)[number], { readonly json: unknown }>;

/** Null only for a sheet that can be left out (its `report` may give undefined). */
type Missing<S extends WithJson> = undefined extends ReturnType<S["report"]> ? null : never;

/** `{ notice: …, budget: … | null, actions: … | null }`: typed from the registry's entries. */
export type SheetsJson = {
  [S in WithJson as S["json"]["field"]]: ReturnType<S["json"]["of"]> | Missing<S>;
};

/** Each sheet's JSON part from this build's reports; null for a sheet left out (no Budget or Actions table). */
export function sheetsJson(reports: SheetReports): SheetsJson {
  const parts: Record<string, unknown> = {};
  for (const sheet of GENERATED_SHEETS as readonly GeneratedSheet[]) {
    if (!sheet.json) continue;
    const report = reports.of(sheet);
    parts[sheet.json.field] = report === undefined ? null : sheet.json.of(report);
  }
  // Each field is the one its entry declares, holding what that entry's `of` returned.
  return parts as SheetsJson;
}
