/**
 * Task pane entry: waits for Office once, then renders the pane. Outside Office
 * (a plain browser harness) `Office` is undefined and the pane renders at once.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { PaneAction } from "./paneAction";

// Placeholders until the Office.js shell (src/excel) is wired in by the task pane issue.
const notAvailableYet: PaneAction = async () => ({
  intent: "info",
  text: "Not available yet: this arrives with the task pane issue.",
});

async function start(): Promise<void> {
  if (typeof Office !== "undefined") await Office.onReady();
  const container = document.getElementById("root");
  if (container === null) throw new Error('taskpane.html has no <div id="root">.');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App onValidate={notAvailableYet} onBuild={notAvailableYet} />
    </FluentProvider>,
  );
}

void start();
