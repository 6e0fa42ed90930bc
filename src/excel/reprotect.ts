/**
 * Sheet protection carried over a rebuild. A generated sheet a person
 * protected (Review > Protect Sheet) is replaced by a new sheet at every
 * build. Sheet protection does not stop a sheet being renamed or deleted
 * (workbook structure protection does, and that is refused before anything is
 * written), so the swap needs no password; the new sheet is then protected
 * again with the settings read from the old one.
 *
 * Office.js cannot read a sheet's password, nor, at our ExcelApi 1.7 floor,
 * tell whether it had one (`isPasswordProtected` is ExcelApiOnline only). The
 * new sheet is therefore protected without a password, and the report lists
 * it so the pane can say so: whoever used a password sets it again. The file
 * shell keeps the password, because a file carries its hash.
 *
 * The options Excel reports can hold nulls for settings it has no value for,
 * and `protect()` fails on them (office-js #1931), so they are left out: Excel
 * then applies its defaults for those. Input cells were unlocked when they were
 * written (writeSheet.ts), so people can still type commentary on the
 * protected sheet.
 *
 * Protecting comes last in the last write request, after the swap and the
 * cosmetic settings (a protected sheet could refuse those). Like them it never
 * undoes a finished build: after a failure it is retried in its own sync and,
 * failing again, reported as skipped — the sheet then stays unprotected.
 */
import type { SheetDecisions } from "../report/plan/decideSheets";
import type { Cosmetic, SkippedSetting } from "./cosmetics";
import type { SheetProtection } from "./readExisting";

/** Protection for each new sheet whose previous version was protected, by the new sheet's final name. */
export function protectionSettings(decisions: SheetDecisions, protectedSheets: readonly SheetProtection[] | undefined): Cosmetic[] {
  const byName = new Map((protectedSheets ?? []).map((p) => [p.name.toLowerCase(), p.options]));
  return decisions.sheets.flatMap((d): Cosmetic[] => {
    const options = d.replaces ? byName.get(d.replaces.name.toLowerCase()) : undefined;
    if (!options) return [];
    const sheet = d.finalName;
    const clean = withoutNulls(options);
    return [{ kind: "protection", sheet, queue: (wb) => wb.worksheets.getItem(sheet).protection.protect(clean) }];
  });
}

/** The protection options without the settings Excel reported as null. */
export function withoutNulls(options: Excel.WorksheetProtectionOptions): Excel.WorksheetProtectionOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== null && v !== undefined)) as Excel.WorksheetProtectionOptions;
}

/** The sheets protected again (without a password): those of `settings` not among `skipped`. */
export function protectedAgain(settings: readonly Cosmetic[], skipped: readonly SkippedSetting[]): string[] {
  const failed = new Set(skipped.filter((s) => s.setting === "protection").map((s) => s.sheet));
  return settings.map((c) => c.sheet).filter((sheet) => !failed.has(sheet));
}
