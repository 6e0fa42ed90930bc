import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { ValidationIssue } from "../domain/types";
import { type IssueFilter, type IssueSection, issueTables, SECTIONS, sectionCounts, severityHeading, tableOf } from "./issueGroups";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Native selects shrink with the pane: no fixed minimum width to force a sideways scroll.
  field: { flexGrow: 1, flexBasis: "8rem", minWidth: 0 },
});

const ALL = "all";

/** Filters for the problem list: by kind (errors, warnings, …) and by table. Each choice says its count. */
export function ProblemFilters({ issues, filter, onChange, disabled }: { issues: readonly ValidationIssue[]; filter: IssueFilter; onChange: (f: IssueFilter) => void; disabled: boolean }) {
  const styles = useStyles();
  const counts = sectionCounts(issues);
  const present = SECTIONS.filter((s) => counts[s] > 0);
  const tables = issueTables(issues);
  if (present.length < 2 && tables.length < 2) return null;
  return (
    <div className={styles.row}>
      {present.length > 1 && (
        <Field label="Show" className={styles.field}>
          <Select
            value={filter.section ?? ALL}
            disabled={disabled}
            onChange={(_, data) => onChange({ ...filter, section: data.value === ALL ? undefined : (data.value as IssueSection) })}
          >
            <option value={ALL}>{`All (${issues.length.toLocaleString("en-GB")})`}</option>
            {present.map((s) => (
              <option key={s} value={s}>
                {`${severityHeading(s)} (${counts[s].toLocaleString("en-GB")})`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {tables.length > 1 && (
        <Field label="Table" className={styles.field}>
          <Select value={filter.table ?? ALL} disabled={disabled} onChange={(_, data) => onChange({ ...filter, table: data.value === ALL ? undefined : data.value })}>
            <option value={ALL}>All tables</option>
            {tables.map((t) => (
              <option key={t} value={t}>
                {`${t} (${issues.filter((i) => tableOf(i) === t).length.toLocaleString("en-GB")})`}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
