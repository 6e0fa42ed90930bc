import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Ref } from "react";

/** An outcome shown under a section's buttons. */
export interface OutcomeText {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

/**
 * A section's last outcome. Text only: React escapes it, so workbook text can
 * never inject markup. The pane's live region announces it; this one is for the eye.
 */
export function Outcome({ outcome, focusRef }: { outcome: OutcomeText | undefined; focusRef?: Ref<HTMLDivElement> }) {
  if (!outcome) return null;
  return (
    <MessageBar intent={outcome.intent} ref={focusRef} tabIndex={-1}>
      <MessageBarBody>{outcome.text}</MessageBarBody>
    </MessageBar>
  );
}
