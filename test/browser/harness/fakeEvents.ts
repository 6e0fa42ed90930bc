/**
 * Worksheet events for the stand-in host: `worksheets.onChanged` and
 * `worksheets.onAdded` (ExcelApi 1.7), which the shared fake does not model.
 * The harness raises them when the test edits or pastes, as Excel does when
 * a person types; the pane's own code registers and handles them unchanged.
 */
import { FakeWorksheetCollection } from "../../fakes/fakeWorksheet";

type Handler = (event: { worksheetId: string; address?: string; changeType?: string; source: string; type: string }) => Promise<unknown>;

const handlers = { changed: [] as Handler[], added: [] as Handler[] };

function eventSource(list: Handler[]) {
  return {
    add(handler: Handler) {
      list.push(handler);
      return { remove: () => void list.splice(list.indexOf(handler), 1) };
    },
  };
}

Object.defineProperty(FakeWorksheetCollection.prototype, "onChanged", { configurable: true, get: () => eventSource(handlers.changed) });
Object.defineProperty(FakeWorksheetCollection.prototype, "onAdded", { configurable: true, get: () => eventSource(handlers.added) });

/** Raises WorksheetChanged for the sheet with fake id `sheetId` (Excel's "{sheet-N}"). */
export function raiseChanged(sheetId: number, address: string): void {
  for (const h of handlers.changed) void h({ worksheetId: `{sheet-${sheetId}}`, address, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged" });
}

/** Raises WorksheetAdded. */
export function raiseAdded(sheetId: number): void {
  for (const h of handlers.added) void h({ worksheetId: `{sheet-${sheetId}}`, source: "Local", type: "WorksheetAdded" });
}

/** How many handlers the pane registered, for the test to check it listens. */
export function listeners(): number {
  return handlers.changed.length + handlers.added.length;
}
