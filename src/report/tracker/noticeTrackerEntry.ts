/** The Notice Tracker in the registry: every statutory target, with commentary people type for the return. */
import { latestAsAt } from "../dashboard/buildDashboardPlan";
import type { GeneratedSheet } from "../generatedSheet";
import { noticeJson } from "./noticeJson";
import { noticeTracker, type TrackerRow } from "./noticeTracker";
import { NOTICE_TRACKER_KEY, NOTICE_TRACKER_NAME, noticeTrackerSheet } from "./noticeTrackerSheet";

export const noticeTrackerEntry = {
  key: NOTICE_TRACKER_KEY,
  name: NOTICE_TRACKER_NAME,
  inputs: true,
  report: (input) => noticeTracker(input.catalogue, input.results, input.month, input.benchmarks, input.actions),
  build: (rows, { input }) => {
    // As the dashboard does: the extract date given, else the latest among all the results.
    const asAt = input.asAt ?? latestAsAt(input.results);
    return noticeTrackerSheet({ rows, month: input.month, ...(asAt ? { asAt } : {}) });
  },
  json: { field: "notice", of: (rows) => noticeJson(rows) },
} as const satisfies GeneratedSheet<TrackerRow[]>;
