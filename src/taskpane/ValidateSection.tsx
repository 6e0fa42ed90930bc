import { Button, Text } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { SavedFill } from "../excel/cellFills";
import type { ValidationIssue } from "../domain/types";
import { errorText } from "./errorText";
import { countWords, hasCell, issuePlace } from "./issueGroups";
import { IssueList } from "./IssueList";
import type { WorkbookCheck } from "./operations/checkWorkbook";
import { clearHighlights, clearSentence, highlightProblems } from "./operations/highlightProblems";
import { goToIssue } from "./operations/navigate";
import { Outcome, type OutcomeText } from "./Outcome";
import type { SectionProps } from "./paneContext";
import { useSectionStyles } from "./sectionStyles";

interface ValidateProps extends SectionProps {
  /** Reads and checks the tables; App keeps the result for the other sections. */
  validate: () => Promise<WorkbookCheck>;
  highlights: SavedFill[];
  setHighlights: (saved: SavedFill[]) => void;
}

/** One line for the results heading: "1 error, 15 warnings" or "No problems found". */
export function resultsHeading(check: WorkbookCheck): string {
  const { errors, warnings, infos, explained } = check.analysis.summary;
  const parts = [
    ...(errors ? [countWords("error", errors)] : []),
    ...(warnings ? [countWords("warning", warnings)] : []),
    ...(explained ? [countWords("explained", explained)] : []),
    ...(infos ? [countWords("info", infos)] : []),
  ];
  return parts.length ? parts.join(", ") : "No problems found";
}

/** "Check the data": validate, review the issues, select their cells, highlight and clear. */
export function ValidateSection({ services, busy, run, announce, validate, highlights, setHighlights }: ValidateProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  const [check, setCheck] = useState<WorkbookCheck | undefined>(undefined);
  const [outcome, setOutcome] = useState<OutcomeText | undefined>(undefined);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const [focusResults, setFocusResults] = useState(0);
  useEffect(() => {
    if (focusResults > 0) resultsRef.current?.focus();
  }, [focusResults]);

  const say = (o: OutcomeText): void => {
    setOutcome(o);
    announce(o.text);
  };

  const onValidate = async (): Promise<void> => {
    announce("Checking the tables.");
    const done = await run("validate", async () => {
      try {
        const result = await validate();
        setCheck(result);
        setOutcome(undefined);
        const rows = result.analysis.summary.rows.toLocaleString("en-GB");
        announce(`${resultsHeading(result)} in ${rows} rows.`);
      } catch (error) {
        say({ intent: "error", text: errorText(error) });
      }
      return true;
    });
    if (done) setFocusResults((n) => n + 1);
  };

  const onSelect = (issue: ValidationIssue): void => {
    void run("select", async () => {
      try {
        await goToIssue(services, issue);
        announce(`Selected ${issuePlace(issue)}.`);
      } catch (error) {
        say({ intent: "error", text: errorText(error) });
      }
    });
  };

  const onHighlight = (): void => {
    if (!check) return;
    void run("highlight", async () => {
      try {
        const result = await highlightProblems(services, check.analysis.issues, highlights);
        setHighlights(result.saved);
        const more = result.leftOut > 0 ? ` The first ${result.coloured.toLocaleString("en-GB")} are coloured; fix those, then validate again for the rest.` : "";
        say({
          intent: "success",
          text: `Coloured ${result.coloured.toLocaleString("en-GB")} problem cell${result.coloured === 1 ? "" : "s"}: red for errors, amber for warnings.${more} Clear highlights gives each cell its own fill back.`,
        });
      } catch (error) {
        say({ intent: "error", text: errorText(error) });
      }
    });
  };

  const onClear = (): void => {
    void run("clear", async () => {
      try {
        const report = await clearHighlights(services, highlights);
        setHighlights([]);
        say({ intent: "success", text: clearSentence(report) });
      } catch (error) {
        say({ intent: "error", text: errorText(error) });
      }
    });
  };

  const canHighlight = check !== undefined && check.analysis.issues.some((i) => hasCell(i) && i.severity !== "info");
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        Check the data
      </Text>
      <Text as="p" className={styles.text}>
        Check the Indicators and IndicatorData tables before building. Select a problem to go to its cell.
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy !== undefined} onClick={() => void onValidate()}>
          {busy === "validate" ? "Validating…" : "Validate"}
        </Button>
      </div>
      {check && (
        <>
          <Text as="h3" size={300} weight="semibold" ref={resultsRef} tabIndex={-1} className={styles.focusTarget}>
            {resultsHeading(check)}
          </Text>
          <Text as="p" className={styles.text}>
            {`Checked ${check.analysis.summary.indicators} indicators and ${check.analysis.summary.rows.toLocaleString("en-GB")} rows of figures.`}
          </Text>
          {check.analysis.issues.length > 0 && <IssueList issues={check.analysis.issues} onSelect={onSelect} />}
        </>
      )}
      {(canHighlight || highlights.length > 0) && (
        <div className={styles.actions}>
          {canHighlight && (
            <Button disabledFocusable={busy !== undefined} onClick={onHighlight}>
              Highlight problem cells
            </Button>
          )}
          {highlights.length > 0 && (
            <Button disabledFocusable={busy !== undefined} onClick={onClear}>
              {`Clear highlights (${highlights.length.toLocaleString("en-GB")})`}
            </Button>
          )}
        </div>
      )}
      <Outcome outcome={outcome} />
    </section>
  );
}
