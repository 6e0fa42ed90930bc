/**
 * Two strict outside readers of .xlsx files, run as child processes: openpyxl
 * (Python; rejects illegal enumeration values) and LibreOffice Calc (headless
 * conversion to flat OpenDocument, which reads every sheet, chart and shape).
 * A test that needs one is skipped, saying so, only when the program is not
 * installed here; under CI (CI set, as .ci/run does) a missing one fails instead.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

function works(command: string, args: string[]): boolean {
  const run = spawnSync(command, args, { stdio: "ignore", timeout: 60_000 });
  return run.status === 0;
}

/** A Python that can import openpyxl (a pyenv shim may shadow Debian's python3), or undefined. */
export const OPENPYXL_PYTHON = ["python3", "/usr/bin/python3"].find((p) => works(p, ["-c", "import openpyxl"]));

/** The LibreOffice program, or undefined. */
export const LIBREOFFICE = ["libreoffice", "soffice"].find((p) => works(p, ["--version"]));

/** Why a reader's tests are skipped here, or undefined when they run (and, under CI, an error when they cannot). */
export function skipReason(reader: "openpyxl" | "LibreOffice"): string | undefined {
  const present = reader === "openpyxl" ? OPENPYXL_PYTHON : LIBREOFFICE;
  if (present) return undefined;
  const install = reader === "openpyxl" ? "python3-openpyxl" : "libreoffice-calc";
  const reason = `${reader} is not installed here (Debian package ${install}), so the outputs are not opened in it`;
  if (process.env.CI) throw new Error(`${reason}; .ci/run installs it, so CI must have it.`);
  console.warn(`SKIPPED: ${reason}.`);
  return reason;
}

const OPENPYXL_SCRIPT = `
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({"sheets": wb.sheetnames, "charts": {ws.title: len(ws._charts) for ws in wb.worksheets}}))
`;

/** Opens a workbook in openpyxl: its sheet names and charts per sheet, or the Python error. */
export function openInOpenpyxl(path: string): { sheets: string[]; charts: Record<string, number> } {
  const run = spawnSync(OPENPYXL_PYTHON!, ["-c", OPENPYXL_SCRIPT, path], { encoding: "utf8", timeout: 120_000 });
  if (run.status !== 0)
    throw new Error(
      `openpyxl could not open ${basename(path)}:\n${run.stderr.trim().split("\n").slice(-3).join("\n")}`,
    );
  return JSON.parse(run.stdout) as { sheets: string[]; charts: Record<string, number> };
}

/**
 * Converts workbooks to flat OpenDocument with a headless LibreOffice (one
 * start for all of them, a private profile so it never meets another
 * LibreOffice) and returns each one's XML, in order; throws when one fails.
 */
export function readWithLibreOffice(paths: string[]): string[] {
  const work = mkdtempSync(join(tmpdir(), "scorecard-lo-"));
  try {
    const run = spawnSync(
      LIBREOFFICE!,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "fods",
        "--outdir",
        work,
        ...paths,
      ],
      { encoding: "utf8", timeout: 300_000 },
    );
    return paths.map((path) => {
      const out = join(work, basename(path).replace(/\.[^.]+$/, ".fods"));
      try {
        return readFileSync(out, "utf8");
      } catch {
        throw new Error(`LibreOffice could not open ${basename(path)} (exit ${run.status}): ${run.stderr.trim()}`);
      }
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Drawn objects (charts, pictures, shapes, form controls) on each sheet of a flat OpenDocument spreadsheet. */
export function drawnObjectsBySheet(fods: string): Map<string, number> {
  const counts = new Map<string, number>();
  // A chart carries its own data table inside its object: leave the objects' insides out.
  const flat = fods.replace(/<draw:object\b[\s\S]*?<\/draw:object>/g, "<draw:object/>");
  const sheets = flat.split(/<table:table (?=[^>]*table:name=")/).slice(1);
  for (const sheet of sheets) {
    const name = /table:name="([^"]*)"/
      .exec(sheet)![1]!
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
    const own = sheet.split("</table:table>")[0]!;
    counts.set(name, (own.match(/<draw:(frame|custom-shape|control|rect|line|g)\b/g) ?? []).length);
  }
  return counts;
}
