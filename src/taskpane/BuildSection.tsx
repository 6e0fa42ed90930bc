import { Button, Dropdown, Field, MessageBar, MessageBarActions, MessageBarBody, Option, ProgressBar, Text } from "@fluentui/react-components";
import { useEffect, useId, useReducer, useRef, useState } from "react";
import { monthKey, monthLongLabel, parseMonthKey } from "../domain/periods";
import type { MonthIndex } from "../domain/types";
import { BuildSummaryView } from "./BuildSummaryView";
import { buildReducer, IDLE, stageProgress } from "./buildFlow";
import { errorText } from "./errorText";
import { buildDashboard, builtSentence } from "./operations/buildDashboard";
import { goToSheet } from "./operations/navigate";
import { Outcome, type OutcomeText } from "./Outcome";
import type { SectionProps } from "./paneContext";
import type { PaneSettings } from "./paneSettings";
import { ragSentence } from "./ragCounts";
import { useSectionStyles } from "./sectionStyles";

interface BuildProps extends SectionProps {
  /** Months with figures, oldest first (from the last look at the workbook). */
  months: readonly MonthIndex[];
  settings: PaneSettings;
}

/** "Build the Member Dashboard": month, progress by stage, summary, and a way to the sheet. */
export function BuildSection({ services, busy, run, announce, months, settings }: BuildProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  const [state, dispatch] = useReducer(buildReducer, IDLE);
  const [chosen, setChosen] = useState<MonthIndex | undefined>(undefined);
  const [goOutcome, setGoOutcome] = useState<OutcomeText | undefined>(undefined);
  const resultRef = useRef<HTMLDivElement>(null);
  const [focusResult, setFocusResult] = useState(0);
  useEffect(() => {
    if (focusResult > 0) resultRef.current?.focus();
  }, [focusResult]);

  // The latest month unless the person picked one that still has figures.
  const month = chosen !== undefined && months.includes(chosen) ? chosen : months[months.length - 1];
  const newestFirst = [...months].reverse();

  const build = async (allowErrors: boolean): Promise<void> => {
    setGoOutcome(undefined);
    const done = await run("build", async () => {
      dispatch({ type: "start", allowErrors });
      try {
        const outcome = await buildDashboard(services, { month, allowErrors, settings }, (stage) => {
          dispatch({ type: "stage", stage });
          announce(stageProgress(stage).text);
        });
        dispatch({ type: "finish", outcome });
        if (outcome.kind === "built") {
          announce(`${builtSentence(outcome.summary)} ${ragSentence(outcome.summary.counts)}.`);
        } else if (outcome.kind === "has-errors") {
          announce(`The data has ${outcome.errors} error${outcome.errors === 1 ? "" : "s"}. Build anyway, or fix them first.`);
        } else announce(outcome.message);
      } catch (error) {
        const message = errorText(error);
        dispatch({ type: "fail", message });
        announce(message);
      }
      return true;
    });
    if (done) setFocusResult((n) => n + 1);
  };

  const goToDashboard = (sheet: string): void => {
    void run("go", async () => {
      try {
        await goToSheet(services, sheet);
        announce(`Went to ${sheet}.`);
      } catch (error) {
        const o: OutcomeText = { intent: "error", text: errorText(error) };
        setGoOutcome(o);
        announce(o.text);
      }
    });
  };

  const progress = state.phase === "running" ? stageProgress(state.stage) : undefined;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        Build the Member Dashboard
      </Text>
      <Field label="Reporting month" hint={months.length === 0 ? "No month has figures yet." : "Months with figures, newest first."}>
        <Dropdown
          disabled={months.length === 0}
          value={month === undefined ? "" : monthLongLabel(month)}
          selectedOptions={month === undefined ? [] : [monthKey(month)]}
          onOptionSelect={(_, data) => {
            const picked = data.optionValue === undefined ? undefined : parseMonthKey(data.optionValue);
            if (picked !== undefined) setChosen(picked);
          }}
        >
          {newestFirst.map((m) => (
            <Option key={m} value={monthKey(m)}>
              {monthLongLabel(m)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy !== undefined || months.length === 0} onClick={() => void build(false)}>
          {busy === "build" ? "Building…" : "Build dashboard"}
        </Button>
      </div>
      {progress && (
        <Field label="Building the dashboard" hint={progress.text}>
          <ProgressBar value={progress.step} max={progress.of} />
        </Field>
      )}
      <div ref={resultRef} tabIndex={-1} className={styles.focusTarget}>
        {state.phase === "has-errors" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {`The data has ${state.errors} error${state.errors === 1 ? "" : "s"} (see Check the data). The command line refuses to build until they are fixed; here you may build anyway, and rows with errors are left out.`}
            </MessageBarBody>
            <MessageBarActions>
              <Button disabledFocusable={busy !== undefined} onClick={() => void build(true)}>
                Build anyway
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.phase === "stopped" && <Outcome outcome={{ intent: state.intent, text: state.message }} />}
        {state.phase === "built" && <BuildSummaryView summary={state.summary} busy={busy !== undefined} onGo={goToDashboard} />}
      </div>
      <Outcome outcome={goOutcome} />
    </section>
  );
}
