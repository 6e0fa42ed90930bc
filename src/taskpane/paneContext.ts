/** What every section of the pane is handed by App. */
import type { PaneServices } from "./paneServices";
import type { OperationKey, RunExclusive } from "./useExclusive";

export interface SectionProps {
  services: PaneServices;
  /** The operation under way, if any: every action button waits for it. */
  busy: OperationKey | undefined;
  run: RunExclusive;
  /** Says `text` in the pane's live region (screen readers announce it). */
  announce: (text: string) => void;
}
