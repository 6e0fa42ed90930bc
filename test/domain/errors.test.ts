/** Every error the tool throws shares one base with a stable code; "structure protected" has one code and one sentence. */
import { describe, expect, it } from "vitest";
import { UnusableInputError, UnwritableOutputError, UsageError } from "../../src/cli/errors";
import { ActionDateError } from "../../src/domain/actions/today";
import { ScorecardError, STRUCTURE_PROTECTED } from "../../src/domain/errors";
import { SampleDataError } from "../../src/sample/sampleData";
import { ExcelShellError, excelErrorSentence } from "../../src/excel/errors";
import { FunctionArgumentError } from "../../src/functions/FunctionArgumentError";
import { DashboardOptionError } from "../../src/report/DashboardOptionError";
import { WorkbookProtectedError } from "../../src/xlsx/WorkbookProtectedError";
import { WorkbookUnreadableError } from "../../src/xlsx/WorkbookUnreadableError";

describe("errors", () => {
  it.each([
    new UsageError("u"),
    new UnusableInputError("u"),
    new UnwritableOutputError("u"),
    new ActionDateError("x"),
    new SampleDataError("s"),
    new ExcelShellError("AccessDenied", "write"),
    new FunctionArgumentError("polarity", "p"),
    new DashboardOptionError("d"),
    new WorkbookProtectedError(),
    new WorkbookUnreadableError("CORRUPT", "c"),
  ])("%s shares the base and has a stable code", (error) => {
    expect(error).toBeInstanceOf(ScorecardError);
    expect(error.code).toMatch(/^([A-Z][A-Z_]+|[A-Z][A-Za-z]+)$/);
  });

  it("says 'structure protected' in one sentence from both shells", () => {
    expect(new WorkbookProtectedError()).toMatchObject({ code: STRUCTURE_PROTECTED.code, message: STRUCTURE_PROTECTED.sentence });
    expect(excelErrorSentence("WorkbookProtected")).toBe(STRUCTURE_PROTECTED.sentence);
  });
});
