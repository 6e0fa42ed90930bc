const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** What a manifest URL means for the files in this project. */
export type LocalAsset = { kind: "remote" } | { kind: "asset"; path: string } | { kind: "local-page"; path: string };

/**
 * Maps a URL to the project file the dev server serves for it: webpack copies
 * assets/ to dist/assets/, so https://localhost:3000/assets/x.png is assets/x.png.
 * Other localhost paths are built pages; other hosts cannot be checked offline.
 */
export function localAsset(url: string): LocalAsset {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: "remote" };
  }
  if (!LOCAL_HOSTS.has(parsed.hostname)) return { kind: "remote" };
  const path = decodeURIComponent(parsed.pathname).replace(/^\/+/, "");
  return path.startsWith("assets/") ? { kind: "asset", path } : { kind: "local-page", path };
}
