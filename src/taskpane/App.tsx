import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_CATALOGUE } from "../domain/catalogue/defaultCatalogue";
import type { MonthIndex } from "../domain/types";
import type { SavedFill } from "../excel/cellFills";
import { ActionBar } from "./ActionBar";
import { BuildResults } from "./BuildResults";
import { errorText } from "./errorText";
import { loadHighlights } from "./highlightStore";
import { checkWorkbook, type WorkbookCheck } from "./operations/checkWorkbook";
import { cleanLeftovers } from "./operations/cleanLeftovers";
import { findLooseData, type LooseData } from "./operations/looseData";
import { goToSheet } from "./operations/navigate";
import { watchWorkbook } from "./operations/watchWorkbook";
import { openPaneSettings } from "./operations/workbookSettings";
import { isOwnSheet } from "./ownSheets";
import type { PaneServices } from "./paneServices";
import { loadPaneSettings } from "./paneSettings";
import { SettingsSection } from "./SettingsSection";
import { SetupSection, setupNeeded } from "./SetupSection";
import { buildMonth, isEmptyData, useBuild } from "./useBuild";
import { type OperationKey, useExclusive } from "./useExclusive";
import { useSettingsAutosave } from "./useSettingsAutosave";
import { type PaneView, ViewSwitch } from "./ViewSwitch";
import { resultsHeading, ValidateSection } from "./ValidateSection";

// The pane fills its frame edge to edge, as Office's own panes do.
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

/**
 * Operations that write to the workbook: change events while they run are
 * their own. Set-up looks at the workbook again before it ends, so its own
 * events arrive while it is still running; a build writes only the add-in's
 * own sheets (told apart by name as well).
 */
const WRITING = new Set<OperationKey>(["setup", "build", "highlight", "clear"]);

const useStyles = makeStyles({
  // The pane is exactly the frame's height: the content scrolls, the action bar stays.
  root: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  scroll: { flexGrow: 1, minHeight: 0, overflowY: "auto", overflowX: "hidden" },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalM, paddingInline: tokens.spacingHorizontalL },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingInline: tokens.spacingHorizontalL, paddingBlockEnd: tokens.spacingVerticalL },
  heading: { margin: 0, overflowWrap: "anywhere" },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  // Read by screen readers, not shown: the pane's single live region.
  live: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap", border: 0 },
});

/** The task pane. Everything it does to the workbook goes through `services`. */
export function App({ services }: { services: PaneServices }) {
  usePageStyles();
  const styles = useStyles();
  const { busy, run } = useExclusive();
  const [view, setView] = useState<PaneView>("scorecard");
  const [check, setCheck] = useState<WorkbookCheck | undefined>(undefined);
  // Problems are listed once the person asks (Validate, or a build that stopped on errors).
  const [listed, setListed] = useState(false);
  const [stale, setStale] = useState(false);
  const [loose, setLoose] = useState<LooseData[]>([]);
  const [lookError, setLookError] = useState<string | undefined>(undefined);
  // Document settings first (no round trip), then the workbook's Settings table once it is read.
  const [loaded, setLoaded] = useState(() => loadPaneSettings(services.settings));
  const autosave = useSettingsAutosave(services, loaded.settings);
  const { replace: replaceSettings } = autosave;
  const [highlights, setHighlights] = useState<SavedFill[]>(() => loadHighlights(services.settings));
  const [announcement, setAnnouncement] = useState("");
  const [picked, setPicked] = useState<MonthIndex | undefined>(undefined);
  const [noticeShown, setNoticeShown] = useState(true);
  const [focusResults, setFocusResults] = useState(0);
  const [focusBuild, setFocusBuild] = useState(0);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const buildRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const announce = useCallback((text: string) => setAnnouncement(text), []);
  /** Changes the person made, counted, so a check knows whether one came in while it read. */
  const changes = useRef(0);

  /** Reads and checks the tables; keeps the result for every part of the pane. */
  const look = useCallback(async (): Promise<WorkbookCheck> => {
    const changesBefore = changes.current;
    const result = await checkWorkbook(services);
    const missing = [...(result.hasIndicatorsTable ? [] : ["Indicators"]), ...(result.hasDataTable ? [] : ["IndicatorData"]), ...result.readFromSheet];
    const found = await findLooseData(services, missing).catch(() => []);
    setCheck(result);
    setLoose(found);
    // A change that arrived while reading may not be in what was read.
    setStale(changes.current !== changesBefore);
    setLookError(undefined);
    return result;
  }, [services]);

  const lookQuietly = useCallback(async (): Promise<void> => {
    try {
      await look();
    } catch (error) {
      setLookError(errorText(error));
    }
  }, [look]);

  // "Never stale": a person's change to the workbook marks the results out of date.
  const busyNow = useRef(busy);
  busyNow.current = busy;
  useEffect(() => {
    if (!services.host.usable) return;
    void watchWorkbook(services, (change) => {
      // A change during a read (Validate) may have come after the read: out of date, to be safe.
      if (busyNow.current !== undefined && WRITING.has(busyNow.current)) return;
      if (change.sheet !== undefined && isOwnSheet(change.sheet)) return;
      changes.current++;
      setStale(true);
    });
    void run("check", async () => {
      await cleanLeftovers(services);
      try {
        const opened = await openPaneSettings(services);
        setLoaded(opened);
        replaceSettings(opened.settings);
      } catch (error) {
        setLoaded((before) => ({ ...before, problems: [...before.problems, errorText(error)] }));
      }
      await lookQuietly();
    });
  }, [services, run, lookQuietly, replaceSettings]);

  useEffect(() => {
    if (focusBuild > 0) buildRef.current?.focus();
  }, [focusBuild]);

  const onValidate = (): void => {
    announce("Checking the tables.");
    void run("validate", async () => {
      try {
        const result = await look();
        setListed(true);
        setView("scorecard");
        announce(`${resultsHeading(result)} in ${result.analysis.summary.rows.toLocaleString("en-GB")} rows.`);
        setFocusResults((n) => n + 1);
      } catch (error) {
        setLookError(errorText(error));
        announce(errorText(error));
      }
    });
  };

  const { state: buildState, build, settingsUsed } = useBuild({
    services,
    run,
    announce,
    needsCheck: stale || check === undefined,
    look,
    months: check?.months ?? [],
    defaultMonth: check?.defaultMonth,
    emptyData: check ? isEmptyData(check) : false,
    chosen: picked,
    settings: autosave.settings,
    flushSettings: autosave.flush,
    draftProblem: autosave.draftProblem,
    onDone: (outcome) => {
      if (outcome === "has-errors") setListed(true);
      setFocusBuild((n) => n + 1);
    },
  });
  const onBuild = (allowErrors: boolean): void => {
    setView("scorecard");
    void build(allowErrors);
  };

  const showProblems = (): void => {
    setListed(true);
    setView("scorecard");
    setFocusResults((n) => n + 1);
  };

  const goToDashboard = (sheet: string): void => {
    void run("go", async () => {
      try {
        await goToSheet(services, sheet);
        announce(`Went to ${sheet}.`);
      } catch (error) {
        setLookError(errorText(error));
        announce(errorText(error));
      }
    });
  };

  const catalogue = check?.analysis.catalogue ?? DEFAULT_CATALOGUE;
  const section = { services, busy, run, announce };
  const tables = check ? { indicators: check.hasIndicatorsTable, data: check.hasDataTable } : undefined;
  const months = check?.months ?? [];
  const notice = services.host.notices[0];
  const unsaved = autosave.draftProblem !== undefined || autosave.save.state === "failed";

  return (
    <div className={styles.root}>
      <ViewSwitch view={view} onChange={setView} unsaved={unsaved} />
      <div className={styles.scroll}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold" className={styles.heading} ref={titleRef} tabIndex={-1}>
            Children&apos;s Services Scorecard
          </Text>
          <Text as="p" size={200} className={styles.text}>
            Check the month&apos;s figures, then build the Member Dashboard.
          </Text>
        </header>
        <main className={styles.main}>
          {notice && (noticeShown || !services.host.usable) && (
            <MessageBar intent={services.host.usable ? "info" : "error"} layout="multiline">
              <MessageBarBody>{notice}</MessageBarBody>
              {services.host.usable && (
                <MessageBarActions>
                  <Button
                    size="small"
                    onClick={() => {
                      setNoticeShown(false);
                      // The button goes away with the notice: focus moves to the pane's title, not the page.
                      titleRef.current?.focus();
                    }}
                  >
                    Dismiss
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
          {lookError && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{lookError}</MessageBarBody>
            </MessageBar>
          )}
          {busy === "check" && <Spinner size="tiny" label="Looking at the workbook…" />}
          {/* Both views stay mounted so results survive switching. */}
          <div hidden={view !== "scorecard"}>
            {services.host.usable && (
              <>
                <SetupSection {...section} tables={tables} loose={loose} onChanged={lookQuietly} />
                <BuildResults
                  state={buildState}
                  issues={check?.analysis.issues ?? []}
                  busy={busy !== undefined}
                  settingsUsed={settingsUsed}
                  onBuildAnyway={() => onBuild(true)}
                  onShowProblems={showProblems}
                  onGo={goToDashboard}
                  resultRef={buildRef}
                />
                <ValidateSection
                  {...section}
                  check={listed ? check : undefined}
                  stale={stale}
                  focusRequest={focusResults}
                  resultsRef={resultsRef}
                  highlights={highlights}
                  setHighlights={setHighlights}
                />
                {!listed && buildState.phase === "idle" && check && !setupNeeded(tables, loose) && (
                  <Text as="p" className={styles.text}>
                    {stale
                      ? "The workbook has changed. Validate to check the figures, or Build dashboard, which checks them first."
                      : "Validate to check this month's figures and list any problems, or Build dashboard straight away."}
                  </Text>
                )}
              </>
            )}
          </div>
          <div hidden={view !== "settings"}>
            {services.host.usable && (
              <SettingsSection
                {...section}
                settings={autosave.settings}
                loadProblems={loaded.problems}
                catalogue={catalogue}
                onChange={autosave.change}
                save={autosave.save}
                onDraftProblem={autosave.setDraftProblem}
              />
            )}
          </div>
          <div role="status" aria-live="polite" className={styles.live}>
            {announcement}
          </div>
        </main>
      </div>
      {services.host.usable && (
        <ActionBar
          months={months}
          month={buildMonth(months, picked, check?.defaultMonth)}
          onPickMonth={setPicked}
          onValidate={onValidate}
          onBuild={() => onBuild(false)}
          busy={busy}
          buildIsPrimary={!setupNeeded(tables, loose)}
        />
      )}
    </div>
  );
}
