import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ValidationIssue } from "../domain/types";
import { issueLine } from "./issueGroups";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  where: { margin: 0, overflowWrap: "anywhere" },
});

interface Props {
  /** The problems Previous / Next walk through, in list order. */
  order: readonly ValidationIssue[];
  current: ValidationIssue | undefined;
  onGo: (issue: ValidationIssue) => void;
  busy: boolean;
}

/** Previous / Next problem: each selects the next cell in the workbook, so a person can fix them one by one. */
export function ProblemNavigator({ order, current, onGo, busy }: Props) {
  const styles = useStyles();
  if (order.length === 0) return null;
  const at = current === undefined ? -1 : order.indexOf(current);
  const go = (index: number): void => {
    const issue = order[index];
    if (issue) onGo(issue);
  };
  return (
    <div className={styles.bar}>
      <Button disabledFocusable={busy || at <= 0} onClick={() => go(at - 1)}>
        Previous problem
      </Button>
      <Button disabledFocusable={busy || at >= order.length - 1} onClick={() => go(at + 1)}>
        Next problem
      </Button>
      {current && at >= 0 && (
        <Text as="p" size={200} className={styles.where}>
          {`Problem ${(at + 1).toLocaleString("en-GB")} of ${order.length.toLocaleString("en-GB")}, ${current.sheet}: ${issueLine(current)}`}
        </Text>
      )}
    </div>
  );
}
