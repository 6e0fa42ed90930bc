/**
 * Task pane entry: waits for Office once, then renders the pane with the
 * Office services, in a Fluent theme that follows Office's own (and forced
 * colours). Outside Office (the page opened on its own) it says so.
 */
import { FluentProvider } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { runInExcel } from "../excel/excelRunner";
import { App } from "./App";
import { hostStatus } from "./hostNotices";
import { officeDocumentSettings } from "./officeSettings";
import type { PaneServices } from "./paneServices";
import { PANE_THEMES, paneThemeName } from "./paneTheme";

function officeServices(): PaneServices {
  const supports = (version: string): boolean => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { excel: runInExcel, settings: officeDocumentSettings(), supports, host: hostStatus(supports) };
}

const OUTSIDE_EXCEL = "This page is the scorecard's task pane: open it from Excel (Home > Scorecard).";
const FORCED_COLOURS = "(forced-colors: active)";

/** The pane in Office's theme, switching when forced colours are turned on or off. */
function ThemedPane({ services }: { services: PaneServices }) {
  const media = window.matchMedia(FORCED_COLOURS);
  const [forced, setForced] = useState(media.matches);
  useEffect(() => {
    const onChange = (e: MediaQueryListEvent) => setForced(e.matches);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [media]);
  // officeTheme is absent on some hosts (Excel 2019 on a Mac); the pane is light there.
  const theme = PANE_THEMES[paneThemeName(Office.context.officeTheme, forced)];
  return (
    <FluentProvider theme={theme}>
      <App services={services} />
    </FluentProvider>
  );
}

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
  createRoot(container).render(<ThemedPane services={officeServices()} />);
}

void start();
