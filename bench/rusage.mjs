/* global process */
// Preloaded into a measured command (NODE_OPTIONS="--import …/rusage.mjs"): on exit,
// prints this process's peak memory and CPU time as one tagged line on stderr.
process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(
    `BENCH_RUSAGE ${JSON.stringify({ maxRssKB: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 })}\n`,
  );
});
