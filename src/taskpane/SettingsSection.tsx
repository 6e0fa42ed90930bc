import { Button, Field, SpinButton, Text } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { Catalogue } from "../domain/types";
import { errorText } from "./errorText";
import { choiceRows, type ChoiceRow } from "./indicatorChoice";
import { IndicatorOrderList } from "./IndicatorOrderList";
import { Outcome, type OutcomeText } from "./Outcome";
import type { SectionProps } from "./paneContext";
import { saveWorkbookSettings } from "./operations/workbookSettings";
import { DEFAULT_PANE_SETTINGS, MONTHS_RANGE, monthsProblem, type PaneSettings, TOLERANCE_RANGE, toleranceProblem } from "./paneSettings";
import { useSectionStyles } from "./sectionStyles";

interface SettingsProps extends SectionProps {
  settings: PaneSettings;
  /** Problems found reading the saved settings, shown once. */
  loadProblems: readonly string[];
  catalogue: Catalogue;
  onSaved: (settings: PaneSettings) => void;
}

/** A SpinButton's typed text or stepped value as a number (NaN when it is not one). */
function spinValue(data: { value?: number | null; displayValue?: string }): number {
  if (data.value !== undefined && data.value !== null) return data.value;
  const text = (data.displayValue ?? "").replace(/%/g, "").trim();
  return text === "" ? Number.NaN : Number(text);
}

/** Settings kept in the workbook: tolerance, dashboard indicators and their order, months shown. */
export function SettingsSection({ services, busy, run, announce, settings, loadProblems, catalogue, onSaved }: SettingsProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  const listHeadingId = useId();
  const [tolerance, setTolerance] = useState(settings.tolerancePercent);
  const [months, setMonths] = useState(settings.monthsShown);
  const [rows, setRows] = useState<ChoiceRow[]>(() => choiceRows(catalogue, settings.indicators));
  const [outcome, setOutcome] = useState<OutcomeText | undefined>(
    loadProblems.length ? { intent: "warning", text: loadProblems.join(" ") } : undefined,
  );
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [focusOutcome, setFocusOutcome] = useState(0);
  useEffect(() => {
    if (focusOutcome > 0) outcomeRef.current?.focus();
  }, [focusOutcome]);

  // A new catalogue (after set-up, or Indicators edited and checked again) brings its indicators into the list.
  useEffect(() => setRows(choiceRows(catalogue, settings.indicators)), [catalogue, settings.indicators]);
  // The settings arrive from the workbook's Settings table after the pane opens.
  useEffect(() => setTolerance(settings.tolerancePercent), [settings.tolerancePercent]);
  useEffect(() => setMonths(settings.monthsShown), [settings.monthsShown]);

  const toleranceError = toleranceProblem(tolerance);
  const monthsError = monthsProblem(months);

  const save = (): void => {
    void run("save", async () => {
      let o: OutcomeText;
      if (toleranceError || monthsError) {
        o = { intent: "error", text: [toleranceError, monthsError].filter(Boolean).join(" ") };
      } else {
        const next: PaneSettings = { tolerancePercent: tolerance, monthsShown: months, indicators: rows.map(({ code, shown }) => ({ code, shown })) };
        try {
          await saveWorkbookSettings(services, next);
          onSaved(next);
          const shown = rows.filter((r) => r.shown).length;
          o = { intent: "success", text: `Saved in this workbook: ${shown} indicator${shown === 1 ? "" : "s"} on the dashboard, ${months} months in each chart, ${tolerance}% default tolerance.` };
        } catch (error) {
          o = { intent: "error", text: errorText(error) };
        }
      }
      setOutcome(o);
      announce(o.text);
      setFocusOutcome((n) => n + 1);
    });
  };

  const reset = (): void => {
    setTolerance(DEFAULT_PANE_SETTINGS.tolerancePercent);
    setMonths(DEFAULT_PANE_SETTINGS.monthsShown);
    setRows(choiceRows(catalogue, undefined));
    const o: OutcomeText = { intent: "info", text: "Back to the defaults. Save settings to keep them." };
    setOutcome(o);
    announce(o.text);
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        Settings for this workbook
      </Text>
      <Text as="p" className={styles.text}>
        Saved inside the workbook, so everyone who builds its dashboard gets the same one.
      </Text>
      <Field
        label="Default tolerance (% of target)"
        hint="How far short of target still counts as Amber, for indicators without a tolerance of their own."
        validationMessage={toleranceError}
      >
        <SpinButton
          value={Number.isFinite(tolerance) ? tolerance : null}
          displayValue={Number.isFinite(tolerance) ? undefined : ""}
          min={TOLERANCE_RANGE.min}
          max={TOLERANCE_RANGE.max}
          step={1}
          onChange={(_, data) => setTolerance(spinValue(data))}
        />
      </Field>
      <Field label="Months shown in each chart" hint={`From ${MONTHS_RANGE.min} to ${MONTHS_RANGE.max}, ending at the reporting month.`} validationMessage={monthsError}>
        <SpinButton
          value={Number.isFinite(months) ? months : null}
          displayValue={Number.isFinite(months) ? undefined : ""}
          min={MONTHS_RANGE.min}
          max={MONTHS_RANGE.max}
          step={1}
          onChange={(_, data) => setMonths(spinValue(data))}
        />
      </Field>
      <Text as="h3" size={300} weight="semibold" id={listHeadingId} className={styles.heading}>
        Indicators on the dashboard, in order
      </Text>
      <IndicatorOrderList rows={rows} onChange={setRows} labelledBy={listHeadingId} />
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy !== undefined} onClick={save}>
          Save settings
        </Button>
        <Button onClick={reset}>Reset to defaults</Button>
      </div>
      <Outcome outcome={outcome} focusRef={outcomeRef} />
    </section>
  );
}
