import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { type RefObject, useEffect, useId, useMemo, useRef, useState } from "react";
import type { SavedFill } from "../excel/cellFills";
import type { ValidationIssue } from "../domain/types";
import { errorText } from "./errorText";
import { countWords, filterGroups, groupByKind, hasCell, type IssueFilter, issueTables, navigableIssues, SECTIONS, sectionCounts, severityHeading } from "./issueGroups";
import { IssueList } from "./IssueList";
import type { WorkbookCheck } from "./operations/checkWorkbook";
import { clearHighlights, clearSentence, highlightProblems } from "./operations/highlightProblems";
import { goToIssue } from "./operations/navigate";
import { Outcome, type OutcomeText } from "./Outcome";
import type { SectionProps } from "./paneContext";
import { ProblemFilters } from "./ProblemFilters";
import { ProblemNavigator } from "./ProblemNavigator";
import { useSectionStyles } from "./sectionStyles";

interface ValidateProps extends SectionProps {
  /** The last check the person asked for (Validate, or a build that checked first). */
  check: WorkbookCheck | undefined;
  /** The workbook changed since that check. */
  stale: boolean;
  /** Bumped to move focus to the results heading. */
  focusRequest: number;
  /** The results heading, for links elsewhere in the pane ("see the problems"). */
  resultsRef: RefObject<HTMLHeadingElement>;
  highlights: SavedFill[];
  setHighlights: (saved: SavedFill[]) => void;
}

/** One line for the results heading: "1 error, 15 warnings" or "No problems found". */
export function resultsHeading(check: WorkbookCheck): string {
  const counts = sectionCounts(check.analysis.issues);
  const parts = SECTIONS.filter((s) => counts[s] > 0).map((s) => countWords(s, counts[s]));
  return parts.length ? parts.join(", ") : "No problems found";
}

/** "Check the data": the problems by kind, filters, Previous / Next, highlight and clear. */
export function ValidateSection({ services, busy, run, announce, check, stale, focusRequest, resultsRef, highlights, setHighlights }: ValidateProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  const [outcome, setOutcome] = useState<OutcomeText | undefined>(undefined);
  const [filter, setFilter] = useState<IssueFilter>({});
  const [current, setCurrent] = useState<ValidationIssue | undefined>(undefined);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [focusOutcome, setFocusOutcome] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) resultsRef.current?.focus();
  }, [focusRequest, resultsRef]);
  useEffect(() => {
    if (focusOutcome > 0) outcomeRef.current?.focus();
  }, [focusOutcome]);
  // A new check starts the walk and the filters afresh.
  useEffect(() => {
    setCurrent(undefined);
    setFilter({});
    setOutcome(undefined);
  }, [check]);

  const issues = check?.analysis.issues ?? [];
  const groups = useMemo(() => filterGroups(groupByKind(issues), filter), [issues, filter]);
  const order = useMemo(() => navigableIssues(groups), [groups]);
  const spansTables = issueTables(issues).length > 1 && filter.table === undefined;

  const say = (o: OutcomeText, focus = false): void => {
    setOutcome(o);
    announce(o.text);
    if (focus) setFocusOutcome((n) => n + 1);
  };

  const onSelect = (issue: ValidationIssue): void => {
    void run("select", async () => {
      try {
        await goToIssue(services, issue);
        setCurrent(issue);
        const at = order.indexOf(issue);
        announce(`${at >= 0 ? `Problem ${at + 1} of ${order.length}: ` : ""}selected ${issue.sheet} ${issue.cell}.`);
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
        // The Clear button goes away: focus moves to what it did, not to the page.
        say({ intent: "success", text: clearSentence(report) }, true);
      } catch (error) {
        say({ intent: "error", text: errorText(error) }, true);
      }
    });
  };

  const canHighlight = check !== undefined && check.analysis.issues.some((i) => hasCell(i) && i.severity !== "info");
  const sections = SECTIONS.filter((s) => groups.some((g) => g.section === s));
  const isBusy = busy !== undefined;
  if (!check && highlights.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        Check the data
      </Text>
      {check && (
        <>
          <Text as="h3" size={300} weight="semibold" ref={resultsRef} tabIndex={-1} className={styles.focusTarget}>
            {stale ? `${resultsHeading(check)} (out of date)` : resultsHeading(check)}
          </Text>
          {stale && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>The workbook has changed since this check. Validate again to see the problems now; Build checks first by itself.</MessageBarBody>
            </MessageBar>
          )}
          <Text as="p" className={styles.text}>
            {`Checked ${check.analysis.summary.indicators} indicators and ${check.analysis.summary.rows.toLocaleString("en-GB")} rows of figures.`}
          </Text>
          <ProblemFilters issues={issues} filter={filter} onChange={setFilter} disabled={isBusy} />
          <ProblemNavigator order={order} current={current} onGo={onSelect} busy={isBusy} />
          {sections.map((section) => {
            const inSection = groups.filter((g) => g.section === section);
            const count = inSection.reduce((n, g) => n + g.issues.length, 0);
            return (
              <div key={section} className={styles.list}>
                <Text as="h3" size={300} weight="semibold" className={styles.heading}>
                  {`${severityHeading(section)} (${count.toLocaleString("en-GB")})`}
                </Text>
                <IssueList groups={inSection} showTable={spansTables} current={current} onSelect={onSelect} busy={isBusy} />
              </div>
            );
          })}
        </>
      )}
      {(canHighlight || highlights.length > 0) && (
        <div className={styles.actions}>
          {canHighlight && (
            <Button disabledFocusable={isBusy} onClick={onHighlight}>
              Highlight problem cells
            </Button>
          )}
          {highlights.length > 0 && (
            <Button disabledFocusable={isBusy} onClick={onClear}>
              {`Clear highlights (${highlights.length.toLocaleString("en-GB")})`}
            </Button>
          )}
        </div>
      )}
      <Outcome outcome={outcome} focusRef={outcomeRef} />
    </section>
  );
}
