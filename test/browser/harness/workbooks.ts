/**
 * The stand-in host's workbooks beyond empty and sample: a month with 700
 * bad values and 29 bad periods; figures typed on an IndicatorData sheet that
 * is not a table; and the sample with a parked sheet left by a failed build.
 */
import { sampleObservationRows } from "../../../src/sample/sampleData";
import type { FakeWorkbookSpec } from "../../fakes/fakeExcel";
import { emptyWorkbookSpec, sampleWorkbookSpec } from "../../taskpane/paneWorkbooks";

export type WorkbookName = "empty" | "sample" | "errors" | "loose" | "leftover";

/** The IndicatorData table's values in a spec (header row first), to change in place. */
function dataValues(spec: FakeWorkbookSpec): (string | number | boolean | null)[][] {
  return spec.sheets.find((s) => s.name === "IndicatorData")!.tables![0]!.values;
}

/** 700 Value cells holding "n/a" and 29 Periods that are not months: 729 errors. */
function errorsWorkbookSpec(): FakeWorkbookSpec {
  const spec = sampleWorkbookSpec({ fault: false });
  const values = dataValues(spec);
  for (let i = 1; i <= 700; i++) values[i]![3] = "n/a";
  for (let i = 701; i <= 729; i++) values[i]![1] = "Sometime";
  return spec;
}

/** The sample's figures typed straight onto an IndicatorData sheet, never made a table. */
function looseWorkbookSpec(): FakeWorkbookSpec {
  const data = sampleObservationRows();
  const serial = (v: unknown) => (v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : (v as string | number | boolean | null));
  return { sheets: [{ name: "IndicatorData", cells: [data.headers, ...data.rows.slice(0, 300).map((r) => r.map(serial))] }], active: "IndicatorData" };
}

export function workbookSpec(name: string | null): FakeWorkbookSpec {
  switch (name) {
    case "empty":
      return emptyWorkbookSpec();
    case "errors":
      return errorsWorkbookSpec();
    case "loose":
      return looseWorkbookSpec();
    case "leftover": {
      const spec = sampleWorkbookSpec();
      spec.sheets.push({ name: "~sc-old-1", cells: [["An earlier dashboard, parked by a build that failed"]] });
      return spec;
    }
    default:
      return sampleWorkbookSpec();
  }
}
