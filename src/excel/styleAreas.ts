/**
 * A plan's styles gathered by what they set, so that one RangeAreas
 * (`Worksheet.getRanges("F5,F7,F9")`, ExcelApi 1.9) carries the same format
 * for many ranges in one go: a dashboard repeats the same dozen styles on every
 * indicator's rows, and each range styled apart costs its own proxies and
 * actions in the request.
 *
 * Only font, fill, alignment and wrapping travel this way; borders (an edge of
 * a RangeAreas is not an edge of each range) and number formats (RangeAreas
 * has none) stay with their own range. A style joins an earlier one's group
 * only when no style in between touches its cells, so every cell ends with the
 * same format as when the styles ran one by one in order.
 */
import type { CellStyle, RangeStyle } from "../report/plan/plan";
import { parseRange, rectsOverlap } from "./rangeAddress";

/** The part of a style a RangeAreas can carry. */
export type AreaStyle = Pick<CellStyle, "bold" | "italic" | "fontSize" | "fontColor" | "fill" | "horizontalAlignment" | "verticalAlignment" | "wrapText">;

const AREA_KEYS = ["bold", "italic", "fontSize", "fontColor", "fill", "horizontalAlignment", "verticalAlignment", "wrapText"] as const;

/**
 * Longest address given to one `getRanges` call. Excel refuses some long
 * multi-area addresses ("The argument is invalid", reported from about 8,000
 * characters, and the limit is not documented); 255 characters, Excel's
 * classic limit for a reference, stays far below and costs about 1% more
 * request than 1,000 would.
 */
export const MAX_AREAS_ADDRESS = 255;

/** Ranges sharing one style, in the order the groups are to be applied. */
export interface StyleGroup {
  ranges: string[];
  style: AreaStyle;
}

function areaPart(style: CellStyle): AreaStyle | undefined {
  const part: AreaStyle = {};
  for (const key of AREA_KEYS) if (style[key] !== undefined) (part as Record<string, unknown>)[key] = style[key];
  return Object.keys(part).length > 0 ? part : undefined;
}

/** The area parts of `styles`, grouped (see the module comment). */
export function styleGroups(styles: readonly RangeStyle[]): StyleGroup[] {
  const parts = styles.flatMap((s) => {
    const style = areaPart(s.style);
    return style ? [{ range: s.range, rect: parseRange(s.range), style, key: JSON.stringify(style) }] : [];
  });
  const groups: { first: number; group: StyleGroup; length: number }[] = [];
  const open = new Map<string, (typeof groups)[number]>();
  parts.forEach((part, index) => {
    let lastOverlap = -1;
    for (let i = index - 1; i >= 0; i--) {
      if (rectsOverlap(parts[i]!.rect, part.rect)) {
        lastOverlap = i;
        break;
      }
    }
    const joinable = open.get(part.key);
    if (joinable && joinable.first > lastOverlap && joinable.length + part.range.length + 1 <= MAX_AREAS_ADDRESS) {
      joinable.group.ranges.push(part.range);
      joinable.length += part.range.length + 1;
      return;
    }
    const created = { first: index, group: { ranges: [part.range], style: part.style }, length: part.range.length };
    groups.push(created);
    open.set(part.key, created);
  });
  return groups.map((g) => g.group);
}

/** A style's borders and number format: what stays with its own range. */
export function rangeOnlyPart(style: RangeStyle): RangeStyle | undefined {
  const { border, numberFormat } = style.style;
  if (border === undefined && numberFormat === undefined) return undefined;
  return { range: style.range, style: { ...(border !== undefined ? { border } : {}), ...(numberFormat !== undefined ? { numberFormat } : {}) } };
}
