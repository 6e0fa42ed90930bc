import type { Direction } from "../results";
import type { Polarity } from "../types";
import { near } from "./compare";

/**
 * Direction of travel from `earlier` to `latest`: improving or worsening by the
 * indicator's polarity, stable when equal (within float noise), none when
 * either figure is missing.
 */
export function directionOf(latest: number | null, earlier: number | null, polarity: Polarity): Direction {
  if (latest === null || earlier === null) return "none";
  if (near(latest, earlier)) return "stable";
  const better = polarity === "lower" ? latest < earlier : latest > earlier;
  return better ? "improving" : "worsening";
}
