import { describe, expect, it } from "vitest";
import { collectGarbage } from "../../src/cli/collectGarbage";

/** Lets the current job end: V8 keeps a WeakRef's target alive until then. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("collectGarbage", () => {
  it("collects an object nothing refers to any more, without the --expose-gc flag on the command line", async () => {
    expect(process.execArgv).not.toContain("--expose-gc");
    let big: number[] | undefined = Array.from({ length: 100_000 }, (_, i) => i);
    const ref = new WeakRef(big);
    big = undefined;
    await nextTask();
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it("can be called again", () => {
    expect(() => collectGarbage()).not.toThrow();
  });
});
