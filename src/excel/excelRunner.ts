/**
 * How the task pane reaches the workbook: a function that runs a batch against
 * a request context. In Office it is `Excel.run`; tests hand in the fake's
 * context instead, so every pane operation runs unchanged against the fake.
 */

/** Runs `batch` with a request context and resolves with what it returns. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The Office runner; call only after `Office.onReady`. */
export const runInExcel: ExcelRunner = (batch) => Excel.run(batch);
