/** The command line's only contact with the file system. */
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { UnusableInputError, UnwritableOutputError } from "./errors";

/** The file's bytes, as a plain Uint8Array view of what was read (not a copy: a workbook can be tens of MB). */
export async function readInput(path: string): Promise<Uint8Array> {
  try {
    const read = await readFile(path);
    return new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnusableInputError(`${path} does not exist.`);
    if (code === "EISDIR") throw new UnusableInputError(`${path} is a folder, not a workbook.`);
    throw new UnusableInputError(`${path} could not be read (${code ?? "unknown error"}).`);
  }
}

/** Why a write failed, in words an analyst can act on. */
function writeFailure(path: string, error: unknown): UnwritableOutputError {
  const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
  const why: Record<string, string> = {
    EISDIR: "it is a folder",
    EACCES: "permission was refused",
    EPERM: "permission was refused",
    ENOSPC: "the disk is full",
    EROFS: "the disk is read-only",
    EBUSY: "the file is open in another program",
  };
  const reason = why[code] ?? `the system said ${code}`;
  return new UnwritableOutputError(`${path} could not be written (${reason}); any file already there is unchanged.`, {
    cause: error,
  });
}

/**
 * Writes atomically: to a new temporary file beside the target, flushed to
 * disk, then renamed over it, so a failure never leaves a half-written
 * workbook where the previous one was. On failure the temporary file is
 * removed and the target is as it was (or still absent).
 *
 * @throws UnwritableOutputError when the file cannot be written.
 */
export async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  const full = resolve(path);
  // Random, and created exclusively ("wx"): never reuses or follows a file already there. (The global
  // Web Crypto object is loaded when first used: importing node:crypto cost validate about 15 ms at start.)
  const temporary = `${dirname(full)}/.${basename(full)}.${process.pid}-${globalThis.crypto.randomUUID().slice(0, 8)}.tmp`;
  try {
    await mkdir(dirname(full), { recursive: true });
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(bytes);
      // Flushed before the rename: after a power cut the name points at whole bytes.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, full);
  } catch (error) {
    await rm(temporary, { force: true });
    throw writeFailure(path, error);
  }
}

/** True when two paths name the same file, so `build` can refuse to overwrite its input. */
export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}
