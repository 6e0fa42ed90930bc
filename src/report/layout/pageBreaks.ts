/**
 * Manual page breaks for the printed dashboard. Excel breaks pages wherever the
 * height runs out, which can cut a chart in half; breaking before a section
 * that would not fit keeps each section whole on its page.
 */

/**
 * Printable height of an A4 landscape page in points at full size: 595pt less
 * the generated sheets' top and bottom margins (0.4in and 0.55in, see
 * printFooter.ts) and some slack for renderers that size rows a little taller.
 * Fit-to-width only ever shrinks the page, so more fits than this estimate.
 */
export const PAGE_HEIGHT = 500;

/** A band of rows kept together on one page. */
export interface Band {
  startRow: number;
  /** Points, including any spacing after it. */
  height: number;
}

/**
 * Rows to break above, greedily: a band that does not fit in what is left of
 * the page starts the next one. `used` is the height already on the current
 * page; `pageHeight` excludes the title rows repeated on every page. A band
 * taller than a page starts a page of its own and runs over.
 */
export function pageBreaks(bands: readonly Band[], pageHeight: number, used = 0): number[] {
  const breaks: number[] = [];
  let filled = used % pageHeight;
  for (const band of bands) {
    if (filled > 0 && filled + band.height > pageHeight) {
      breaks.push(band.startRow);
      filled = 0;
    }
    // Excel breaks inside a band taller than a page; carry on from where its last page ends.
    filled = (filled + band.height) % pageHeight;
  }
  return breaks;
}
