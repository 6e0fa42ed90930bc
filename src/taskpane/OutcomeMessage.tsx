import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ActionOutcome } from "./paneAction";

/** The last action's outcome. Text only: React escapes it, so workbook text can never inject markup. */
export function OutcomeMessage({ outcome }: { outcome: ActionOutcome | undefined }) {
  // The live region stays mounted so screen readers announce each new outcome.
  return (
    <div aria-live="polite">
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
