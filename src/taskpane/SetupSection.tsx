import { Button, Checkbox, Text } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { errorText } from "./errorText";
import { setUpWorkbook, setupOutcome } from "./operations/setUpWorkbook";
import { Outcome, type OutcomeText } from "./Outcome";
import type { SectionProps } from "./paneContext";
import { useSectionStyles } from "./sectionStyles";

interface SetupProps extends SectionProps {
  /** Which input tables the workbook has; undefined until the first look. */
  tables: { indicators: boolean; data: boolean } | undefined;
  /** Called after set-up changed the workbook, so the pane looks again. */
  onChanged: () => Promise<void>;
}

/** "Set up this workbook": the two tables, created only where missing. */
export function SetupSection({ services, busy, run, announce, tables, onChanged }: SetupProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  const [withSample, setWithSample] = useState(true);
  const [outcome, setOutcome] = useState<OutcomeText | undefined>(undefined);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => outcomeRef.current?.focus(), [outcome]);

  const complete = tables !== undefined && tables.indicators && tables.data;
  if (complete && outcome === undefined) return null;

  const setUp = async (): Promise<void> => {
    announce("Setting up the workbook.");
    const result = await run("setup", async (): Promise<OutcomeText> => {
      try {
        const report = await setUpWorkbook(services, withSample);
        if (report.created.length > 0) await onChanged();
        return setupOutcome(report, withSample);
      } catch (error) {
        return { intent: "error", text: errorText(error) };
      }
    });
    if (result) {
      setOutcome(result);
      announce(result.text);
    }
  };

  const missing = tables === undefined ? [] : [...(tables.indicators ? [] : ["Indicators"]), ...(tables.data ? [] : ["IndicatorData"])];
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        Set up this workbook
      </Text>
      {!complete && (
        <>
          <Text as="p" className={styles.text}>
            {missing.length === 2
              ? "This workbook has no Indicators or IndicatorData table yet. Set-up adds both, each on a sheet of its own name, with the indicators and targets from the council's papers."
              : `This workbook has no ${missing.join(" or ")} table yet. Set-up adds it and leaves the existing table as it is.`}
          </Text>
          <Checkbox label="Include sample figures in IndicatorData" checked={withSample} onChange={(_, data) => setWithSample(data.checked === true)} />
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
