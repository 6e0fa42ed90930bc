import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkManifest, runManifestChecks, type ManifestEnvironment } from "../scripts/manifest/manifestCheck";
import { compareVersions } from "../scripts/manifest/capabilityChecks";
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

  it("accepts an AppDomain the caller says is needed", () => {
    const xml = mutate(
      "<AppDomains/>",
      "<AppDomains><AppDomain>https://login.microsoftonline.com</AppDomain></AppDomains>",
    );
    expect(rulesFor(xml, { ...realEnv, allowedAppDomains: ["https://login.microsoftonline.com"] })).toEqual([]);
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
