/** The Area Scorecards in the registry: each measure by area, for performance surgeries. */
import { latestAsAt } from "../dashboard/buildDashboardPlan";
import type { GeneratedSheet } from "../generatedSheet";
import { areaScorecards, type ScorecardGroup } from "./areaScorecards";
import { AREA_SCORECARDS_KEY, AREA_SCORECARDS_NAME, areaScorecardsSheet } from "./areaScorecardsSheet";

export const areaScorecardsEntry = {
  key: AREA_SCORECARDS_KEY,
  name: AREA_SCORECARDS_NAME,
  inputs: false,
  report: (input) => areaScorecards(input.results, input.month),
  build: (groups, { input }) => {
    const asAt = input.asAt ?? latestAsAt(input.results);
    return areaScorecardsSheet({ groups, month: input.month, ...(asAt ? { asAt } : {}) });
  },
} as const satisfies GeneratedSheet<ScorecardGroup[]>;
