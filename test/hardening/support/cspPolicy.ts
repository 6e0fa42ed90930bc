/** Reads the Content-Security-Policy a page declares in its <meta http-equiv> tag, and judges it. */

export type CspPolicy = Map<string, string[]>;

/** The policy's directives (lower-cased names, sources as written); undefined when the page has no CSP meta. */
export function metaPolicy(html: string): CspPolicy | undefined {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  const meta = [...withoutComments.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .find((tag) => /http-equiv\s*=\s*["']?content-security-policy\b/i.test(tag));
  const content = meta && /\scontent\s*=\s*"([^"]*)"/i.exec(meta)?.[1];
  if (content === undefined || content === null) return undefined;
  const policy: CspPolicy = new Map();
  for (const directive of content.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export type CspProblem = "no-csp" | "scripts-not-limited" | "connect-not-self" | "objects-allowed";

const SCRIPT_SOURCES = ["'self'", "https://appsforoffice.microsoft.com"];

/**
 * What the task pane's policy must hold: scripts only from its own origin and
 * office.js's CDN ('unsafe-inline' and 'unsafe-eval' therefore excluded),
 * requests only back to its own origin, no plugins.
 */
export function cspProblems(html: string): CspProblem[] {
  const policy = metaPolicy(html);
  if (!policy) return ["no-csp"];
  const problems: CspProblem[] = [];
  // script-src falls back to default-src when absent.
  const scripts = policy.get("script-src") ?? policy.get("default-src") ?? ["*"];
  const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((s) => b.includes(s));
  if (!sameSet(scripts, SCRIPT_SOURCES)) problems.push("scripts-not-limited");
  const connect = policy.get("connect-src") ?? policy.get("default-src") ?? ["*"];
  if (!sameSet(connect, ["'self'"])) problems.push("connect-not-self");
  const objects = policy.get("object-src") ?? policy.get("default-src") ?? ["*"];
  if (!sameSet(objects, ["'none'"])) problems.push("objects-allowed");
  return problems;
}
