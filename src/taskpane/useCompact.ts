import { useEffect, useState } from "react";

/** A pane this short or narrow (CSS pixels: a small pane, or one zoomed to 200%) packs its fixed parts tighter. */
export const COMPACT_QUERY = "(max-height: 420px), (max-width: 240px)";

/** True while the pane is compact; follows resizing and zooming. */
export function useCompact(): boolean {
  const [compact, setCompact] = useState(() => window.matchMedia(COMPACT_QUERY).matches);
  useEffect(() => {
    const media = window.matchMedia(COMPACT_QUERY);
    const onChange = (e: MediaQueryListEvent) => setCompact(e.matches);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);
  return compact;
}
