/**
 * The task pane's Content Security Policy: scripts only from its own origin and
 * Microsoft's office.js CDN, network requests only back to its own origin, no
 * plugins. Checked on the source page and, when built, on dist/taskpane.html.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cspProblems, metaPolicy, type CspProblem } from "./support/cspPolicy";

const root = fileURLToPath(new URL("../../", import.meta.url));
const page = readFileSync(`${root}src/taskpane/taskpane.html`, "utf8");
const built = `${root}dist/taskpane.html`;

function mutate(from: string | RegExp, to: string): string {
  const out = page.replace(from, to);
  expect(out, `mutation ${String(from)} did not apply`).not.toBe(page);
  return out;
}

describe("the task pane's Content Security Policy", () => {
  it("allows scripts only from 'self' and appsforoffice.microsoft.com, and connections only to 'self'", () => {
    expect(cspProblems(page)).toEqual([]);
    const policy = metaPolicy(page)!;
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it.skipIf(!existsSync(built))("survives the build into dist/taskpane.html", () => {
    expect(cspProblems(readFileSync(built, "utf8"))).toEqual([]);
  });

  const mutations: { name: string; html: () => string; problem: CspProblem }[] = [
    {
      name: "no CSP meta",
      html: () => mutate(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ""),
      problem: "no-csp",
    },
    {
      name: "inline scripts",
      html: () => mutate("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      problem: "scripts-not-limited",
    },
    {
      name: "eval",
      html: () => mutate("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
      problem: "scripts-not-limited",
    },
    {
      name: "another script host",
      html: () => mutate("script-src 'self'", "script-src 'self' https://cdn.example.com"),
      problem: "scripts-not-limited",
    },
    {
      name: "no script-src, default-src *",
      html: () => mutate(/default-src 'self'; script-src [^;]*;/, "default-src *;"),
      problem: "scripts-not-limited",
    },
    {
      name: "connections anywhere",
      html: () => mutate("connect-src 'self'", "connect-src *"),
      problem: "connect-not-self",
    },
    {
      name: "connections to a telemetry host",
      html: () => mutate("connect-src 'self'", "connect-src 'self' https://telemetry.example.com"),
      problem: "connect-not-self",
    },
    {
      name: "no connect-src and no default-src",
      html: () => mutate("default-src 'self'; ", "").replace("connect-src 'self'; ", ""),
      problem: "connect-not-self",
    },
    { name: "plugins", html: () => mutate("object-src 'none'", "object-src *"), problem: "objects-allowed" },
  ];

  it.each(mutations)("flags $name", ({ html, problem }) => {
    expect(cspProblems(html())).toContain(problem);
  });

  it("ignores a policy that is only commented out", () => {
    const commented = mutate(/(<meta\s+http-equiv="Content-Security-Policy"[^>]*>)/, "<!-- $1 -->");
    expect(cspProblems(commented)).toEqual(["no-csp"]);
  });
});
