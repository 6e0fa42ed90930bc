import { Button, Checkbox, Text } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { errorText } from "./errorText";
import { type LooseData, makeTable } from "./operations/looseData";
import { setUpWorkbook, setupOutcome } from "./operations/setUpWorkbook";
import { Outcome, type OutcomeText } from "./Outcome";
import type { SectionProps } from "./paneContext";
import { useSectionStyles } from "./sectionStyles";

interface SetupProps extends SectionProps {
  /** Which input tables the workbook has; undefined until the first look. */
  tables: { indicators: boolean; data: boolean } | undefined;
  /** Sheets holding loose data where a missing table belongs. */
  loose: readonly LooseData[];
  /** Called after set-up changed the workbook, so the pane looks again. */
  onChanged: () => Promise<void>;
}

/** True while the pane's set-up step is showing its own primary button. */
export function setupNeeded(tables: SetupProps["tables"], loose: readonly LooseData[]): boolean {
  return tables !== undefined && (!tables.data || !tables.indicators || loose.length > 0);
}

/** "Set up this workbook": make loose data a table, or add the two tables, created only where missing. */
export function SetupSection({ services, busy, run, announce, tables, loose, onChanged }: SetupProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  // Unticked: sample figures are invented, and should be a choice.
  const [withSample, setWithSample] = useState(false);
  const [outcome, setOutcome] = useState<OutcomeText | undefined>(undefined);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => outcomeRef.current?.focus(), [outcome]);

  const complete = tables !== undefined && tables.indicators && tables.data && loose.length === 0;
  if (complete && outcome === undefined) return null;

  const finish = (result: OutcomeText | undefined): void => {
    if (!result) return;
    setOutcome(result);
    announce(result.text);
  };

  const setUp = async (): Promise<void> => {
    announce("Setting up the workbook.");
    finish(
      await run("setup", async (): Promise<OutcomeText> => {
        try {
          const report = await setUpWorkbook(services, withSample);
          if (report.created.length > 0) await onChanged();
          return setupOutcome(report, withSample);
        } catch (error) {
          return { intent: "error", text: errorText(error, "unchanged") };
        }
      }),
    );
  };

  const makeIt = async (data: LooseData): Promise<void> => {
    finish(
      await run("setup", async (): Promise<OutcomeText> => {
        try {
          await makeTable(services, data);
          await onChanged();
          return { intent: "success", text: `The data on the ${data.sheet} sheet is now the ${data.table} table. Validate to check it.` };
        } catch (error) {
          return { intent: "error", text: errorText(error, "unchanged") };
        }
      }),
    );
  };

  const looseNames = new Set(loose.map((l) => l.table));
  const missing = tables === undefined ? [] : [...(tables.indicators ? [] : ["Indicators"]), ...(tables.data ? [] : ["IndicatorData"])].filter((t) => !looseNames.has(t));
  const needsSetup = missing.length > 0;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        Set up this workbook
      </Text>
      {loose.map((data, n) => (
        <div key={data.table} className={styles.list}>
          <Text as="p" className={styles.text}>
            {`The ${data.sheet} sheet holds data, but not as an Excel table, so the scorecard cannot read it. Make it a table named ${data.table}: your data stays as it is, with its first row as the headers.`}
          </Text>
          <div className={styles.actions}>
            <Button appearance={n === 0 && !needsSetup ? "primary" : "secondary"} disabledFocusable={busy !== undefined} onClick={() => void makeIt(data)}>
              {`Make it the ${data.table} table`}
            </Button>
          </div>
        </div>
      ))}
      {needsSetup && (
        <>
          <Text as="p" className={styles.text}>
            {missing.length === 2
              ? "This workbook has no Indicators or IndicatorData table yet. Set-up adds both, each on a sheet of its own name, with the indicators and targets from the council's papers."
              : `This workbook has no ${missing[0]!} table yet. Set-up adds it and leaves the existing table as it is.`}
          </Text>
          <Checkbox label="Include sample figures in IndicatorData (invented, for trying the scorecard out)" checked={withSample} onChange={(_, data) => setWithSample(data.checked === true)} />
          <div className={styles.actions}>
            <Button appearance="primary" disabledFocusable={busy !== undefined} onClick={() => void setUp()}>
              {busy === "setup" ? "Setting up…" : "Set up this workbook"}
            </Button>
          </div>
        </>
      )}
      <Outcome outcome={outcome} focusRef={outcomeRef} />
    </section>
  );
}
