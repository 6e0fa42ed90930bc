/**
 * Request sizes as Office.js itself serializes them: Microsoft's Excel
 * JavaScript library (the `@microsoft/office-js` package's excel-web build)
 * runs in a Node VM, and its own test hook for the HTTP transport
 * (`OfficeExtension.HttpUtility.setCustomSendRequestFunc`) records each
 * request body and answers with an empty success. Only writes can be
 * measured this way (no workbook answers reads), so `applyPlan` is given
 * what the fake's read found.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";

interface OfficeLibrary {
  Excel: { RequestContext: new (url: string) => Excel.RequestContext };
  OfficeExtension: {
    HttpUtility: { setCustomSendRequestFunc(send: (request: { body: unknown }) => Promise<unknown>): void };
  };
}

let library: OfficeLibrary | undefined;
/** Body sizes (UTF-8 bytes) of the requests since the last `takeRequests`. */
let recorded: number[] = [];

function load(): OfficeLibrary {
  if (library) return library;
  const path = createRequire(import.meta.url).resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");
  const sandbox: Record<string, unknown> = {
    console: { log() {}, warn() {}, error() {}, info() {} },
    setTimeout,
    clearTimeout,
    navigator: { userAgent: "node" },
    location: { href: "https://localhost/" },
    document: {
      readyState: "complete",
      addEventListener() {},
      getElementsByTagName: () => [],
      createElement: () => ({ setAttribute() {}, style: {} }),
    },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(path, "utf8"), sandbox, { filename: "excel-web-16.00.debug.js" });
  const loaded = sandbox as unknown as OfficeLibrary;
  loaded.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const body = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    recorded.push(Buffer.byteLength(body, "utf8"));
    // Objects created in the request (a new sheet, a chart) get a reference id, as Excel answers,
    // so that later requests may still use them.
    const actions = (JSON.parse(body) as { Actions?: { Id: number; ActionType: number }[] }).Actions ?? [];
    const results = actions
      .filter((a) => a.ActionType === 1)
      .map((a) => ({ ActionId: a.Id, Value: { _ReferenceId: `bench-${a.Id}` } }));
    return { statusCode: 200, headers: {}, body: JSON.stringify({ Results: results }) };
  });
  library = loaded;
  return loaded;
}

/** A request context of the real library whose syncs are recorded, not sent. */
export function recordingContext(): Excel.RequestContext {
  return new (load().Excel.RequestContext)("https://bench.invalid/");
}

/** The sizes recorded since the last call. */
export function takeRequests(): number[] {
  const taken = recorded;
  recorded = [];
  return taken;
}
