/** What a task pane action reports when it finishes; shown in a MessageBar as plain text. */
export interface ActionOutcome {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

/**
 * An action behind a task pane button. It may describe its own outcome;
 * resolving with nothing means plain success, and a rejection is shown as an error.
 */
export type PaneAction = () => Promise<ActionOutcome | void>;

/** Runs an action and turns whatever happens into an outcome; never rejects. */
export async function runPaneAction(action: PaneAction, successText: string): Promise<ActionOutcome> {
  try {
    const outcome = await action();
    return outcome ?? { intent: "success", text: successText };
  } catch (e) {
    // The shell maps Office errors to sentences; anything else still gets a readable line.
    const text = e instanceof Error && e.message !== "" ? e.message : "Something went wrong; nothing was changed.";
    return { intent: "error", text };
  }
}
