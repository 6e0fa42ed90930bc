import { useCallback, useRef, useState } from "react";

/** The pane's operations; one runs at a time so two requests never interleave in the workbook. */
export type OperationKey = "check" | "setup" | "validate" | "select" | "highlight" | "clear" | "build" | "go" | "save";

/** Runs `op` as operation `key`; resolves undefined without running when another is under way. */
export type RunExclusive = <T>(key: OperationKey, op: () => Promise<T>) => Promise<T | undefined>;

export function useExclusive(): { busy: OperationKey | undefined; run: RunExclusive } {
  const [busy, setBusy] = useState<OperationKey | undefined>(undefined);
  // A ref as well as state, so two clicks in the same frame cannot both start.
  const running = useRef(false);
  const run = useCallback(async <T,>(key: OperationKey, op: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(key);
    try {
      return await op();
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }, []);
  return { busy, run };
}
