/**
 * Sheets the add-in writes itself. A change on one of them is the pane's own
 * doing (or a person typing commentary on the dashboard), so it does not
 * make the check's results out of date. The Settings sheet holds the pane's
 * own settings, saved as they change.
 */
import { GENERATED_SHEETS } from "../report/generatedSheets";

const OWN = GENERATED_SHEETS.map((s) => s.name.toLowerCase());

/** True for a generated sheet ("Member Dashboard", "Member Dashboard (2)"), a build's temporary sheet, or Settings. */
export function isOwnSheet(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith("~sc-") || lower === "settings") return true;
  const base = lower.replace(/ \(\d+\)$/, "");
  return OWN.includes(base);
}
