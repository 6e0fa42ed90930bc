/** Finds code that could send data off the machine: the browser's and Node's network APIs. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** One pattern per way out; comments are stripped first, so prose about them is fine. */
export const NETWORK_APIS: { name: string; pattern: RegExp }[] = [
  { name: "fetch", pattern: /(?<![\w.$])fetch\s*\(|\.fetch\s*\(/ },
  { name: "XMLHttpRequest", pattern: /\bXMLHttpRequest\b/ },
  { name: "WebSocket", pattern: /\bWebSocket\b/ },
  { name: "sendBeacon", pattern: /\bsendBeacon\b/ },
  { name: "EventSource", pattern: /\bEventSource\b/ },
  { name: "node:http(s)/net", pattern: /from\s+["'](node:)?(https?|http2|net|tls|dgram)["']/ },
];

/** Source text without /* *\/ and // comments (a rough cut: good enough for our own code). */
export function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** The network APIs a source text uses. */
export function networkCallsIn(source: string): string[] {
  const code = stripComments(source);
  return NETWORK_APIS.filter((api) => api.pattern.test(code)).map((api) => api.name);
}

/** Every .ts/.tsx/.js file under `dir`, as paths relative to `root`. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir))) {
    const path = join(dir, entry);
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(root, path));
    else if (/\.(ts|tsx|js|mjs)$/.test(entry)) out.push(relative(root, join(root, path)));
  }
  return out.sort();
}

/** "src/x.ts: fetch" for each file under `dir` that uses a network API. */
export function networkCallsUnder(root: string, dir: string): string[] {
  return sourceFiles(root, dir).flatMap((file) =>
    networkCallsIn(readFileSync(join(root, file), "utf8")).map((api) => `${file}: ${api}`),
  );
}
