/** The command line's only contact with the file system. */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UnusableInputError } from "./errors";

export async function readInput(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnusableInputError(`${path} does not exist.`);
    if (code === "EISDIR") throw new UnusableInputError(`${path} is a folder, not a workbook.`);
    throw new UnusableInputError(`${path} could not be read (${code ?? "unknown error"}).`);
  }
}

/**
 * Writes atomically: to a temporary file beside the target, then renamed, so a
 * failure never leaves a half-written workbook where the previous one was.
 */
export async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  const full = resolve(path);
  await mkdir(dirname(full), { recursive: true });
  const temporary = `${full}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, full);
}

/** True when two paths name the same file, so `build` can refuse to overwrite its input. */
export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}
