/**
 * The command line's figures before issue 11, when a build loaded the whole
 * workbook into excelts and wrote every part back out (bench/results.md of
 * 2026-11-22, same machine): quoted beside each new run's figures.
 */
export interface BeforeFigure {
  medianMs: number;
  maxRssMB: number;
}

export const BEFORE_DATE = "2026-11-22";

/** By case name and runner, as `${name}/${runner}`. */
export const BEFORE: Record<string, BeforeFigure> = {
  "start-up (--help)/tsx": { medianMs: 1087, maxRssMB: 152 },
  "start-up (--help)/bundle": { medianMs: 172, maxRssMB: 68 },
  "build the sample/tsx": { medianMs: 1969, maxRssMB: 180 },
  "build the sample/bundle": { medianMs: 939, maxRssMB: 133 },
  "build 100,000 rows/tsx": { medianMs: 17309, maxRssMB: 807 },
  "build 100,000 rows/bundle": { medianMs: 15137, maxRssMB: 785 },
};
