import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { OutcomeMessage } from "./OutcomeMessage";
import type { PaneAction } from "./paneAction";
import { useActionRunner } from "./useActionRunner";

export type { ActionOutcome, PaneAction } from "./paneAction";

/** The pane's actions, supplied by the shell; the component never touches Office. */
export interface AppProps {
  onValidate: PaneAction;
  onBuild: PaneAction;
}

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  // Spacing comes from the column's gap, not from browser default margins.
  heading: { margin: 0 },
  description: { margin: 0 },
  actions: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
});

type ActionKey = "validate" | "build";

/** The task pane: a heading, what the add-in does, and its two actions with their outcome. */
export function App({ onValidate, onBuild }: AppProps) {
  const styles = useStyles();
  const { running, outcome, run } = useActionRunner<ActionKey>();
  const busy = running !== undefined;

  return (
    <main className={styles.main} aria-busy={busy}>
      <Text as="h1" size={600} weight="semibold" className={styles.heading}>
        Children&apos;s Services Scorecard
      </Text>
      <Text as="p" className={styles.description}>
        Check this month&apos;s indicator tables, then build the Member Dashboard sheet.
      </Text>
      <div className={styles.actions} role="group" aria-label="Scorecard actions">
        <Button
          appearance="secondary"
          disabled={busy}
          icon={running === "validate" ? <Spinner size="tiny" aria-label="Validating" /> : undefined}
          onClick={() => void run("validate", onValidate, "The tables passed validation.")}
        >
          Validate tables
        </Button>
        <Button
          appearance="primary"
          disabled={busy}
          icon={running === "build" ? <Spinner size="tiny" aria-label="Building" /> : undefined}
          onClick={() => void run("build", onBuild, "The Member Dashboard is built.")}
        >
          Build Member Dashboard
        </Button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </main>
  );
}
