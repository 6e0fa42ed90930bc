/** `scorecard init <out.xlsx>`: a ready workbook with the default catalogue and the sample data. */
import { DEFAULT_CATALOGUE } from "../domain/catalogue";
import { catalogueToTable } from "../domain/catalogueTable";
import { sampleObservationRows } from "../domain/sampleData";
import { writeTablesWorkbook } from "../xlsx/writeTables";
import { writeOutput } from "./files";

/** The bytes of the sample workbook: the same for `init`, the demo and the tests. */
export async function sampleWorkbook(): Promise<Uint8Array> {
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  const data = sampleObservationRows();
  return writeTablesWorkbook([
    { sheet: "Indicators", table: "Indicators", headers: catalogue.headers, rows: catalogue.rows },
    { sheet: "IndicatorData", table: "IndicatorData", headers: data.headers, rows: data.rows },
  ]);
}

export async function runInit(path: string, out: (t: string) => void): Promise<number> {
  await writeOutput(path, await sampleWorkbook());
  out(`Wrote ${path}: the Indicators catalogue (${DEFAULT_CATALOGUE.length} indicators) and sample monthly figures in IndicatorData.`);
  return 0;
}
