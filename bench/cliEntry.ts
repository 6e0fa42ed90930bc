/**
 * Entry point of the bundled command line (see bundleCli.ts): runs `main`
 * with the process's arguments, exactly as `tsx src/cli/main.ts` does.
 */
import { main } from "../src/cli/main";

main(
  process.argv.slice(2),
  (t) => process.stdout.write(`${t}\n`),
  (t) => process.stderr.write(`${t}\n`),
).then((code) => {
  process.exitCode = code;
});
