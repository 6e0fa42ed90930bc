/** The targets, checked against a run's figures. */
import type { CliCase, CliSuite } from "./cli";
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
  /** The bundled command starts (`--help`) in under this. */
  startupMs: 500,
  /** The sample builds end to end through the bundled command in under this. */
  sampleMs: 500,
  /** 100,000 data rows build through the bundled command in under this, and under this peak memory. */
  build100kMs: 1000,
  build100kMB: 200,
  /** 100,000 data rows validate through the bundled command in under this. */
  validate100kMs: 700,
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
  const bundled = (name: string): CliCase | undefined =>
    cli?.cases.find((c) => c.name === name && c.runner === "bundle");
  const startup = bundled("start-up (--help)");
  checks.push({
    target: `the bundled command starts in under ${ms(TARGETS.startupMs)}`,
    measured: startup ? `--help: median ${ms(startup.medianMs)} (CPU ${ms(startup.medianCpuMs)})` : "not run",
    met: startup ? startup.medianMs < TARGETS.startupMs : undefined,
  });
  const sample = bundled("build the sample");
  const viaTsx = cli?.cases.find((c) => c.name === "build the sample" && c.runner === "tsx");
  checks.push({
    target: `the sample builds end to end through the bundled command in under ${ms(TARGETS.sampleMs)}`,
    measured: sample ? `bundled ${ms(sample.medianMs)}; through tsx ${viaTsx ? ms(viaTsx.medianMs) : "–"}` : "not run",
    met: sample ? sample.medianMs < TARGETS.sampleMs : undefined,
  });
  const build = bundled("build 100,000 rows");
  checks.push({
    target: `100,000 rows built in under ${ms(TARGETS.build100kMs)} and ${TARGETS.build100kMB} MB peak`,
    measured: build ? `median ${ms(build.medianMs)}, peak RSS ${build.maxRssMB.toFixed(0)} MB` : "not run",
    met: build ? build.medianMs < TARGETS.build100kMs && build.maxRssMB < TARGETS.build100kMB : undefined,
  });
  const validate = bundled("validate 100,000 rows");
  checks.push({
    target: `100,000 rows validated in under ${ms(TARGETS.validate100kMs)}`,
    measured: validate ? `median ${ms(validate.medianMs)}, peak RSS ${validate.maxRssMB.toFixed(0)} MB` : "not run",
    met: validate ? validate.medianMs < TARGETS.validate100kMs : undefined,
  });
  return checks;
}
