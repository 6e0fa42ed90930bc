/** Direction of travel as Members read it: an arrow and a word. */
import type { Direction } from "../../domain/results";

/**
 * "▲ Improving", "▼ Worsening", "► Stable", "– No previous".
 * The arrows mean better and worse, not up and down in value: an indicator
 * where lower is better shows ▲ when its figure falls. The word is always
 * there, so the meaning never rests on the arrow (or on colour).
 */
export function directionText(direction: Direction): string {
  switch (direction) {
    case "improving":
      return "▲ Improving";
    case "worsening":
      return "▼ Worsening";
    case "stable":
      return "► Stable";
    case "none":
      return "– No previous";
  }
}
