/** The Status words an Actions table may use. */

export type StatusWord = "not started" | "in progress" | "completed" | "overdue" | "on hold" | "cancelled";

const WORDS: Record<string, StatusWord> = {
  "not started": "not started",
  "in progress": "in progress",
  completed: "completed",
  complete: "completed",
  done: "completed",
  overdue: "overdue",
  "on hold": "on hold",
  cancelled: "cancelled",
  canceled: "cancelled",
};

/** The status words people are told they can use, for messages. */
export const STATUS_CHOICES = "Not started, In progress, Completed, Overdue, On hold or Cancelled";

/**
 * Reads a Status cell, ignoring case, spacing and hyphens ("In-progress");
 * undefined when blank, null when it is not one of the words.
 */
export function readStatus(text: string): StatusWord | undefined | null {
  const key = text.toLowerCase().replace(/[-_]/g, " ").replace(/\s+/g, " ").trim();
  if (key === "") return undefined;
  return WORDS[key] ?? null;
}
