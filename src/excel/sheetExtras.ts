/**
 * The printed footer and margins (ExcelApi 1.9) and the prompts on input cells
 * (data-validation input messages, ExcelApi 1.8) of a planned sheet, as
 * cosmetic settings: a host without the set reports them as not applied.
 */
import type { CellNote, PrintPlan } from "../report/plan/plan";
import type { Cosmetic } from "./cosmetics";

/** Excel's &L / &C / &R footer split into its three sections. */
export function footerSections(footer: string): { left: string; center: string; right: string } {
  const sections = { left: "", center: "", right: "" };
  let current: keyof typeof sections = "center";
  const parts = footer.split(/(&[LCR])/);
  for (const part of parts) {
    if (part === "&L") current = "left";
    else if (part === "&C") current = "center";
    else if (part === "&R") current = "right";
    else sections[current] += part;
  }
  return sections;
}

const POINTS_PER_INCH = 72;

/** The footer and margins of `sheet` (its final name). */
export function footerCosmetics(sheet: string, print: PrintPlan | undefined): Cosmetic[] {
  const out: Cosmetic[] = [];
  if (print?.footer) {
    const { left, center, right } = footerSections(print.footer);
    out.push({
      kind: "footer",
      sheet,
      queue: (wb) => {
        const pages = wb.worksheets.getItem(sheet).pageLayout.headersFooters.defaultForAllPages;
        pages.leftFooter = left;
        pages.centerFooter = center;
        pages.rightFooter = right;
      },
    });
  }
  const margins = print?.margins;
  if (margins) {
    out.push({
      kind: "footer",
      sheet,
      queue: (wb) => {
        const layout = wb.worksheets.getItem(sheet).pageLayout;
        layout.topMargin = margins.top * POINTS_PER_INCH;
        layout.bottomMargin = margins.bottom * POINTS_PER_INCH;
        layout.leftMargin = margins.left * POINTS_PER_INCH;
        layout.rightMargin = margins.right * POINTS_PER_INCH;
        layout.headerMargin = margins.header * POINTS_PER_INCH;
        layout.footerMargin = margins.footer * POINTS_PER_INCH;
      },
    });
  }
  return out;
}

/** Excel caps an input message at 255 characters. */
const PROMPT_LIMIT = 255;

/** Each note as the cell's input message: shown when the cell is selected, never part of its value. */
export function promptCosmetics(sheet: string, notes: readonly CellNote[]): Cosmetic[] {
  return notes.map((note) => ({
    kind: "prompts",
    sheet,
    queue: (wb) => {
      const text = note.text.length > PROMPT_LIMIT ? `${note.text.slice(0, PROMPT_LIMIT - 1)}…` : note.text;
      wb.worksheets.getItem(sheet).getRange(note.address).dataValidation.prompt = {
        showPrompt: true,
        title: "Commentary",
        message: text,
      };
    },
  }));
}
