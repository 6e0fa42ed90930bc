import { useCallback, useRef, useState } from "react";
import { runPaneAction, type ActionOutcome, type PaneAction } from "./paneAction";

/** State of the pane's buttons: which action is running, and the last outcome. */
export interface ActionRunner<K extends string> {
  running: K | undefined;
  outcome: ActionOutcome | undefined;
  run: (key: K, action: PaneAction, successText: string) => Promise<void>;
}

/** Runs one action at a time; a second click while one runs is ignored. */
export function useActionRunner<K extends string>(): ActionRunner<K> {
  const [running, setRunning] = useState<K | undefined>(undefined);
  const [outcome, setOutcome] = useState<ActionOutcome | undefined>(undefined);
  // A ref, not state, so two clicks in the same frame cannot both start.
  const busy = useRef(false);

  const run = useCallback(async (key: K, action: PaneAction, successText: string) => {
    if (busy.current) return;
    busy.current = true;
    setRunning(key);
    setOutcome(undefined);
    try {
      setOutcome(await runPaneAction(action, successText));
    } finally {
      busy.current = false;
      setRunning(undefined);
    }
  }, []);

  return { running, outcome, run };
}
