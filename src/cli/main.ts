/**
 * `scorecard`: the command line. Parses arguments, runs one command, and turns
 * every known failure into one sentence on stderr with the contract's exit code.
 */
import { parseArgs } from "node:util";
import { UsageError } from "./errors";

const USAGE = `Usage:
  scorecard init <out.xlsx>
  scorecard validate <in.xlsx> [--period YYYY-MM] [--json]
  scorecard build <in.xlsx> -o <out.xlsx> [--period YYYY-MM] [--json] [--allow-errors]`;

/** Runs the command line and returns the exit code (0 ok, 1 data errors, 2 unusable input or usage). */
export async function main(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      out(USAGE);
      return command === undefined ? 2 : 0;
    }
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        out: { type: "string", short: "o" },
        period: { type: "string" },
        "allow-errors": { type: "boolean", default: false },
      },
    });
    // Each command's code is loaded when it runs: --help and validate never load the writer.
    switch (command) {
      case "init": {
        const { runInit } = await import("./init");
        return await runInit(single(positionals, "init <out.xlsx>"), out);
      }
      case "validate": {
        const { runValidate } = await import("./validate");
        return await runValidate(single(positionals, "validate <in.xlsx>"), values.json, out, err, values.period);
      }
      case "build": {
        if (!values.out) throw new UsageError("build needs an output file: scorecard build <in.xlsx> -o <out.xlsx>.");
        const { runBuild } = await import("./build");
        return await runBuild(
          { input: single(positionals, "build <in.xlsx> -o <out.xlsx>"), output: values.out, period: values.period, json: values.json, allowErrors: values["allow-errors"] },
          out,
          err,
        );
      }
      default:
        throw new UsageError(`Unknown command "${command}". ${USAGE}`);
    }
  } catch (error) {
    return report(error, err);
  }
}

function single(positionals: string[], shape: string): string {
  if (positionals.length !== 1) throw new UsageError(`Expected exactly one file: scorecard ${shape}.`);
  return positionals[0]!;
}

/** Known errors carry an exit code; anything else is a bug, reported without a stack trace unless asked. */
function report(error: unknown, err: (text: string) => void): number {
  if (error instanceof Error && "exitCode" in error && typeof error.exitCode === "number") {
    err(error.message);
    return error.exitCode;
  }
  if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
    err(`${error.message}. ${USAGE.split("\n")[0]} scorecard --help for more.`);
    return 2;
  }
  err(`Unexpected failure: ${error instanceof Error ? error.message : String(error)}${process.env.SCORECARD_DEBUG ? `\n${(error as Error).stack}` : " (set SCORECARD_DEBUG=1 for details)."}`);
  return 3;
}

// Run when executed directly (tsx src/cli/main.ts ...), not when imported by tests.
if (process.argv[1] && /main\.[cm]?[tj]s$/.test(process.argv[1])) {
  main(process.argv.slice(2), (t) => process.stdout.write(`${t}\n`), (t) => process.stderr.write(`${t}\n`)).then((code) => {
    process.exitCode = code;
  });
}
