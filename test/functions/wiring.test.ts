/**
 * The three places that must agree on file names: webpack builds
 * functions.js and functions.json and puts both scripts on taskpane.html; the
 * manifest points the CustomFunctions extension point at exactly those.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import type { Configuration } from "webpack";
import { describe, expect, it } from "vitest";
import { collectResources } from "../../scripts/manifest/resources";
import { customFunctionPoints } from "../../scripts/manifest/sharedRuntimeChecks";
import { attr, child, parseXmlTree } from "../../scripts/manifest/xmlTree";

type WebpackConfig = (env: Record<string, unknown>, argv: { mode?: string }) => Promise<Configuration>;

const root = fileURLToPath(new URL("../../", import.meta.url));
// Through a URL: the config is plain JavaScript with JSDoc types, not a module TypeScript resolves.
const configUrl = new URL("../../webpack.config.js", import.meta.url).href;
const config = ((await import(configUrl)) as { default: WebpackConfig }).default;
const built = await config({}, { mode: "production" });
const plugins = built.plugins ?? [];

const overrides = child(parseXmlTree(readFileSync(`${root}manifest.xml`, "utf8")), "VersionOverrides");
const urls = new Map(collectResources(overrides).map((r) => [r.id, r.value]));
const [point] = customFunctionPoints(overrides);
const path = (part: string) =>
  new URL(urls.get(attr(child(child(point, part), "SourceLocation"), "resid") ?? "") ?? "").pathname;

describe("webpack and the manifest agree", () => {
  it("builds the functions entry from src/functions/functions.ts into the script the manifest loads", () => {
    const entry = built.entry as Record<string, string>;
    expect(entry.functions).toBe(`${root}src/functions/functions.ts`);
    expect(path("Script")).toBe("/functions.js");
  });

  it("generates the metadata file the manifest names", () => {
    const plugin = plugins.find((p) => p instanceof CustomFunctionsMetadataPlugin) as
      { options: { input: string; output: string } } | undefined;
    expect(plugin?.options).toEqual({ input: `${root}src/functions/functions.ts`, output: "functions.json" });
    expect(path("Metadata")).toBe(`/${plugin?.options.output}`);
  });

  it("puts the functions on the task pane's page, which is the shared runtime", () => {
    const page = plugins.find((p) => p instanceof HtmlWebpackPlugin) as
      { userOptions: { filename: string; chunks: string[] } } | undefined;
    expect(page?.userOptions.chunks).toEqual(["taskpane", "functions"]);
    expect(path("Page")).toBe(`/${page?.userOptions.filename}`);
  });
});
