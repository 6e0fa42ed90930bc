import { Button, Field, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { monthKey, monthLongLabel } from "../domain/periods";
import type { MonthIndex } from "../domain/types";
import { useCompact } from "./useCompact";

const useStyles = makeStyles({
  // Always in view below the scrolling content: the pane's next step is never a scroll away.
  bar: {
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  compact: { paddingBlock: tokens.spacingVerticalXS, paddingInline: tokens.spacingHorizontalS, gap: tokens.spacingVerticalXXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  button: { minWidth: 0 },
  month: { minWidth: 0 },
  // The select names its month; the label stays for screen readers.
  hiddenLabel: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

interface ActionBarProps {
  /** Months with figures, oldest first. */
  months: readonly MonthIndex[];
  /** The month a build would use. */
  month: MonthIndex | undefined;
  onPickMonth: (month: MonthIndex) => void;
  onValidate: () => void;
  onBuild: () => void;
  busy: string | undefined;
  /** Build is the view's primary action unless set-up is the step before it. */
  buildIsPrimary: boolean;
}

/** Reporting month, Validate and Build dashboard, fixed at the foot of the pane. */
export function ActionBar({ months, month, onPickMonth, onValidate, onBuild, busy, buildIsPrimary }: ActionBarProps) {
  const styles = useStyles();
  const compact = useCompact();
  const size = compact ? "small" : "medium";
  const newestFirst = [...months].reverse();
  return (
    <div role="region" className={mergeClasses(styles.bar, compact && styles.compact)} aria-label="Check and build">
      <Field label={{ children: "Reporting month", className: compact ? styles.hiddenLabel : undefined }} size="small">
        <Select
          className={styles.month}
          size="small"
          disabled={busy !== undefined || months.length === 0}
          value={month === undefined ? "" : monthKey(month)}
          onChange={(_, data) => {
            const picked = newestFirst.find((m) => monthKey(m) === data.value);
            if (picked !== undefined) onPickMonth(picked);
          }}
        >
          {months.length === 0 && <option value="">The latest month with figures</option>}
          {newestFirst.map((m) => (
            <option key={m} value={monthKey(m)}>
              {monthLongLabel(m)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button size={size} className={styles.button} disabledFocusable={busy !== undefined} onClick={onValidate}>
          {busy === "validate" ? "Validating…" : "Validate"}
        </Button>
        <Button size={size} className={styles.button} appearance={buildIsPrimary ? "primary" : "secondary"} disabledFocusable={busy !== undefined} onClick={onBuild}>
          {busy === "build" ? "Building…" : "Build dashboard"}
        </Button>
      </div>
    </div>
  );
}
