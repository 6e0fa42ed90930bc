/**
 * The colours and the header style every generated sheet shares, so the
 * dashboard, the tracker, the scorecards, the budget and the actions look
 * like one report.
 */
import type { CellStyle } from "../plan/plan";

/** Colours every generated sheet uses: the dashboard's teal family, and the chart lines' colours. */
export const PALETTE = {
  tab: "#0B5358",
  headerFill: "#D9E8E8",
  sectionFill: "#E8F1F1",
  rule: "#0B5358",
  lightRule: "#BFBFBF",
  muted: "#595959",
  inputFill: "#FFFBEA",
  value: "#1F4E79",
  statutory: "#C00000",
  /** The path to a deadline: the statutory line's family, lighter. */
  path: "#7030A0",
  /** Dark orange: it prints darker than any gridline. */
  internal: "#B45F06",
  /** April restarts and series breaks. */
  mark: "#000000",
  /** Chart gridlines: lighter than every line drawn over them. */
  gridline: "#E3E3E3",
} as const;

/** Every table's header row: bold on the header fill, wrapped, with a dark rule under it. */
export const HEADER_STYLE = {
  bold: true,
  fill: PALETTE.headerFill,
  wrapText: true,
  verticalAlignment: "center",
  border: { bottom: true, color: PALETTE.rule },
} as const satisfies CellStyle;
