/**
 * Issue 7, part 4 — least privilege. The add-in sends nothing off the machine:
 * no source file under src/ calls a network API (no fetch, XMLHttpRequest,
 * WebSocket, sendBeacon, EventSource, nor Node's http/net modules), so there is
 * no telemetry. office.js itself is Microsoft's and loads from its CDN.
 *
 * Elsewhere in this part: manifest-privilege.test.ts (permission, https, no
 * AppDomains), csp.test.ts (the pane's Content Security Policy),
 * test/manifest.test.ts (the full manifest checks) and test/browser (the built
 * pane makes no off-machine request at run time).
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { networkCallsIn, networkCallsUnder, sourceFiles } from "./support/networkCalls";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("no network calls in the add-in's source", () => {
  it("finds none under src/", () => {
    expect(sourceFiles(root, "src").length).toBeGreaterThan(50);
    expect(networkCallsUnder(root, "src")).toEqual([]);
  });

  it.each([
    ["fetch", 'await fetch("https://example.org/collect", { method: "POST" });'],
    ["fetch", "window.fetch(url)"],
    ["XMLHttpRequest", "const x = new XMLHttpRequest();"],
    ["WebSocket", 'new WebSocket("wss://example.org")'],
    ["sendBeacon", 'navigator.sendBeacon("/t", data);'],
    ["EventSource", 'new EventSource("/stream")'],
    ["node:http(s)/net", 'import { request } from "node:https";'],
  ])("would catch %s in %s", (api, line) => {
    expect(networkCallsIn(`const a = 1;\n${line}\n`)).toContain(api);
  });

  it("is not fooled by comments, or by names that merely contain the word", () => {
    const quiet = [
      "// never fetch( anything: the add-in sends nothing",
      "/* no XMLHttpRequest, WebSocket or sendBeacon here */",
      "const prefetchRows = rows.slice(0, 10);",
      "refetch();",
      'const url = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";',
    ].join("\n");
    expect(networkCallsIn(quiet)).toEqual([]);
  });
});
