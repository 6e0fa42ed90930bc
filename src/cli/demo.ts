/**
 * `npm run demo`: the main job on the bundled sample, no Excel needed.
 * Writes the sample workbook, checks it, and builds the Member Dashboard for
 * October 2012 — the month of the council's late-2012 progress report, whose
 * real figures the sample carries.
 */
import { main } from "./main";

const SAMPLE = "out/sample-workbook.xlsx";
const DASHBOARD = "out/member-dashboard.xlsx";

const say = (t: string) => process.stdout.write(`${t}\n`);
const complain = (t: string) => process.stderr.write(`${t}\n`);

async function demo(): Promise<number> {
  for (const args of [["init", SAMPLE], ["validate", SAMPLE], ["build", SAMPLE, "-o", DASHBOARD, "--period", "2012-10"]]) {
    say(`\n$ scorecard ${args.join(" ")}`);
    const code = await main(args, say, complain);
    if (code !== 0) return code;
  }
  say(`\nOpen ${DASHBOARD} in Excel or LibreOffice to see the Member Dashboard.`);
  return 0;
}

demo().then((code) => {
  process.exitCode = code;
});
