/** `Office.context.document.settings` behind the pane's DocumentSettings interface. */
import type { DocumentSettings } from "./documentSettings";

/** The open document's settings; call only after `Office.onReady`. */
export function officeDocumentSettings(): DocumentSettings {
  const settings = Office.context.document.settings;
  return {
    get: (name) => settings.get(name) ?? undefined,
    set: (name, value) => settings.set(name, value),
    remove: (name) => settings.remove(name),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) {
            reject(new Error(`Excel could not save the add-in's settings in the workbook (${result.error.message}). Try again.`));
          } else resolve();
        });
      }),
  };
}
