/** Workbook text reaches the pane only as React text: no component may inject HTML. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const dir = new URL("../../src/taskpane/", import.meta.url).pathname;

function files(at: string): string[] {
  return readdirSync(at, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(at, e.name)) : [join(at, e.name)]));
}

it.each(["dangerouslySetInnerHTML", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"])(
  "src/taskpane never uses %s",
  (needle) => {
    const sources = files(dir).filter((f) => /\.(ts|tsx|html)$/.test(f));
    expect(sources.length).toBeGreaterThan(10);
    expect(sources.filter((f) => readFileSync(f, "utf8").includes(needle))).toEqual([]);
  },
);
