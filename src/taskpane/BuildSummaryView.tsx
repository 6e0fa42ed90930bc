import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Rag } from "../domain/results";
import { builtSentence, type BuildSummary } from "./operations/buildDashboard";
import { RAG_LABELS, RAG_ORDER } from "./ragCounts";
import { useSectionStyles } from "./sectionStyles";
import { notAppliedList } from "./skippedWords";

// The dashboard's own RAG fill and text colours (src/report/ragStyle.ts), which pass contrast.
const SWATCH: Record<Rag, { background: string; color: string }> = {
  green: { background: "#C6EFCE", color: "#006100" },
  amber: { background: "#FFEB9C", color: "#9C5700" },
  red: { background: "#FFC7CE", color: "#9C0006" },
  none: { background: "#EDEDED", color: "#404040" },
};

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(6.5rem, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  count: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
  },
  number: { fontSize: tokens.fontSizeBase500 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What the build did: the ratings in words, anything renamed or left out, and a way to the sheet. */
export function BuildSummaryView({ summary, busy, onGo, settingsUsed }: { summary: BuildSummary; busy: boolean; onGo: (sheet: string) => void; settingsUsed: string | undefined }) {
  const styles = useStyles();
  const section = useSectionStyles();
  const skipped = notAppliedList(summary.skipped);
  return (
    <div className={styles.summary}>
      <Text as="h3" size={300} weight="semibold" className={section.heading}>
        Dashboard built
      </Text>
      <Text as="p" className={section.text}>
        {builtSentence(summary)}
      </Text>
      {settingsUsed && (
        <Text as="p" className={section.text}>
          {settingsUsed}
        </Text>
      )}
      {summary.sample && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>Built from the sample figures, which are invented: the dashboard&apos;s title says so. Replace them with your own figures in IndicatorData, then build again.</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.counts} aria-label="Ratings of the dashboard indicators">
        {RAG_ORDER.map((rag) => (
          <li key={rag} className={styles.count} style={SWATCH[rag]}>
            <span>
              {RAG_LABELS[rag]}
              {/* Read as "Green: 3", not "Green3". */}
              <span className={styles.hidden}>: </span>
            </span>
            <span className={styles.number}>{summary.counts[rag]}</span>
          </li>
        ))}
      </ul>
      {summary.errorsIgnored > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{`Built with ${summary.errorsIgnored} data error${summary.errorsIgnored === 1 ? "" : "s"} present; rows with errors were left out.`}</MessageBarBody>
        </MessageBar>
      )}
      {summary.renamed.map((r) => (
        <MessageBar key={r.wanted} intent="info">
          <MessageBarBody>{`A sheet of yours is already called ${r.wanted}, so it was left alone and the new sheet is ${r.used}.`}</MessageBarBody>
        </MessageBar>
      ))}
      {skipped.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Some finishing touches could not be applied:
            <ul className={styles.notes}>
              {skipped.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={section.actions}>
        <Button disabledFocusable={busy} onClick={() => onGo(summary.sheet)}>
          Go to the dashboard
        </Button>
      </div>
    </div>
  );
}
