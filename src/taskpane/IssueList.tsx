import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ValidationIssue } from "../domain/types";
import { groupLabel, hasCell, issueLine, type KindGroup } from "./issueGroups";

/** Cells listed under a group at first, and per "Show more"; Previous / Next reach every one. */
export const ISSUES_SHOWN_PER_GROUP = 50;

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere" },
  link: {
    textAlign: "start",
    // In forced colours a button's text would otherwise read as plain text.
    "@media (forced-colors: active)": { color: "LinkText", textDecorationLine: "underline" },
  },
  current: { fontWeight: tokens.fontWeightSemibold },
  header: { overflowWrap: "anywhere" },
  more: { alignSelf: "start" },
});

interface IssueListProps {
  groups: readonly KindGroup[];
  /** Name the table in each group's heading (when the list spans tables). */
  showTable: boolean;
  /** The problem Previous / Next last selected. */
  current: ValidationIssue | undefined;
  /** Select the issue's cell in the workbook. */
  onSelect: (issue: ValidationIssue) => void;
  /** Nothing can be selected while another operation runs. */
  busy: boolean;
}

/** One expandable row per kind of problem and table; its cells inside. Text only, never markup. */
export function IssueList({ groups, showTable, current, onSelect, busy }: IssueListProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<string, number>>({});
  return (
    <Accordion multiple collapsible>
      {groups.map((group) => {
        const limit = shown[group.key] ?? ISSUES_SHOWN_PER_GROUP;
        const rest = group.issues.length - limit;
        return (
          <AccordionItem key={group.key} value={group.key}>
            <AccordionHeader as="h4" size="medium" className={styles.header}>
              {showTable ? `${groupLabel(group)} (${group.table})` : groupLabel(group)}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {group.issues.slice(0, limit).map((issue, n) => (
                  <li key={`${issue.cell}-${n}`} className={styles.item}>
                    {hasCell(issue) ? (
                      <Link
                        as="button"
                        className={issue === current ? `${styles.link} ${styles.current}` : styles.link}
                        aria-current={issue === current ? "true" : undefined}
                        disabledFocusable={busy}
                        onClick={() => onSelect(issue)}
                      >
                        {issueLine(issue)}
                      </Link>
                    ) : (
                      <Text>{issueLine(issue)}</Text>
                    )}
                  </li>
                ))}
              </ul>
              {rest > 0 && (
                <Button
                  size="small"
                  className={styles.more}
                  disabledFocusable={busy}
                  onClick={() => setShown({ ...shown, [group.key]: limit + ISSUES_SHOWN_PER_GROUP })}
                >
                  {`Show ${Math.min(rest, ISSUES_SHOWN_PER_GROUP)} more of ${rest.toLocaleString("en-GB")}`}
                </Button>
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
