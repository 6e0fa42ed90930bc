import { Button, Checkbox, Field, Link, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Text } from "@fluentui/react-components";
import { type RefObject, useId, useState } from "react";
import type { ValidationIssue } from "../domain/types";
import type { BuildState } from "./buildFlow";
import { stageProgress } from "./buildFlow";
import { errorKindsSentence, MANY_ERRORS } from "./buildPrompt";
import { BuildSummaryView } from "./BuildSummaryView";
import { Outcome } from "./Outcome";
import { useSectionStyles } from "./sectionStyles";

interface Props {
  state: BuildState;
  /** The issues of the check the build stopped on, for the counts by kind. */
  issues: readonly ValidationIssue[];
  busy: boolean;
  /** Settings the build used, in a sentence. */
  settingsUsed: string | undefined;
  onBuildAnyway: () => void;
  onShowProblems: () => void;
  onGo: (sheet: string) => void;
  resultRef: RefObject<HTMLDivElement>;
}

/** "Build the Member Dashboard": progress by work done, the build-with-errors question, the summary. */
export function BuildResults({ state, issues, busy, settingsUsed, onBuildAnyway, onShowProblems, onGo, resultRef }: Props) {
  const styles = useSectionStyles();
  const headingId = useId();
  const [confirmed, setConfirmed] = useState(false);
  if (state.phase === "idle") return null;
  const progress = state.phase === "running" ? stageProgress(state.stage) : undefined;
  const many = state.phase === "has-errors" && state.errors >= MANY_ERRORS;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        Build the Member Dashboard
      </Text>
      {progress && (
        <Field label="Building the dashboard" hint={progress.text}>
          <ProgressBar value={progress.done} max={100} />
        </Field>
      )}
      <div ref={resultRef} tabIndex={-1} className={styles.focusTarget}>
        {state.phase === "has-errors" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {`${errorKindsSentence(issues, state.errors)} You can fix them first, or build now and leave out the rows with errors. `}
              <Link as="button" inline onClick={onShowProblems}>
                Show the problems
              </Link>
              {many && (
                <Checkbox
                  checked={confirmed}
                  disabled={busy}
                  onChange={(_, data) => setConfirmed(data.checked === true)}
                  label={`Build without the rows holding these ${state.errors.toLocaleString("en-GB")} errors`}
                />
              )}
            </MessageBarBody>
            <MessageBarActions>
              <Button disabledFocusable={busy || (many && !confirmed)} onClick={onBuildAnyway}>
                Build anyway
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.phase === "stopped" && <Outcome outcome={{ intent: state.intent, text: state.message }} />}
        {state.phase === "built" && <BuildSummaryView summary={state.summary} busy={busy} onGo={onGo} settingsUsed={settingsUsed} />}
      </div>
    </section>
  );
}
