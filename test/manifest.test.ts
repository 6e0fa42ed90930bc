import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkManifest, runManifestChecks, type ManifestEnvironment } from "../scripts/manifest/manifestCheck";
import { compareVersions } from "../scripts/manifest/capabilityChecks";
import { collectResources } from "../scripts/manifest/resources";
import { customFunctionPoints, workbookHost } from "../scripts/manifest/sharedRuntimeChecks";
import { attr, child, childrenNamed, parseXmlTree } from "../scripts/manifest/xmlTree";
import { encodePng } from "../scripts/png/encodePng";
import { drawScorecardIcon } from "../scripts/png/drawScorecardIcon";
import { readPngSize } from "../scripts/png/readPngSize";

const root = fileURLToPath(new URL("../", import.meta.url));
const manifest = readFileSync(`${root}manifest.xml`, "utf8");

/** The real project files, as the CLI sees them. */
const realEnv: ManifestEnvironment = {
  fileExists: (path) => existsSync(`${root}${path}`),
  pngSize: (path) => (existsSync(`${root}${path}`) ? readPngSize(readFileSync(`${root}${path}`)) : undefined),
  allowedAppDomains: [],
};

function rulesFor(xml: string, env: ManifestEnvironment = realEnv): string[] {
  return runManifestChecks(xml, env).problems.map((p) => p.rule);
}

/** Replaces text that must occur in the manifest, so a stale mutation fails loudly. */
function mutate(from: string | RegExp, to: string): string {
  const out = manifest.replace(from, to);
  expect(out, `mutation ${String(from)} did not apply`).not.toBe(manifest);
  return out;
}

describe("the real manifest", () => {
  it("passes every offline check", () => {
    const report = runManifestChecks(manifest, realEnv);
    expect(report.problems).toEqual([]);
    expect(report.checks).toBeGreaterThan(50);
  });

  it("passes through the sentence API too", () => {
    expect(checkManifest(manifest, realEnv.fileExists, realEnv.pngSize)).toEqual([]);
  });
});

describe("mutated manifests", () => {
  const cases: { name: string; xml: () => string; rule: string; env?: Partial<ManifestEnvironment> }[] = [
    { name: "non-GUID Id", xml: () => mutate(/<Id>[^<]+<\/Id>/, "<Id>scorecard-addin</Id>"), rule: "manifest-id" },
    {
      name: "http SourceLocation",
      xml: () =>
        mutate(
          'DefaultValue="https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
          'DefaultValue="http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
        ),
      rule: "manifest-https",
    },
    {
      name: "http ribbon image",
      xml: () => mutate('id="Icon.80x80" DefaultValue="https:', 'id="Icon.80x80" DefaultValue="http:'),
      rule: "manifest-https",
    },
    {
      name: "missing resid",
      xml: () => mutate('resid="OpenPane.Tooltip"', 'resid="OpenPane.Nowhere"'),
      rule: "manifest-resid",
    },
    {
      name: "three-part version",
      xml: () => mutate("<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>"),
      rule: "manifest-version",
    },
    {
      name: "ExcelApi 1.1",
      xml: () =>
        mutate('DefaultMinVersion="1.7"', 'DefaultMinVersion="1.1"').replace('MinVersion="1.7"', 'MinVersion="1.1"'),
      rule: "manifest-requirements",
    },
    {
      name: "ExcelApi 1.9 as minimum",
      xml: () => mutate('Name="ExcelApi" MinVersion="1.7"', 'Name="ExcelApi" MinVersion="1.9"'),
      rule: "manifest-requirements",
    },
    { name: "no ExcelApi set", xml: () => mutate(/<Set Name="ExcelApi"[^>]*\/>/, ""), rule: "manifest-requirements" },
    {
      name: "read-only permission",
      xml: () => mutate(/<Permissions>\w+</, "<Permissions>ReadDocument<"),
      rule: "manifest-permissions",
    },
    {
      name: "unknown permission",
      xml: () => mutate(/<Permissions>\w+</, "<Permissions>ReadWriteMailbox<"),
      rule: "manifest-permissions",
    },
    {
      name: "content add-in",
      xml: () => mutate('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'),
      rule: "manifest-root",
    },
    {
      name: "Word host too",
      xml: () => mutate('<Host Name="Workbook"/>', '<Host Name="Workbook"/><Host Name="Document"/>'),
      rule: "manifest-hosts",
    },
    {
      name: "no Workbook host",
      xml: () => mutate('<Host Name="Workbook"/>', '<Host Name="Document"/>'),
      rule: "manifest-hosts",
    },
    {
      name: "empty DisplayName",
      xml: () => mutate(/<DisplayName DefaultValue="[^"]*"/, '<DisplayName DefaultValue=""'),
      rule: "manifest-required-text",
    },
    {
      name: "no DefaultLocale",
      xml: () => mutate(/<DefaultLocale>[^<]*<\/DefaultLocale>/, ""),
      rule: "manifest-default-locale",
    },
    {
      name: "needless AppDomain",
      xml: () => mutate("<AppDomains/>", "<AppDomains><AppDomain>https://www.contoso.com</AppDomain></AppDomains>"),
      rule: "manifest-app-domains",
    },
    {
      name: "elements out of order",
      xml: () =>
        mutate("  <Version>1.0.0.0</Version>\n", "").replace(
          "</ProviderName>",
          "</ProviderName><Version>1.0.0.0</Version>",
        ),
      rule: "manifest-element-order",
    },
    {
      name: "VersionOverrides 1.1 on a task pane",
      xml: () => mutate('xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"'),
      rule: "manifest-version-overrides",
    },
    {
      name: "no ShowTaskpane action",
      xml: () => mutate('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'),
      rule: "manifest-ribbon-button",
    },
    {
      name: "label naming a URL",
      xml: () => mutate('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'),
      rule: "manifest-resource-kind",
    },
    {
      name: "duplicate resource id",
      xml: () => mutate('<bt:Url id="Support.Url"', '<bt:Url id="Taskpane.Url"'),
      rule: "manifest-resource-id",
    },
    {
      name: "ribbon icon without 80 px",
      xml: () => mutate(/\s*<bt:Image size="80" resid="Icon.80x80"\/>/, ""),
      rule: "manifest-icon-size",
    },
    {
      name: "missing icon file",
      xml: () => mutate("assets/icon-80.png", "assets/icon-81.png"),
      rule: "manifest-icon-file",
    },
    {
      name: "icon outside assets/",
      xml: () => mutate("3000/assets/icon-16.png", "3000/icon-16.png"),
      rule: "manifest-icon-file",
    },
    {
      name: "IconUrl at the wrong size",
      xml: () => mutate('assets/icon-32.png"/>\n  <High', 'assets/icon-128.png"/>\n  <High'),
      rule: "manifest-icon-size",
    },
    {
      name: "missing support page",
      xml: () => mutate(/assets\/support\.html/g, "assets/help.html"),
      rule: "manifest-asset-file",
    },
    { name: "malformed XML", xml: () => mutate("</Hosts>\n  <Requirements>", "<Requirements>"), rule: "manifest-xml" },
    {
      name: "icon file that is not a PNG",
      xml: () => manifest,
      env: { pngSize: () => undefined },
      rule: "manifest-icon-size",
    },
    // The shared runtime and the custom functions.
    {
      name: "SharedRuntime required at the top level",
      xml: () =>
        mutate(
          '<Set Name="ExcelApi" MinVersion="1.7"/>',
          '<Set Name="ExcelApi" MinVersion="1.7"/><Set Name="SharedRuntime" MinVersion="1.1"/>',
        ),
      rule: "manifest-shared-runtime",
    },
    {
      name: "no SharedRuntime in VersionOverrides",
      xml: () => mutate(/\s*<bt:Set Name="SharedRuntime" MinVersion="1.1"\/>/, ""),
      rule: "manifest-shared-runtime",
    },
    {
      name: "SharedRuntime below 1.1",
      xml: () =>
        mutate('<bt:Set Name="SharedRuntime" MinVersion="1.1"/>', '<bt:Set Name="SharedRuntime" MinVersion="1.0"/>'),
      rule: "manifest-shared-runtime",
    },
    {
      name: "runtime resid naming nothing",
      xml: () => mutate('<Runtime resid="Taskpane.Url"', '<Runtime resid="Shared.Url"'),
      rule: "manifest-resid",
    },
    {
      name: "runtime without a resid",
      xml: () => mutate('<Runtime resid="Taskpane.Url"', "<Runtime"),
      rule: "manifest-shared-runtime",
    },
    {
      name: "runtime naming a string",
      xml: () => mutate('<Runtime resid="Taskpane.Url"', '<Runtime resid="Group.Label"'),
      rule: "manifest-resource-kind",
    },
    {
      name: "short-lived runtime",
      xml: () => mutate('lifetime="long"', 'lifetime="short"'),
      rule: "manifest-shared-runtime",
    },
    {
      name: "custom functions without <Runtimes>",
      xml: () => mutate(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/, ""),
      rule: "manifest-shared-runtime",
    },
    {
      name: "functions page other than the runtime's",
      xml: () => mutate(/(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Support.Url"),
      rule: "manifest-shared-runtime",
    },
    {
      name: "script resid naming nothing",
      xml: () => mutate('resid="Functions.Script.Url"', 'resid="Functions.Js.Url"'),
      rule: "manifest-resid",
    },
    {
      name: "metadata resid naming nothing",
      xml: () => mutate('<SourceLocation resid="Functions.Metadata.Url"', '<SourceLocation resid="Functions.Json.Url"'),
      rule: "manifest-resid",
    },
    {
      name: "namespace resid naming nothing",
      xml: () => mutate('<Namespace resid="Functions.Namespace"', '<Namespace resid="SCORECARD"'),
      rule: "manifest-resid",
    },
    {
      name: "namespace naming a URL",
      xml: () => mutate('<Namespace resid="Functions.Namespace"', '<Namespace resid="Functions.Script.Url"'),
      rule: "manifest-resource-kind",
    },
    {
      name: "script and metadata swapped",
      xml: () =>
        mutate('<SourceLocation resid="Functions.Script.Url"/>', '<SourceLocation resid="X"/>')
          .replace('<SourceLocation resid="Functions.Metadata.Url"/>', '<SourceLocation resid="Functions.Script.Url"/>')
          .replace('<SourceLocation resid="X"/>', '<SourceLocation resid="Functions.Metadata.Url"/>'),
      rule: "manifest-custom-functions",
    },
    {
      name: "namespace with a space",
      xml: () => mutate('DefaultValue="SCORECARD"', 'DefaultValue="SCORE CARD"'),
      rule: "manifest-custom-functions",
    },
    {
      name: "no <Metadata>",
      xml: () => mutate(/\s*<Metadata>[\s\S]*?<\/Metadata>/, ""),
      rule: "manifest-custom-functions",
    },
    {
      name: "custom functions outside <AllFormFactors>",
      xml: () =>
        mutate("<AllFormFactors>", "<AllFormFactors></AllFormFactors><Other>").replace(
          "</AllFormFactors>\n",
          "</Other>\n",
        ),
      rule: "manifest-custom-functions",
    },
    {
      name: "http functions.json",
      xml: () =>
        mutate(
          'DefaultValue="https://localhost:3000/functions.json"',
          'DefaultValue="http://localhost:3000/functions.json"',
        ),
      rule: "manifest-https",
    },
    {
      name: "<Runtimes> after <AllFormFactors>",
      xml: () => {
        const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(manifest)?.[0] ?? "";
        return mutate(runtimes, "").replace("</AllFormFactors>", `</AllFormFactors>${runtimes}`);
      },
      rule: "manifest-element-order",
    },
    {
      name: "overrides' <Requirements> after <Hosts>",
      xml: () => {
        const requirements = /\s*<Requirements>\s*<bt:Sets[\s\S]*?<\/Requirements>/.exec(manifest)?.[0] ?? "";
        return mutate(requirements, "").replace("\n    </Hosts>", `\n    </Hosts>${requirements}`);
      },
      rule: "manifest-element-order",
    },
  ];

  it.each(cases)("$name → $rule", ({ xml, rule, env }) => {
    expect(rulesFor(xml(), { ...realEnv, ...env })).toContain(rule);
  });

  it("reports sentences through checkManifest", () => {
    const problems = checkManifest(
      manifest.replace("<Version>1.0.0.0</Version>", "<Version>1.0</Version>"),
      realEnv.fileExists,
      realEnv.pngSize,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/\.$/);
  });

  it("accepts a manifest without custom functions or a shared runtime", () => {
    const xml = mutate(/\s*<Requirements>\s*<bt:Sets[\s\S]*?<\/Requirements>/, "")
      .replace(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/, "")
      .replace(/\s*<AllFormFactors>[\s\S]*?<\/AllFormFactors>/, "");
    expect(xml).not.toContain("CustomFunctions");
    expect(rulesFor(xml)).toEqual([]);
  });

  it("accepts an AppDomain the caller says is needed", () => {
    const xml = mutate(
      "<AppDomains/>",
      "<AppDomains><AppDomain>https://login.microsoftonline.com</AppDomain></AppDomains>",
    );
    expect(rulesFor(xml, { ...realEnv, allowedAppDomains: ["https://login.microsoftonline.com"] })).toEqual([]);
  });
});

describe("the real manifest's custom functions", () => {
  const root = parseXmlTree(manifest);
  const overrides = child(root, "VersionOverrides");

  it("requires SharedRuntime 1.1 inside VersionOverrides and only ExcelApi 1.7 at the top level", () => {
    const top = childrenNamed(child(child(root, "Requirements"), "Sets"), "Set").map((s) => [
      attr(s, "Name"),
      attr(s, "MinVersion"),
    ]);
    expect(top).toEqual([["ExcelApi", "1.7"]]);
    const inner = childrenNamed(child(child(overrides, "Requirements"), "Sets"), "Set").map((s) => [
      attr(s, "Name"),
      attr(s, "MinVersion"),
    ]);
    expect(inner).toEqual([["SharedRuntime", "1.1"]]);
  });

  it("loads functions.js and functions.json under the SCORECARD namespace, in the pane's runtime", () => {
    const resources = new Map(collectResources(overrides).map((r) => [r.id, r.value]));
    const [point] = customFunctionPoints(overrides);
    const source = (part: string) => resources.get(attr(child(child(point, part), "SourceLocation"), "resid") ?? "");
    expect(source("Script")).toBe("https://localhost:3000/functions.js");
    expect(source("Metadata")).toBe("https://localhost:3000/functions.json");
    expect(source("Page")).toBe("https://localhost:3000/taskpane.html");
    expect(resources.get(attr(child(point, "Namespace"), "resid") ?? "")).toBe("SCORECARD");
    const runtime = child(child(workbookHost(overrides), "Runtimes"), "Runtime");
    expect([attr(runtime, "resid"), attr(runtime, "lifetime")]).toEqual(["Taskpane.Url", "long"]);
  });
});

describe("compareVersions", () => {
  it.each([
    ["1.7", "1.7", 0],
    ["1.10", "1.7", 1],
    ["1.1", "1.7", -1],
    ["1.7.1", "1.7", 1],
  ])("%s vs %s → %i", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});

describe("icons", () => {
  it.each([16, 32, 64, 80, 128])("assets/icon-%i.png is a PNG of that size", (size) => {
    expect(readPngSize(readFileSync(`${root}assets/icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  it("round-trips an encoded image's size", () => {
    expect(readPngSize(encodePng(drawScorecardIcon(20)))).toEqual({ width: 20, height: 20 });
  });

  it("refuses bytes that are not a PNG", () => {
    expect(readPngSize(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'></svg>"))).toBeUndefined();
  });

  it("draws transparent corners, a teal tile and white bars", () => {
    const { pixels } = drawScorecardIcon(32);
    const at = (x: number, y: number) => Array.from(pixels.slice((y * 32 + x) * 4, (y * 32 + x) * 4 + 4));
    expect(at(0, 0)[3]).toBe(0);
    expect(at(2, 16)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), 255]);
    expect(at(2, 16)[0]).toBeLessThan(60); // dark teal, not white
    expect(at(24, 20)).toEqual([255, 255, 255, 255]); // inside the tallest bar
  });
});

describe("check-manifest CLI", () => {
  it("prints the pass line for the real manifest", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-manifest.ts"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^manifest\.xml: offline checks passed \(\d+ checks\)\n$/);
  });
});
