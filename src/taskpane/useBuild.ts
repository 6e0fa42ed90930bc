import { useReducer, useState } from "react";
import type { MonthIndex } from "../domain/types";
import { buildReducer, IDLE, stageProgress } from "./buildFlow";
import { errorText } from "./errorText";
import { type BuildOutcome, buildDashboard, builtSentence } from "./operations/buildDashboard";
import { cleanLeftovers } from "./operations/cleanLeftovers";
import type { WorkbookCheck } from "./operations/checkWorkbook";
import type { SectionProps } from "./paneContext";
import type { PaneSettings } from "./paneSettings";
import { ragSentence } from "./ragCounts";
import { settingsSentence } from "./settingsWords";

interface BuildInputs extends Pick<SectionProps, "services" | "run" | "announce"> {
  /** The check results are out of date (or there are none): the build checks first. */
  needsCheck: boolean;
  /** Reads and checks the tables, updating the pane's results. */
  look: () => Promise<WorkbookCheck>;
  /** Months with figures at the last check, oldest first. */
  months: readonly MonthIndex[];
  /** The month a build reports when none is picked, at the last check. */
  defaultMonth: MonthIndex | undefined;
  /** At the last check the IndicatorData table was there with no rows (just set up). */
  emptyData: boolean;
  /** The month the person picked, if any; otherwise the default month. */
  chosen: MonthIndex | undefined;
  settings: PaneSettings;
  /** Waits for a settings save under way. */
  flushSettings: () => Promise<void>;
  /** Why the settings on screen are not used, if they are not. */
  draftProblem: string | undefined;
  /** After the build, whatever its outcome. */
  onDone: (outcome: "built" | "has-errors" | "other") => void;
}

const NO_FIGURES = "IndicatorData has no figures yet. Type or paste this month's figures into it, then build.";

/** An IndicatorData table with no rows of figures yet. */
export function isEmptyData(check: WorkbookCheck): boolean {
  return check.hasDataTable && check.analysis.summary.rows === 0;
}

/** The month a build uses: the one picked while it still has figures, else the default (`WorkbookCheck.defaultMonth`). */
export function buildMonth(
  months: readonly MonthIndex[],
  chosen: MonthIndex | undefined,
  defaultMonth: MonthIndex | undefined,
): MonthIndex | undefined {
  return chosen !== undefined && months.includes(chosen) ? chosen : defaultMonth;
}

/**
 * The build: waits for settings being saved, checks the data first when it
 * changed since the last check, clears leftovers of a failed build, then
 * builds with progress by work done. Failures say the workbook's state.
 */
export function useBuild(inputs: BuildInputs) {
  const { services, run, announce } = inputs;
  const [state, dispatch] = useReducer(buildReducer, IDLE);
  const [settingsUsed, setSettingsUsed] = useState<string | undefined>(undefined);

  const build = async (allowErrors: boolean): Promise<void> => {
    await run("build", async () => {
      dispatch({ type: "start", allowErrors });
      announce(stageProgress("reading").text);
      let done: "built" | "has-errors" | "other" = "other";
      try {
        await inputs.flushSettings();
        const fresh = inputs.needsCheck ? await inputs.look() : undefined;
        const months = fresh ? fresh.months : inputs.months;
        const empty = fresh ? isEmptyData(fresh) : inputs.emptyData;
        await cleanLeftovers(services);
        const month = buildMonth(months, inputs.chosen, fresh ? fresh.defaultMonth : inputs.defaultMonth);
        // A table with no figures yet (just set up) is not a data error to build past.
        const outcome: BuildOutcome =
          empty
            ? { kind: "cannot-build", message: NO_FIGURES }
            : await buildDashboard(services, { month, allowErrors, settings: inputs.settings }, (stage) => {
                dispatch({ type: "stage", stage });
                announce(stageProgress(stage).text);
              });
        dispatch({ type: "finish", outcome });
        if (outcome.kind === "built") {
          done = "built";
          const used = settingsSentence(inputs.settings, inputs.draftProblem);
          setSettingsUsed(used);
          announce(`${builtSentence(outcome.summary)} ${ragSentence(outcome.summary.counts)}. ${used}`);
        } else if (outcome.kind === "has-errors") {
          done = "has-errors";
          announce(
            `The data has ${outcome.errors} error${outcome.errors === 1 ? "" : "s"}. Build anyway, or fix them first.`,
          );
        } else announce(outcome.message);
      } catch (error) {
        // Excel keeps or restores the old sheets when a write fails (src/excel/applyPlan.ts).
        const message = errorText(error, "dashboard-unchanged");
        dispatch({ type: "fail", message });
        announce(message);
      }
      inputs.onDone(done);
    });
  };
  return { state, build, settingsUsed };
}
