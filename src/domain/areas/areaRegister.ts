/**
 * The authority's geography as the optional `Areas` table records it: areas,
 * the districts within them and the teams within those, each for the months it
 * existed. A name may appear on several rows for different spans of months
 * when a restructure moved it (a district that changed area, an area that
 * ended). Names and "Also called" names match trimmed, case-insensitively and
 * with runs of spaces collapsed.
 */
import { monthLabel } from "../periods";
import type { CellRef, MonthIndex } from "../types";
import { slipDistance } from "../rules/slipDistance";

/** "authority" marks the whole authority's own names (its rows add synonyms for it). */
export type AreaLevel = "authority" | "area" | "district" | "team";
export const AREA_LEVELS: readonly AreaLevel[] = ["authority", "area", "district", "team"];

/** One row of the Areas table: a name, where it sits, and the months it existed. */
export interface AreaSpan {
  name: string;
  level: AreaLevel;
  /** The area (or district) it is part of; undefined for areas directly under the authority. */
  partOf?: string;
  /** First month it existed; undefined = always. */
  from?: MonthIndex;
  /** Last month it existed; undefined = still. */
  to?: MonthIndex;
  alsoCalled: string[];
  /** Its Area cell. */
  at: CellRef;
}

/** How names are compared: trimmed, lower case, single spaces. */
export function areaKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Letters and digits only: names that differ only in case, spacing or punctuation share it. */
export function bareAreaKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

export function spanWords(span: Pick<AreaSpan, "from" | "to">): string {
  if (span.from === undefined && span.to === undefined) return "at any time";
  if (span.from === undefined) return `until ${monthLabel(span.to!)}`;
  if (span.to === undefined) return `from ${monthLabel(span.from)}`;
  return `from ${monthLabel(span.from)} to ${monthLabel(span.to)}`;
}

function covers(span: AreaSpan, month: MonthIndex): boolean {
  return (span.from === undefined || month >= span.from) && (span.to === undefined || month <= span.to);
}

/** The Areas table read: every span, looked up by name or Also called name. */
export class AreaRegister {
  private readonly byKey = new Map<string, AreaSpan[]>();

  constructor(readonly spans: readonly AreaSpan[]) {
    for (const span of spans) {
      for (const name of [span.name, ...span.alsoCalled]) {
        const key = areaKey(name);
        const list = this.byKey.get(key) ?? [];
        if (!list.includes(span)) list.push(span);
        this.byKey.set(key, list);
      }
    }
  }

  /** Every name and Also called name of the whole authority (lower case), to add to the built-in synonyms. */
  authorityNames(): string[] {
    return this.spans.filter((s) => s.level === "authority").flatMap((s) => [s.name, ...s.alsoCalled].map(areaKey));
  }

  /** The spans a name (or Also called name) has, at any time. */
  spansOf(name: string): readonly AreaSpan[] {
    return this.byKey.get(areaKey(name)) ?? [];
  }

  /** The span of `name` that covers `month`, if any. */
  at(name: string, month: MonthIndex): AreaSpan | undefined {
    return this.spansOf(name).find((s) => covers(s, month));
  }

  /**
   * The known name most like `name`: the same but for case, spacing or
   * punctuation, else within two letters (and a third of its length).
   */
  suggest(name: string): string | undefined {
    const bare = bareAreaKey(name);
    let best: { name: string; d: number } | undefined;
    for (const span of this.spans) {
      if (span.level === "authority") continue;
      for (const known of [span.name, ...span.alsoCalled]) {
        const other = bareAreaKey(known);
        const d = other === bare ? 0 : slipDistance(bare, other);
        if (d <= 2 && d * 3 <= Math.max(Math.min(bare.length, other.length), 3) && (!best || d < best.d))
          best = { name: span.name, d };
      }
    }
    return best?.name;
  }
}
