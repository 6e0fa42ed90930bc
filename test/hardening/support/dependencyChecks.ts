/**
 * Checks on package.json and package-lock.json that keep the runtime supply
 * chain small and deliberate. Pure: they take the parsed files, so tests can
 * show each check bites on a changed copy.
 */

export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  devOptional?: boolean;
  hasInstallScript?: boolean;
  link?: boolean;
  license?: string;
}

export interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockEntry & PackageJson>;
}

export type DependencyProblem =
  | "unexpected-runtime-dependency"
  | "missing-runtime-dependency"
  | "version-range"
  | "lock-out-of-step"
  | "runtime-install-script"
  | "not-from-registry"
  | "no-integrity"
  | "too-many-runtime-packages";

const EXACT = /^\d+\.\d+\.\d+(-[\w.]+)?$/;
const REGISTRY = "https://registry.npmjs.org/";

/** The lockfile's packages that install without --omit=dev stripping them: the runtime tree. */
export function runtimePackages(lock: Lockfile): [string, LockEntry][] {
  return Object.entries(lock.packages).filter(([path, entry]) => path !== "" && !entry.dev);
}

export interface DependencyPolicy {
  /** The direct runtime dependencies, exactly. */
  runtime: readonly string[];
  /** A ceiling on runtime package folders, so growth is noticed. */
  maxRuntimePackages: number;
}

export function dependencyProblems(pkg: PackageJson, lock: Lockfile, policy: DependencyPolicy): DependencyProblem[] {
  const problems = new Set<DependencyProblem>();
  const runtime = Object.keys(pkg.dependencies ?? {});
  if (runtime.some((name) => !policy.runtime.includes(name))) problems.add("unexpected-runtime-dependency");
  if (policy.runtime.some((name) => !runtime.includes(name))) problems.add("missing-runtime-dependency");
  // Exact versions: an install gives what was reviewed, not whatever a range allows today.
  const all = { ...pkg.devDependencies, ...pkg.dependencies };
  if (Object.values(all).some((version) => !EXACT.test(version))) problems.add("version-range");

  const root = lock.packages[""] ?? {};
  const lockedRoot = { ...root.devDependencies, ...root.dependencies };
  for (const [name, version] of Object.entries(all)) {
    if (lockedRoot[name] !== version || lock.packages[`node_modules/${name}`]?.version !== version)
      problems.add("lock-out-of-step");
  }
  for (const [, entry] of runtimePackages(lock)) {
    if (entry.link) continue;
    if (entry.hasInstallScript) problems.add("runtime-install-script");
    if (!entry.resolved?.startsWith(REGISTRY) && entry.resolved !== undefined) problems.add("not-from-registry");
    if (!entry.integrity?.startsWith("sha512-")) problems.add("no-integrity");
  }
  if (runtimePackages(lock).length > policy.maxRuntimePackages) problems.add("too-many-runtime-packages");
  return [...problems];
}
