/** The targets, checked against a run's figures. */
import type { CliSuite } from "./cli";
import type { EngineSuite } from "./engine";
import type { OfficeRun } from "./office";

export const TARGETS = {
  /** 100,000 rows validated and computed in under this (median wall time). */
  engine100kMs: 500,
  /** Fitted growth exponent across sizes at most this. */
  exponent: 1.1,
  /** Validate + build in at most this many context.sync() calls. */
  syncs: 3,
  /** No request above this many bytes. */
  requestBytes: 4_000_000,
  /** The sample builds end to end in under this. */
  sampleMs: 2000,
};

export interface TargetCheck {
  target: string;
  measured: string;
  /** undefined when the run did not measure it (a smoke run's sizes). */
  met: boolean | undefined;
}

const ms = (x: number): string => `${Math.round(x)} ms`;

/** Each target with what this run measured. */
export function checkTargets(
  engine: EngineSuite | undefined,
  office: OfficeRun[] | undefined,
  cli: CliSuite | undefined,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const at100k = engine?.sizes.find((s) => s.rows === 100_000);
  checks.push({
    target: `100,000 rows validated and computed in under ${ms(TARGETS.engine100kMs)}`,
    measured: at100k ? `median ${ms(at100k.medianMs)} (CPU ${ms(at100k.medianCpuMs)})` : "not run",
    met: at100k ? at100k.medianMs < TARGETS.engine100kMs : undefined,
  });
  const fitted = engine && engine.sizes.length >= 2 ? engine.exponent : undefined;
  checks.push({
    target: `growth exponent at most ${TARGETS.exponent}`,
    measured:
      fitted === undefined
        ? "not run"
        : `${fitted.toFixed(2)} over all sizes; ${engine!.exponentLargest.toFixed(2)} between the two largest`,
    met: fitted === undefined ? undefined : fitted <= TARGETS.exponent,
  });
  const builds = office?.flatMap((r) => [r.first, r.refresh]) ?? [];
  const mostSyncs = Math.max(0, ...builds.map((b) => b.syncs));
  checks.push({
    target: `validate + build in at most ${TARGETS.syncs} syncs at every size`,
    measured: builds.length ? `at most ${mostSyncs} (first builds and refreshes, ${office!.length} shapes)` : "not run",
    met: builds.length ? mostSyncs <= TARGETS.syncs : undefined,
  });
  const largest = Math.max(0, ...builds.map((b) => b.largestRequest));
  const largestOfficeJs = Math.max(0, ...builds.map((b) => b.officeJsLargest));
  checks.push({
    target: `no request above ${(TARGETS.requestBytes / 1e6).toFixed(0)} MB`,
    measured: builds.length
      ? `${(largest / 1e6).toFixed(2)} MB by the fake; ${(largestOfficeJs / 1e6).toFixed(2)} MB as Office.js serializes it`
      : "not run",
    met: builds.length ? largest <= TARGETS.requestBytes && largestOfficeJs <= TARGETS.requestBytes : undefined,
  });
  const sampleCases = cli?.cases.filter((c) => c.name === "build the sample") ?? [];
  const bundled = sampleCases.find((c) => c.runner === "bundle");
  const viaTsx = sampleCases.find((c) => c.runner === "tsx");
  checks.push({
    target: `the sample builds end to end in under ${ms(TARGETS.sampleMs)}`,
    measured: sampleCases.length
      ? `bundled ${bundled ? ms(bundled.medianMs) : "–"}; through tsx ${viaTsx ? ms(viaTsx.medianMs) : "–"}`
      : "not run",
    met: bundled ? bundled.medianMs < TARGETS.sampleMs : undefined,
  });
  return checks;
}
