/**
 * Writing workbook files so that a failure never leaves a half-written one: the bytes go to a
 * temporary file beside the target, are flushed to disk, and then take the target's name in one step.
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, link, open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

/** The target of a no-overwrite write already exists; nothing was written. */
export class TargetExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
    this.name = "TargetExistsError";
  }
}

/** The temporary file a write to `target` goes through: same folder, so the rename stays on one disk. */
export function tempPathFor(target: string): string {
  return `${target}.${randomBytes(6).toString("hex")}.tmp`;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw error;
  }
}

/** Flushes a folder's entries, so the rename survives a power cut. Windows cannot open folders. */
async function syncFolder(path: string): Promise<void> {
  if (process.platform === "win32") return;
  const folder = await open(path, "r");
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/**
 * Writes `data` to `target` atomically: readers see the old file or the new one, never a mix.
 *
 * With `overwrite: false` an existing target is kept and the write fails with TargetExistsError.
 * That is decided by the file system (a hard link refuses an existing name), so a file that
 * appears meanwhile is not clobbered either; where hard links are not supported (FAT drives,
 * some network shares) it falls back to checking first.
 *
 * `mode` sets the new file's permissions (an in-place write keeps the original's).
 * The temporary file is removed whatever happens.
 * @throws TargetExistsError, or the file system's error (ENOENT for a missing folder, EACCES, ...).
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  options: { overwrite: boolean; mode?: number },
): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, "wx", options.mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await rename(temp, target);
    } else {
      await publishWithoutOverwrite(temp, target);
    }
    await syncFolder(dirname(target));
  } finally {
    await rm(temp, { force: true });
  }
}

async function publishWithoutOverwrite(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
    return;
  } catch (error) {
    const code = errorCode(error);
    if (code === "EEXIST") throw new TargetExistsError(target);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") throw error;
  }
  if (await exists(target)) throw new TargetExistsError(target);
  await rename(temp, target);
}
