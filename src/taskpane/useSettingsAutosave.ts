import { useCallback, useRef, useState } from "react";
import { errorText } from "./errorText";
import type { PaneServices } from "./paneServices";
import { saveWorkbookSettings } from "./operations/workbookSettings";
import type { PaneSettings } from "./paneSettings";

/** Where the settings stand: saved in the workbook, being saved, or not saved (and why). */
export type SaveState = { state: "saved" } | { state: "saving" } | { state: "failed"; text: string };

/**
 * Settings that cannot be lost: each valid change is used at once and saved
 * into the workbook as it is made, into the workbook's Settings table (saveWorkbookSettings). A
 * build waits for the save under way (`flush`), so it always uses what the
 * person sees. A change that is not valid yet is kept as `draftProblem`: the
 * pane marks Settings as not saved and the build says it was not used.
 */
export function useSettingsAutosave(services: PaneServices, initial: PaneSettings) {
  const [settings, setSettings] = useState<PaneSettings>(initial);
  const [save, setSave] = useState<SaveState>({ state: "saved" });
  const [draftProblem, setDraftProblem] = useState<string | undefined>(undefined);
  const pending = useRef<Promise<void>>(Promise.resolve());

  const change = useCallback(
    (next: PaneSettings): void => {
      setSettings(next);
      setSave({ state: "saving" });
      // Saves run one after another, so the last change is the one kept.
      pending.current = pending.current.then(async () => {
        try {
          await saveWorkbookSettings(services, next);
          setSave({ state: "saved" });
        } catch (error) {
          setSave({ state: "failed", text: errorText(error) });
        }
      });
    },
    [services],
  );

  /** Settings read from the workbook: shown and used, not saved again. */
  const replace = useCallback((next: PaneSettings): void => setSettings(next), []);
  const flush = useCallback((): Promise<void> => pending.current, []);
  return { settings, save, draftProblem, setDraftProblem, change, replace, flush };
}
