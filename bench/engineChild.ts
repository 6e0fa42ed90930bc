/** Child process for one engine size: `engineChild.ts <rows> <runs>` prints an EngineSize as JSON. */
import { measureEngine } from "./engine";

const [rows, runs] = process.argv.slice(2).map(Number);
if (!rows || !runs) {
  process.stderr.write("usage: engineChild.ts <rows> <runs>\n");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(measureEngine(rows, runs))}\n`);
