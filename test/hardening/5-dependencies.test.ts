/**
 * Issue 7, part 5 — dependencies. The runtime dependencies are exactly the
 * short list below, pinned to exact versions that match the lockfile; no
 * runtime package runs an install script, every one carries an integrity hash,
 * and the runtime tree stays under a ceiling. Adding a runtime dependency is
 * therefore a deliberate change to this file, reviewed with its audit result
 * (README, "Dependencies").
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  dependencyProblems,
  runtimePackages,
  type DependencyPolicy,
  type DependencyProblem,
  type Lockfile,
  type PackageJson,
} from "./support/dependencyChecks";

const root = fileURLToPath(new URL("../../", import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as PackageJson;
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, "utf8")) as Lockfile;

const POLICY: DependencyPolicy = {
  runtime: [
    "@cj-tech-master/excelts", // .xlsx read/write for the command line; no dependencies of its own
    "@fluentui/react-components", // the task pane's controls (most of the runtime tree)
    "adm-zip", // the file shell's zip reader and writer: synchronous, copies untouched parts as stored; no dependencies
    "fastest-levenshtein", // "did you mean" for mistyped codes and headers
    "react",
    "react-dom",
  ],
  // 105 package folders today (98 distinct packages); room for patch-level churn, not for a new library.
  maxRuntimePackages: 115,
};

describe("runtime dependencies", () => {
  it("are exactly the expected short list, pinned, locked, without install scripts", () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual([...POLICY.runtime].sort());
    expect(dependencyProblems(pkg, lock, POLICY)).toEqual([]);
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
  });

  it("stay a small tree", () => {
    const count = runtimePackages(lock).length;
    expect(count).toBeGreaterThan(POLICY.runtime.length);
    expect(count).toBeLessThanOrEqual(POLICY.maxRuntimePackages);
  });

  /** A changed copy of package.json / the lockfile. */
  const clone = <T>(value: T): T => structuredClone(value);
  const withRuntime = (name: string, version: string) => {
    const p = clone(pkg);
    p.dependencies = { ...p.dependencies, [name]: version };
    const l = clone(lock);
    l.packages[""]!.dependencies = { ...l.packages[""]!.dependencies, [name]: version };
    l.packages[`node_modules/${name}`] = { version, integrity: "sha512-x" };
    return { p, l };
  };

  const cases: { name: string; change: () => { p: PackageJson; l: Lockfile }; problem: DependencyProblem }[] = [
    {
      name: "a new runtime dependency",
      change: () => withRuntime("left-pad", "1.3.0"),
      problem: "unexpected-runtime-dependency",
    },
    {
      name: "a runtime dependency removed",
      change: () => {
        const p = clone(pkg);
        delete p.dependencies!["fastest-levenshtein"];
        return { p, l: lock };
      },
      problem: "missing-runtime-dependency",
    },
    {
      name: "a caret range",
      change: () => {
        const p = clone(pkg);
        p.dependencies!.react = `^${p.dependencies!.react}`;
        return { p, l: lock };
      },
      problem: "version-range",
    },
    {
      name: "package.json ahead of the lockfile",
      change: () => {
        const p = clone(pkg);
        p.dependencies!.react = "18.3.0";
        return { p, l: lock };
      },
      problem: "lock-out-of-step",
    },
    {
      name: "a runtime package with an install script",
      change: () => {
        const l = clone(lock);
        l.packages["node_modules/react"]!.hasInstallScript = true;
        return { p: pkg, l };
      },
      problem: "runtime-install-script",
    },
    {
      name: "a runtime package from git",
      change: () => {
        const l = clone(lock);
        l.packages["node_modules/react"]!.resolved = "git+ssh://git@github.com/someone/react.git#abc";
        return { p: pkg, l };
      },
      problem: "not-from-registry",
    },
    {
      name: "a runtime package without an integrity hash",
      change: () => {
        const l = clone(lock);
        delete l.packages["node_modules/react"]!.integrity;
        return { p: pkg, l };
      },
      problem: "no-integrity",
    },
    {
      name: "a runtime tree past its ceiling",
      change: () => {
        const l = clone(lock);
        for (let i = 0; i < 20; i++)
          l.packages[`node_modules/filler-${i}`] = { version: "1.0.0", integrity: "sha512-x" };
        return { p: pkg, l };
      },
      problem: "too-many-runtime-packages",
    },
  ];

  it.each(cases)("flags $name", ({ change, problem }) => {
    const { p, l } = change();
    expect(dependencyProblems(p, l, POLICY)).toContain(problem);
  });

  it("does not count development-only packages (the build and test tools) as runtime", () => {
    const l = clone(lock);
    for (let i = 0; i < 20; i++) l.packages[`node_modules/dev-tool-${i}`] = { version: "1.0.0", dev: true };
    expect(dependencyProblems(pkg, l, POLICY)).toEqual([]);
  });
});
