/**
 * Suite 2, the Office.js shell: a whole validate + build against the fake
 * request context (test/fakes), which runs operations only at sync, counts the
 * syncs and measures each request's serialized size, with Excel on the web's
 * 5 MB request cap switched on. The task pane's path is measured —
 * `readForBuild` → `analyseTables` → `computeResults` → `buildDashboardPlan`
 * → `applyPlan` with what the read found — for a first build and a refresh,
 * and beside it the older path that reads the tables and then the sheets apart.
 */
import { analyseTables } from "../src/domain/analyse";
import { DEFAULT_CATALOGUE } from "../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../src/domain/catalogue/readCatalogue";
import { computeResults } from "../src/domain/gaps";
import { monthIndex } from "../src/domain/periods";
import type { Catalogue, CellValue, Indicator } from "../src/domain/types";
import { applyPlan } from "../src/excel/applyPlan";
import type { ExistingWorkbook } from "../src/excel/readExisting";
import { readForBuild } from "../src/excel/readForBuild";
import { readWorkbookTables } from "../src/excel/readTables";
import { buildDashboardPlan } from "../src/report/dashboard/buildDashboardPlan";
import { DASHBOARD, DASHBOARD_DATA } from "../src/report/generatedSheets";
import type { WorkbookPlan } from "../src/report/plan/plan";
import { createFakeExcel, type FakeExcel } from "../test/fakes/fakeExcel";
import { generateShape } from "./generateData";
import { recordingContext, takeRequests } from "./realOffice";

/** The dashboard and its chart data, as a shell names them before the plan exists. */
const dashboardSheets = () => [DASHBOARD, DASHBOARD_DATA].map(({ name, inputs }) => ({ name, inputs }));

export interface OfficeShape {
  indicators: number;
  months: number;
}

/** One build's round trips and request sizes. */
export interface BuildCost {
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  /** The largest request the fake serialized, in bytes. */
  largestRequest: number;
  /** applyPlan's own estimate of its largest write request. */
  estimatedLargest: number;
  /** The same write serialized by Office.js itself (bench/realOffice.ts): its largest request, in bytes. */
  officeJsLargest: number;
}

export interface OfficeRun extends OfficeShape {
  dataRows: number;
  first: BuildCost;
  refresh: BuildCost;
  /** The same refresh through readWorkbookTables + applyPlan reading the sheets itself. */
  separateRefresh: BuildCost;
}

/** The default catalogue's indicators, repeated with numbered codes past 23, all on the dashboard and monthly (as an Indicators table says them). */
export function benchCatalogue(count: number): Indicator[] {
  return Array.from({ length: count }, (_, i) => {
    const source = DEFAULT_CATALOGUE[i % DEFAULT_CATALOGUE.length]!;
    const round = Math.floor(i / DEFAULT_CATALOGUE.length);
    const indicator: Indicator = {
      ...source,
      code: round === 0 ? source.code : `${source.code}_${round + 1}`,
      dashboard: true,
    };
    delete indicator.frequency;
    delete indicator.yearToDate;
    return indicator;
  });
}

/** Excel hands dates to Office.js as serial numbers. */
function excelValue(v: CellValue): string | number | boolean | null {
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return v;
}

function workbook(catalogue: Catalogue, months: number): { fake: FakeExcel; dataRows: number } {
  const indicators = catalogueToTable(catalogue);
  // Ending March 2017, as the sample does.
  const data = generateShape(
    { rows: Number.MAX_SAFE_INTEGER, months, areas: 0, first: monthIndex(2017, 3) - months + 1 },
    catalogue,
  );
  const table = (name: string, headers: readonly string[], rows: CellValue[][]) => ({
    name,
    address: "A1",
    values: [[...headers], ...rows.map((r) => r.map(excelValue))],
  });
  const fake = createFakeExcel({
    sheets: [
      { name: "Indicators", tables: [table("Indicators", indicators.headers, indicators.rows)] },
      { name: "IndicatorData", tables: [table("IndicatorData", data.headers, data.rows)] },
    ],
  });
  return { fake, dataRows: data.rows.length };
}

const ALL_SETS = { isSetSupported: (): boolean => true };

interface BuildSteps {
  read: number;
  write: number;
  estimate: number;
  officeJs: number[];
}

async function measured(fake: FakeExcel, run: () => Promise<BuildSteps>): Promise<BuildCost> {
  const syncsBefore = fake.syncCount;
  const requestsBefore = fake.requestSizes.length;
  const { read, write, estimate, officeJs } = await run();
  return {
    syncs: fake.syncCount - syncsBefore,
    readSyncs: read,
    writeSyncs: write,
    largestRequest: Math.max(0, ...fake.requestSizes.slice(requestsBefore)),
    estimatedLargest: estimate,
    officeJsLargest: Math.max(0, ...officeJs),
  };
}

/** The write of `plan`, serialized by Office.js, given what the fake's read found. */
async function officeJsWrite(plan: WorkbookPlan, existing: ExistingWorkbook): Promise<number[]> {
  takeRequests();
  await applyPlan(recordingContext(), plan, { ...ALL_SETS, existing });
  return takeRequests();
}

function planFor(tables: Awaited<ReturnType<typeof readWorkbookTables>>, months: number) {
  const analysis = analyseTables(tables);
  if (!analysis.summary.usable) throw new Error("The generated workbook could not be read.");
  const results = computeResults(analysis.catalogue, analysis.observations, { benchmarks: analysis.benchmarks });
  return buildDashboardPlan({ results, month: results[0]!.month, monthsShown: months });
}

/** The task pane's build: read 2, write 1. */
function combinedBuild(fake: FakeExcel, months: number) {
  return async (): Promise<BuildSteps> => {
    const read = await readForBuild(fake.excelContext, dashboardSheets());
    const plan = planFor(read.tables, months);
    const officeJs = await officeJsWrite(plan, read.existing);
    const report = await applyPlan(fake.excelContext, plan, { ...ALL_SETS, existing: read.existing });
    return {
      read: read.syncs + report.syncsByPhase.read,
      write: report.syncsByPhase.write + report.syncsByPhase.cosmetic,
      estimate: report.largestRequestBytes,
      officeJs,
    };
  };
}

/** Tables first, then applyPlan reading the sheets itself. */
function separateBuild(fake: FakeExcel, months: number) {
  return async (): Promise<BuildSteps> => {
    const before = fake.syncCount;
    const tables = await readWorkbookTables(fake.excelContext);
    const tableSyncs = fake.syncCount - before;
    const report = await applyPlan(fake.excelContext, planFor(tables, months), ALL_SETS);
    return {
      read: tableSyncs + report.syncsByPhase.read,
      write: report.syncsByPhase.write + report.syncsByPhase.cosmetic,
      estimate: report.largestRequestBytes,
      officeJs: [],
    };
  };
}

/** Measures one dashboard shape: a first build, a refresh, and the refresh by the separate path. */
export async function measureOffice(shape: OfficeShape): Promise<OfficeRun> {
  const { fake, dataRows } = workbook(benchCatalogue(shape.indicators), shape.months);
  const first = await measured(fake, combinedBuild(fake, shape.months));
  const refresh = await measured(fake, combinedBuild(fake, shape.months));
  const separateRefresh = await measured(fake, separateBuild(fake, shape.months));
  return { ...shape, dataRows, first, refresh, separateRefresh };
}

export const OFFICE_INDICATORS = [6, 20, 100];
export const OFFICE_MONTHS = [13, 60, 240];

/** Every shape of `indicators` × `months`. */
export async function officeSuite(
  indicators: readonly number[] = OFFICE_INDICATORS,
  months: readonly number[] = OFFICE_MONTHS,
  log?: (line: string) => void,
): Promise<OfficeRun[]> {
  const runs: OfficeRun[] = [];
  for (const i of indicators) {
    for (const m of months) {
      const run = await measureOffice({ indicators: i, months: m });
      log?.(
        `office ${i} indicators × ${m} months: ${run.first.syncs}/${run.refresh.syncs} syncs, largest request ${run.refresh.largestRequest} bytes (Office.js ${run.refresh.officeJsLargest})`,
      );
      runs.push(run);
    }
  }
  return runs;
}
