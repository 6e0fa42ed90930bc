/**
 * Writes the add-in's icons to assets/ (icon-16.png … icon-128.png).
 * Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { encodePng } from "./png/encodePng";
import { drawScorecardIcon } from "./png/drawScorecardIcon";

/** The sizes the manifest references: ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64, store 128. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const assets = fileURLToPath(new URL("../assets/", import.meta.url));
for (const size of ICON_SIZES) {
  const file = `${assets}icon-${size}.png`;
  writeFileSync(file, encodePng(drawScorecardIcon(size)));
  console.log(`wrote ${file}`);
}
