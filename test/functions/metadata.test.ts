/**
 * The metadata Excel reads (dist/functions.json) is generated from the JSDoc in
 * src/functions/functions.ts by the same generator the webpack plugin runs, so
 * this test checks what the build writes without building.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as exported from "../../src/functions/functions";

interface Metadata {
  functions: {
    id: string;
    name: string;
    parameters: { name: string; type?: string; optional?: boolean }[];
    result: { type?: string };
  }[];
}
interface GenerateResult {
  metadataJson: string;
  associate: { functionName: string; id: string }[];
  errors: string[];
}

const source = fileURLToPath(new URL("../../src/functions/functions.ts", import.meta.url));
// The generator is the plugin's own dependency: load the copy the plugin uses.
const fromPlugin = createRequire(createRequire(import.meta.url).resolve("custom-functions-metadata-plugin"));
const { generateCustomFunctionsMetadata } = fromPlugin("custom-functions-metadata") as {
  generateCustomFunctionsMetadata: (input: string[]) => Promise<GenerateResult>;
};
const generated = await generateCustomFunctionsMetadata([source]);

describe("functions.json", () => {
  it("generates without errors", () => {
    expect(generated.errors).toEqual([]);
  });

  const metadata = JSON.parse(generated.metadataJson || "{}") as Metadata;
  const byId = new Map(metadata.functions?.map((f) => [f.id, f]));

  it("declares RAG, GAP and DIRECTION, named as their ids", () => {
    expect(metadata.functions.map((f) => [f.id, f.name])).toEqual([
      ["RAG", "RAG"],
      ["GAP", "GAP"],
      ["DIRECTION", "DIRECTION"],
    ]);
  });

  it.each([
    ["RAG", ["value", "target", "polarity", "tolerance?"]],
    ["GAP", ["value", "target", "polarity"]],
    ["DIRECTION", ["latest", "previous", "polarity"]],
  ])("%s takes %j, each of type any so blanks arrive as null", (id, parameters) => {
    const declared = byId.get(id)!.parameters;
    expect(declared.map((p) => `${p.name}${p.optional ? "?" : ""}`)).toEqual(parameters);
    expect(declared.every((p) => p.type === "any")).toBe(true);
  });

  it("returns words from RAG and DIRECTION, and a number or blank from GAP", () => {
    expect(byId.get("RAG")!.result.type).toBe("string");
    expect(byId.get("DIRECTION")!.result.type).toBe("string");
    expect(byId.get("GAP")!.result.type).toBeUndefined(); // any
  });

  it("ask Excel for their arguments' addresses, to tell an empty cell from 0", () => {
    for (const f of metadata.functions) expect((f as { options?: Record<string, unknown> }).options).toEqual({ requiresParameterAddresses: true });
  });

  it("associates each id with a function functions.ts defines", () => {
    const functions = exported as Record<string, unknown>;
    expect(generated.associate.map((a) => a.id)).toEqual(["RAG", "GAP", "DIRECTION"]);
    for (const { functionName } of generated.associate) expect(typeof functions[functionName]).toBe("function");
  });
});

describe("the functions as Excel calls them", () => {
  it("return the formulas' results", async () => {
    expect(await exported.rag(104, 100, "lower", undefined, {})).toBe("Amber");
    expect(await exported.gap(104, 100, "lower", {})).toBe(-4);
    expect(await exported.direction(104, 110, "lower", {})).toBe("Improving");
  });

  it("reject rather than return for a bad argument", async () => {
    await expect(exported.rag(1, 2, "sideways", undefined, {})).rejects.toThrow(/polarity/);
  });

});
