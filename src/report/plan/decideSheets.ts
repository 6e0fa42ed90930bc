/**
 * Pure decisions taken between the read and the write: which existing sheet
 * each planned sheet replaces, what name it ends up with, which temporary name
 * it is built under, and which typed text it carries over.
 *
 * A sheet is replaced only when its A1 carries this plan sheet's marker AND its
 * name is the planned name or one of the "(2)", "(3)" names `freeSheetName`
 * hands out. Anything else — a person's sheet with the wanted name, a generated
 * sheet a person renamed or copied — is theirs and is never touched.
 */
import { freeSheetName, isGeneratedSheet, placeholdersOf, readTypedInputs } from "./preserve";
import type { SheetPlan, WorkbookPlan } from "./plan";

type Cell = string | number | boolean | null;

/** What the read learnt about one existing sheet. */
export interface ExistingSheet {
  name: string;
  position: number;
  /** A1's value: the ownership marker on generated sheets. */
  marker: Cell;
  /** Values from A1 to the end of the used range, when they were read. */
  values?: Cell[][];
}

export interface SheetDecision {
  plan: SheetPlan;
  /** The name the sheet has once the build finishes. */
  finalName: string;
  /** The name it is built under until the swap. */
  tempName: string;
  /** The previous generated sheet deleted at the swap, if any. */
  replaces?: { name: string; position: number };
  /** The name the previous sheet is parked under during the swap, so a failed swap can be undone. */
  parkedName?: string;
  /** Text people typed into the previous sheet, by input key. */
  typed: Map<string, string>;
}

export interface SheetDecisions {
  sheets: SheetDecision[];
  /** Temporary or parked sheets left by an earlier build that stopped half-way; deleted at the swap. */
  leftoverTemps: string[];
  renamed: { wanted: string; used: string }[];
}

/** Prefix of the names new sheets are built under before the swap. */
export const TEMP_PREFIX = "~sc-tmp-";
/** Prefix of the names previous sheets are parked under during the swap. */
export const PARKED_PREFIX = "~sc-old-";
const TEMP_PATTERN = /^~sc-(tmp|old)-\d+$/;

/** 0 when `name` is `wanted`, n when it is the "(n)" name freeSheetName gives, else undefined. */
export function variantNumber(name: string, wanted: string): number | undefined {
  if (name.toLowerCase() === wanted.toLowerCase()) return 0;
  const m = /\((\d+)\)$/.exec(name);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 2 && `${wanted} (${n})`.slice(-31).toLowerCase() === name.toLowerCase() ? n : undefined;
}

function previousSheet(plan: SheetPlan, existing: readonly ExistingSheet[], claimed: ReadonlySet<string>): ExistingSheet | undefined {
  let best: { sheet: ExistingSheet; rank: number } | undefined;
  for (const sheet of existing) {
    if (claimed.has(sheet.name) || !isGeneratedSheet(sheet.marker ?? null, plan.key)) continue;
    const rank = variantNumber(sheet.name, plan.name);
    if (rank !== undefined && (best === undefined || rank < best.rank)) best = { sheet, rank };
  }
  return best?.sheet;
}

/** True for names of temporary and parked sheets this shell creates. */
export function isTempSheetName(name: string): boolean {
  return TEMP_PATTERN.test(name);
}

/** Decide names, replacements and carried text for every planned sheet. */
export function decideSheets(plan: WorkbookPlan, existing: readonly ExistingSheet[]): SheetDecisions {
  const leftoverTemps = existing.filter((s) => isTempSheetName(s.name)).map((s) => s.name);
  const claimed = new Set<string>();
  const previous = plan.sheets.map((p) => {
    const prev = previousSheet(p, existing, claimed);
    if (prev) claimed.add(prev.name);
    return prev;
  });
  // Names that stay after the swap: everything except what is replaced or left over.
  const taken = new Set(existing.map((s) => s.name).filter((n) => !claimed.has(n) && !isTempSheetName(n)));
  const allNames = new Set(existing.map((s) => s.name.toLowerCase()));
  let counter = 0;
  const nextFree = (prefix: string): string => {
    let name: string;
    do name = `${prefix}${++counter}`;
    while (allNames.has(name.toLowerCase()));
    return name;
  };
  const renamed: SheetDecisions["renamed"] = [];
  const sheets = plan.sheets.map((p, i): SheetDecision => {
    const finalName = freeSheetName(p.name, taken);
    taken.add(finalName);
    if (finalName !== p.name) renamed.push({ wanted: p.name, used: finalName });
    const prev = previous[i];
    const typed = prev?.values ? readTypedInputs(prev.values, placeholdersOf(p)) : new Map<string, string>();
    return {
      plan: p,
      finalName,
      tempName: nextFree(TEMP_PREFIX),
      ...(prev ? { replaces: { name: prev.name, position: prev.position }, parkedName: nextFree(PARKED_PREFIX) } : {}),
      typed,
    };
  });
  return { sheets, leftoverTemps, renamed };
}
