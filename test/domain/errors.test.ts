/** Every error the tool throws shares one base with a stable code; "structure protected" has one code and one sentence. */
import { describe, expect, it } from "vitest";
import { WorkbookProtectedError } from "../../src/build/errors";
import { UnusableInputError, UnwritableOutputError, UsageError } from "../../src/cli/errors";
import { ActionDateError, ScorecardError, UnknownPeriodError } from "../../src/domain/errors";
import { applyPlan } from "../../src/excel/applyPlan";
import { ExcelShellError } from "../../src/excel/errors";
import { FunctionArgumentError } from "../../src/functions/FunctionArgumentError";
import { DashboardOptionError } from "../../src/report/dashboard/DashboardOptionError";
import { SampleDataError } from "../../src/sample/sampleData";
import { applyPlanToWorkbook } from "../../src/xlsx/applyPlan";
import { newWorkbook } from "../../src/xlsx/excelts";
import { WorkbookUnreadableError } from "../../src/xlsx/WorkbookUnreadableError";
import { supportsUpTo } from "../excel/planFixtures";
import { createFakeExcel } from "../fakes/fakeExcel";
import { dataSheetPlan } from "../xlsx/fixtures/smallPlan";

describe("errors", () => {
  it.each([
    new UsageError("u"),
    new UnusableInputError("u"),
    new UnwritableOutputError("u"),
    new ActionDateError("x"),
    new UnknownPeriodError(12 * 2012 + 9, []),
    new SampleDataError("s"),
    new ExcelShellError("EXCEL_ACCESS_DENIED", "write"),
    new FunctionArgumentError("polarity", "p"),
    new DashboardOptionError("d"),
    new WorkbookProtectedError(),
    new WorkbookUnreadableError("CORRUPT", "c"),
  ])("%s shares the base, has a stable code and is named after its class", (error) => {
    expect(error).toBeInstanceOf(ScorecardError);
    expect(error.name).toBe(error.constructor.name);
    expect(error.code).toMatch(/^([A-Z][A-Z_]+|[A-Z][A-Za-z]+)$/);
  });

  it("refuses a workbook whose structure is protected with one error, code and sentence from both shells", async () => {
    const plan = { sheets: [dataSheetPlan()] };
    const fake = createFakeExcel({ sheets: [{ name: "Data" }], structureProtected: true });
    const fromExcel = await applyPlan(fake.excelContext, plan, supportsUpTo("1.17")).catch((e: unknown) => e);

    const locked = newWorkbook();
    locked.addWorksheet("Data");
    await locked.protect("structure", { lockStructure: true });
    const fromFile = await applyPlanToWorkbook(new Uint8Array(await locked.xlsx.writeBuffer()), plan).catch((e: unknown) => e);

    for (const error of [fromExcel, fromFile]) {
      expect(error).toBeInstanceOf(WorkbookProtectedError);
      expect(error).toMatchObject({ code: "STRUCTURE_PROTECTED", message: new WorkbookProtectedError().message });
    }
    expect((fromFile as Error).message).toMatch(/^The workbook's structure is protected, so sheets cannot be added or replaced\./);
  });
});
