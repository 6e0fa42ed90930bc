import { defineConfig } from "vitest/config";

/**
 * The tests StrykerJS runs against each mutant (`npm run mutation`): those that
 * test the mutated files through their public interfaces — number reading, the
 * data rules, the target engine and the tracker's verdicts. Every test file that
 * imports a mutated file is rerun for each of its module-level mutants (a
 * regex, a constant), so the browser, .xlsx, Office.js shell, fuzz and sheet
 * layout tests are left out: they would add minutes per file and pin nothing
 * these files decide that the tests below do not.
 */
export default defineConfig({
  test: {
    include: [
      "test/domain/cellNumbers.test.ts",
      "test/domain/observations.test.ts",
      "test/domain/seriesRules.test.ts",
      "test/domain/input/**/*.test.ts",
      "test/domain/gaps/**/*.test.ts",
      "test/report/noticeTracker.test.ts",
      "test/report/targetVerdict.test.ts",
    ],
    environment: "node",
    testTimeout: 60_000,
  },
});
