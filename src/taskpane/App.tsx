import { MessageBar, MessageBarBody, Spinner, Text, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { DEFAULT_CATALOGUE } from "../domain/catalogue";
import type { SavedFill } from "../excel/cellFills";
import { BuildSection } from "./BuildSection";
import { errorText } from "./errorText";
import { loadHighlights } from "./highlightStore";
import { checkWorkbook, type WorkbookCheck } from "./operations/checkWorkbook";
import { openPaneSettings } from "./operations/workbookSettings";
import type { PaneServices } from "./paneServices";
import { loadPaneSettings, type PaneSettings } from "./paneSettings";
import { SettingsSection } from "./SettingsSection";
import { SetupSection } from "./SetupSection";
import { useExclusive } from "./useExclusive";
import { type PaneView, ViewSwitch } from "./ViewSwitch";
import { ValidateSection } from "./ValidateSection";

// The pane fills its frame edge to edge, as Office's own panes do.
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingInline: tokens.spacingHorizontalL, paddingBlockEnd: tokens.spacingVerticalXXL },
  heading: { margin: 0 },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  // Read by screen readers, not shown: the pane's single live region.
  live: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** The task pane. Everything it does to the workbook goes through `services`. */
export function App({ services }: { services: PaneServices }) {
  usePageStyles();
  const styles = useStyles();
  const { busy, run } = useExclusive();
  const [view, setView] = useState<PaneView>("scorecard");
  const [check, setCheck] = useState<WorkbookCheck | undefined>(undefined);
  const [lookError, setLookError] = useState<string | undefined>(undefined);
  const [loaded, setLoaded] = useState(() => loadPaneSettings(services.settings));
  const [settings, setSettings] = useState<PaneSettings>(loaded.settings);
  const [highlights, setHighlights] = useState<SavedFill[]>(() => loadHighlights(services.settings));
  const [announcement, setAnnouncement] = useState("");

  const announce = useCallback((text: string) => setAnnouncement(text), []);

  /** Reads and checks the tables; keeps the result for the month picker and the settings list. */
  const look = useCallback(async (): Promise<WorkbookCheck> => {
    const result = await checkWorkbook(services);
    setCheck(result);
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

  /** The workbook's Settings table (document settings moved into it on first open). */
  const openSettings = useCallback(async (): Promise<void> => {
    try {
      const opened = await openPaneSettings(services);
      setLoaded(opened);
      setSettings(opened.settings);
    } catch (error) {
      setLoaded((before) => ({ ...before, problems: [...before.problems, errorText(error)] }));
    }
  }, [services]);

  useEffect(() => {
    if (services.host.usable)
      void run("check", async () => {
        await openSettings();
        await lookQuietly();
      });
  }, [services, run, lookQuietly, openSettings]);

  const catalogue = check?.analysis.catalogue ?? DEFAULT_CATALOGUE;
  const section = { services, busy, run, announce };
  const tables = check ? { indicators: check.hasIndicatorsTable, data: check.hasDataTable } : undefined;

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold" className={styles.heading}>
          Children&apos;s Services Scorecard
        </Text>
        <Text as="p" size={200} className={styles.text}>
          Check the month&apos;s figures, then build the Member Dashboard.
        </Text>
      </header>
      <ViewSwitch view={view} onChange={setView} />
      <main className={styles.main}>
        {services.host.notices.map((notice) => (
          <MessageBar key={notice} intent={services.host.usable ? "info" : "error"} layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ))}
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
              <SetupSection {...section} tables={tables} onChanged={lookQuietly} />
              <ValidateSection {...section} validate={look} highlights={highlights} setHighlights={setHighlights} />
              <BuildSection {...section} months={check?.months ?? []} settings={settings} />
            </>
          )}
        </div>
        <div hidden={view !== "settings"}>
          {services.host.usable && (
            <SettingsSection {...section} settings={settings} loadProblems={loaded.problems} catalogue={catalogue} onSaved={setSettings} />
          )}
        </div>
        <div role="status" aria-live="polite" className={styles.live}>
          {announcement}
        </div>
      </main>
    </div>
  );
}
