import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ValidationIssue } from "../domain/types";
import { countWords, groupIssues, hasCell, issuePlace, severityHeading } from "./issueGroups";

/** Issues listed per table at most; a long list is better fixed from the top. */
export const ISSUES_SHOWN_PER_TABLE = 200;

const useStyles = makeStyles({
  tableHeading: { margin: 0, marginBlockStart: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { overflowWrap: "anywhere" },
  link: { textAlign: "start" },
  place: { fontWeight: tokens.fontWeightSemibold },
});

interface IssueListProps {
  issues: readonly ValidationIssue[];
  /** Select the issue's cell in the workbook. */
  onSelect: (issue: ValidationIssue) => void;
}

/** Issues by severity then table; each one with a cell is a link that selects it. Text only, never markup. */
export function IssueList({ issues, onSelect }: IssueListProps) {
  const styles = useStyles();
  const groups = groupIssues(issues);
  const firstOpen = groups[0]?.severity;
  return (
    <Accordion multiple collapsible defaultOpenItems={firstOpen ? [firstOpen] : []}>
      {groups.map((group) => (
        <AccordionItem key={group.severity} value={group.severity}>
          <AccordionHeader as="h3" size="medium">
            {`${severityHeading(group.severity)} (${group.count.toLocaleString("en-GB")})`}
          </AccordionHeader>
          <AccordionPanel>
            {group.tables.map((table) => (
              <div key={table.table}>
                <Text as="h4" size={300} weight="semibold" className={styles.tableHeading}>
                  {`${table.table}: ${countWords(group.severity, table.issues.length)}`}
                </Text>
                <ul className={styles.list}>
                  {table.issues.slice(0, ISSUES_SHOWN_PER_TABLE).map((issue, n) => (
                    <li key={`${issue.rule}-${issue.cell}-${n}`} className={styles.item}>
                      {hasCell(issue) ? (
                        <Link as="button" className={styles.link} onClick={() => onSelect(issue)}>
                          <span className={styles.place}>{issuePlace(issue)}</span>
                          {` — ${issue.message}`}
                          {issue.explanation !== undefined && ` Explained: ${issue.explanation}`}
                        </Link>
                      ) : (
                        <Text>
                          <span className={styles.place}>{issuePlace(issue)}</span>
                          {` — ${issue.message}`}
                          {issue.explanation !== undefined && ` Explained: ${issue.explanation}`}
                        </Text>
                      )}
                    </li>
                  ))}
                </ul>
                {table.issues.length > ISSUES_SHOWN_PER_TABLE && (
                  <Text as="p">{`…and ${(table.issues.length - ISSUES_SHOWN_PER_TABLE).toLocaleString("en-GB")} more in ${table.table}. Fix these first, then validate again.`}</Text>
                )}
              </div>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
