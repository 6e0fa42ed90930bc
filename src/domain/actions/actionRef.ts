/** The plan's action references: priority.outcome.action, e.g. "2.1.3" is priority 2, outcome 2.1. */

export interface ActionRef {
  /** The reference without a trailing dot: "2.1.2." → "2.1.2". */
  ref: string;
  priority: number;
  /** "2.1"; absent for a bare priority number. */
  outcome?: string;
}

/** Reads "1.1.1", "1.2.1.", "1.5" or "3"; undefined for anything else ("2.4.8 & 2.4.9"). */
export function parseActionRef(text: string): ActionRef | undefined {
  const m = /^(\d{1,2})(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?\.?$/.exec(text.trim());
  if (!m) return undefined;
  const ref = text.trim().replace(/\.$/, "");
  const parsed: ActionRef = { ref, priority: Number(m[1]) };
  if (m[2] !== undefined) parsed.outcome = `${Number(m[1])}.${Number(m[2])}`;
  return parsed;
}
