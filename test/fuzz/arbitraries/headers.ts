/**
 * Header rows: the real headers, and the near misses people make of them —
 * case, spaces, underscores, typos, a column missing, one twice, the order
 * shuffled, and columns nobody asked for.
 */
import fc from "fast-check";
import { textCell } from "./cells";

/** One header cell and, when it is one of the table's own columns, which. */
export interface ColumnSlot<F extends string> {
  header: string;
  field?: F;
}

const LETTERS = [..."abcdefghijklmnopqrstuvwxyz _"];

type Typo = "drop" | "swap" | "replace" | "insert";

function applyTypo(header: string, kind: Typo, at: number, letter: string): string {
  const i = at % Math.max(1, header.length);
  switch (kind) {
    case "drop":
      return header.slice(0, i) + header.slice(i + 1);
    case "swap":
      return header.slice(0, i) + header.slice(i + 1, i + 2) + header.slice(i, i + 1) + header.slice(i + 2);
    case "replace":
      return header.slice(0, i) + letter + header.slice(i + 1);
    case "insert":
      return header.slice(0, i) + letter + header.slice(i);
  }
}

/** The header as written, or a near miss of it. */
export function headerVariant(header: string): fc.Arbitrary<string> {
  const typo = fc
    .tuple(fc.constantFrom<Typo>("drop", "swap", "replace", "insert"), fc.nat(), fc.constantFrom(...LETTERS))
    .map(([kind, at, letter]) => applyTypo(header, kind, at, letter));
  return fc.oneof(
    { weight: 100, arbitrary: fc.constant(header) },
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        header.toUpperCase(),
        header.toLowerCase(),
        ` ${header}  `,
        header.replace(/ /g, "_"),
        header.replace(/ /g, "  "),
        header.replace(/ /g, ""),
        `${header}\u00a0`,
        `${header}\n`,
        `\u200b${header}`,
        `${header}s`,
        `${header} (%)`,
      ),
    },
    { weight: 2, arbitrary: typo },
  );
}

const EXTRA_HEADERS = ["Comments", "", " ", "Value2", "Code ", "period", "Area code", "RAG", "Column1", "=A1"];

const extraHeader: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EXTRA_HEADERS) },
  { weight: 1, arbitrary: textCell },
);

/**
 * A header row for a table whose columns are `spec` ([field, header] pairs):
 * each column usually present (perhaps misspelt), sometimes missing or repeated,
 * now and then shuffled, with up to three extra columns.
 */
export function columnSlots<F extends string>(spec: readonly (readonly [F, string])[]): fc.Arbitrary<ColumnSlot<F>[]> {
  const slot = ([field, header]: readonly [F, string]) =>
    fc.option(
      headerVariant(header).map((h): ColumnSlot<F> => ({ header: h, field })),
      { freq: 50, nil: undefined },
    );
  return fc
    .record({
      own: fc.tuple(...spec.map(slot)),
      extras: fc.oneof(
        { weight: 2, arbitrary: fc.constant<string[]>([]) },
        { weight: 1, arbitrary: fc.array(extraHeader, { minLength: 1, maxLength: 3 }) },
      ),
      repeats: fc.oneof(
        { weight: 6, arbitrary: fc.constant<number[]>([]) },
        { weight: 1, arbitrary: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }) },
      ),
      shuffle: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
    })
    .chain(({ own, extras, repeats, shuffle }) => {
      const present = own.filter((s): s is ColumnSlot<F> => s !== undefined);
      const repeated = present.length ? repeats.map((i) => present[i % present.length]!) : [];
      const all: ColumnSlot<F>[] = [...present, ...repeated, ...extras.map((header) => ({ header }))];
      return shuffle && all.length > 1
        ? fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length })
        : fc.constant(all);
    });
}
