import { Button, Field, SpinButton, Text } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { Catalogue } from "../domain/types";
import { choiceRows, type ChoiceRow } from "./indicatorChoice";
import { IndicatorOrderList } from "./IndicatorOrderList";
import { Outcome, type OutcomeText } from "./Outcome";
import type { SectionProps } from "./paneContext";
import { DEFAULT_PANE_SETTINGS, MONTHS_RANGE, monthsProblem, type PaneSettings, TOLERANCE_RANGE, toleranceProblem } from "./paneSettings";
import { useSectionStyles } from "./sectionStyles";
import type { SaveState } from "./useSettingsAutosave";

interface SettingsProps extends SectionProps {
  /** What builds use now: the last valid settings. */
  settings: PaneSettings;
  /** Problems found reading the saved settings, shown once. */
  loadProblems: readonly string[];
  catalogue: Catalogue;
  /** A valid change: used at once and saved into the workbook as it is made. */
  onChange: (settings: PaneSettings) => void;
  save: SaveState;
  /** Why the value on screen is not used yet, when it is not valid. */
  onDraftProblem: (problem: string | undefined) => void;
}

/** A SpinButton's typed text or stepped value as a number (NaN when it is not one). */
function spinValue(data: { value?: number | null; displayValue?: string }): number {
  if (data.value !== undefined && data.value !== null) return data.value;
  const text = (data.displayValue ?? "").replace(/%/g, "").trim();
  return text === "" ? Number.NaN : Number(text);
}

/** Settings kept in the workbook, saved as they change: tolerance, dashboard indicators and their order, months shown. */
export function SettingsSection({ busy, announce, settings, loadProblems, catalogue, onChange, save, onDraftProblem }: SettingsProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  const listHeadingId = useId();
  const [tolerance, setTolerance] = useState(settings.tolerancePercent);
  const [months, setMonths] = useState(settings.monthsShown);
  const [rows, setRows] = useState<ChoiceRow[]>(() => choiceRows(catalogue, settings.indicators));
  const [outcome, setOutcome] = useState<OutcomeText | undefined>(
    loadProblems.length ? { intent: "warning", text: loadProblems.join(" ") } : undefined,
  );

  // A new catalogue (after set-up, or Indicators edited and checked again) brings its indicators into the list.
  useEffect(() => setRows(choiceRows(catalogue, settings.indicators)), [catalogue, settings.indicators]);
  // The settings arrive from the workbook's Settings table after the pane opens.
  useEffect(() => setTolerance(settings.tolerancePercent), [settings.tolerancePercent]);
  useEffect(() => setMonths(settings.monthsShown), [settings.monthsShown]);

  const toleranceError = toleranceProblem(tolerance);
  const monthsError = monthsProblem(months);
  const draftProblem = [toleranceError, monthsError].filter(Boolean).join(" ") || undefined;
  useEffect(() => onDraftProblem(draftProblem), [draftProblem, onDraftProblem]);

  /** Uses and saves the values on screen when they are valid. */
  const apply = (next: { tolerance?: number; months?: number; rows?: ChoiceRow[] }): void => {
    const t = next.tolerance ?? tolerance;
    const m = next.months ?? months;
    const r = next.rows ?? rows;
    if (toleranceProblem(t) || monthsProblem(m)) return;
    onChange({ tolerancePercent: t, monthsShown: m, indicators: r.map(({ code, shown }) => ({ code, shown })) });
  };

  const reset = (): void => {
    setTolerance(DEFAULT_PANE_SETTINGS.tolerancePercent);
    setMonths(DEFAULT_PANE_SETTINGS.monthsShown);
    const fresh = choiceRows(catalogue, undefined);
    setRows(fresh);
    onChange({ ...DEFAULT_PANE_SETTINGS });
    const o: OutcomeText = { intent: "info", text: "Back to the defaults." };
    setOutcome(o);
    announce(o.text);
  };

  const building = busy === "build";
  const status =
    draftProblem !== undefined
      ? `Not saved: ${draftProblem} Builds use the last saved value until this is put right.`
      : save.state === "saving"
        ? "Saving in this workbook…"
        : save.state === "failed"
          ? `Not saved in the workbook: ${save.text} This pane uses the new settings until it is closed.`
          : "Saved in this workbook as you change them.";
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        Settings for this workbook
      </Text>
      <Text as="p" className={styles.text}>
        Kept inside the workbook, so everyone who builds its dashboard gets the same one.
      </Text>
      <Text as="p" role="status" className={styles.text} weight={draftProblem || save.state === "failed" ? "semibold" : "regular"}>
        {status}
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
          disabled={building}
          onChange={(_, data) => {
            const t = spinValue(data);
            setTolerance(t);
            apply({ tolerance: t });
          }}
        />
      </Field>
      <Field label="Months shown in each chart" hint={`From ${MONTHS_RANGE.min} to ${MONTHS_RANGE.max}, ending at the reporting month.`} validationMessage={monthsError}>
        <SpinButton
          value={Number.isFinite(months) ? months : null}
          displayValue={Number.isFinite(months) ? undefined : ""}
          min={MONTHS_RANGE.min}
          max={MONTHS_RANGE.max}
          step={1}
          disabled={building}
          onChange={(_, data) => {
            const m = spinValue(data);
            setMonths(m);
            apply({ months: m });
          }}
        />
      </Field>
      <Text as="h3" size={300} weight="semibold" id={listHeadingId} className={styles.heading}>
        Indicators on the dashboard, in order
      </Text>
      <Text as="p" size={200} className={styles.text}>
        Up and Down move an indicator one place; on those buttons, Home and End move it to the top or the bottom.
      </Text>
      <IndicatorOrderList
        rows={rows}
        disabled={building}
        labelledBy={listHeadingId}
        onChange={(next) => {
          setRows(next);
          apply({ rows: next });
        }}
      />
      <div className={styles.actions}>
        <Button disabledFocusable={building} onClick={reset}>
          Reset to defaults
        </Button>
      </div>
      <Outcome outcome={outcome} />
    </section>
  );
}
