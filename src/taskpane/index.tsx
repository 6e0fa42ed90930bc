/**
 * Task pane entry: waits for Office once, then renders the pane with the
 * Office services. Outside Office (the page opened on its own) it says so.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { runInExcel } from "../excel/excelRunner";
import { App } from "./App";
import { hostStatus } from "./hostNotices";
import { officeDocumentSettings } from "./officeSettings";
import type { PaneServices } from "./paneServices";

function officeServices(): PaneServices {
  const supports = (version: string): boolean => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { excel: runInExcel, settings: officeDocumentSettings(), supports, host: hostStatus(supports) };
}

const OUTSIDE_EXCEL = "This page is the scorecard's task pane: open it from Excel (Home > Scorecard).";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) throw new Error('taskpane.html has no <div id="root">.');
  if (typeof Office === "undefined") {
    container.textContent = OUTSIDE_EXCEL;
    return;
  }
  const info = await Office.onReady();
  if (!info.host) {
    container.textContent = OUTSIDE_EXCEL;
    return;
  }
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App services={officeServices()} />
    </FluentProvider>,
  );
}

void start();
