/**
 * The tables the engine reads from a workbook, by the names people give them.
 * Shells look these up (as Excel tables, or sheets of the same name); the
 * domain checks each one found for figures left just outside it.
 */
export const INPUT_TABLES: readonly string[] = [
  "Indicators",
  "IndicatorData",
  "Benchmarks",
  "Budget",
  "Actions",
  "Areas",
  "Settings",
];
