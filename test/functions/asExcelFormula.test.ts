import { afterEach, describe, expect, it } from "vitest";
import { asExcelFormula, officeInvalidValue } from "../../src/functions/asExcelFormula";
import { functionRegistry, type CustomFunctionsHost } from "../../src/functions/customFunctionsHost";
import { FunctionArgumentError } from "../../src/functions/FunctionArgumentError";
import { scorecardRag } from "../../src/functions/scorecardFormulas";

/** Stands in for the runtime's CustomFunctions.Error. */
class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function fakeHost(): CustomFunctionsHost & { associated: Map<string, unknown> } {
  const associated = new Map<string, unknown>();
  return {
    associated,
    associate: (id, implementation) => void associated.set(id, implementation),
    Error: FakeExcelError,
    ErrorCode: { invalidValue: "#VALUE!" },
  };
}

const global = globalThis as { CustomFunctions?: CustomFunctionsHost };
afterEach(() => {
  delete global.CustomFunctions;
});

describe("asExcelFormula", () => {
  it("passes results through", () => {
    expect(asExcelFormula(scorecardRag)(104, 100, "lower")).toBe("Amber");
  });

  it("turns an argument error into what the host builds, with the message", () => {
    const made: string[] = [];
    const rag = asExcelFormula(scorecardRag, (message) => {
      made.push(message);
      return new FakeExcelError("#VALUE!", message);
    });
    expect(() => rag(1, 2, "sideways")).toThrow(FakeExcelError);
    expect(made).toHaveLength(1);
    expect(made[0]).toContain("polarity");
  });

  it("leaves other errors alone: they are bugs, not bad arguments", () => {
    const broken = asExcelFormula(
      () => {
        throw new RangeError("boom");
      },
      () => new FakeExcelError("#VALUE!"),
    );
    expect(broken).toThrow(RangeError);
  });

  it("uses CustomFunctions.Error with ErrorCode.invalidValue in the runtime", () => {
    global.CustomFunctions = fakeHost();
    let thrown: unknown;
    try {
      asExcelFormula(scorecardRag)("n/a", 2, "lower");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FakeExcelError);
    expect((thrown as FakeExcelError).code).toBe("#VALUE!");
    expect((thrown as FakeExcelError).message).toMatch(/^value /);
  });

  it("outside the runtime still throws the argument error", () => {
    expect(officeInvalidValue("x")).toBeInstanceOf(FunctionArgumentError);
  });
});

describe("functionRegistry", () => {
  it("is the runtime's registry when there is one", () => {
    const host = fakeHost();
    functionRegistry(host).associate("RAG", () => "Green");
    expect([...host.associated.keys()]).toEqual(["RAG"]);
  });

  it("ignores registrations outside Excel", () => {
    expect(() => functionRegistry(undefined).associate("RAG", () => "Green")).not.toThrow();
  });
});
