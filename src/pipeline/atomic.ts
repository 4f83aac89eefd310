import fs from "node:fs";
import path from "node:path";

/** A fresh, empty folder beside `target` on the same file system, so the final swap is a rename. */
export function stagingDir(target: string): string {
  const dir = `${path.resolve(target)}.staging-${process.pid}`;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Puts `staging` in place of `target` with two renames. If the second rename fails, the old output is
 * put back, so `target` is always either the old build or the new one, never a mix.
 */
export function swapInto(staging: string, target: string): void {
  const resolved = path.resolve(target);
  const old = `${resolved}.old-${process.pid}`;
  fs.rmSync(old, { recursive: true, force: true });
  const hadOld = fs.existsSync(resolved);
  if (hadOld) fs.renameSync(resolved, old);
  try {
    fs.renameSync(staging, resolved);
  } catch (error) {
    if (hadOld) fs.renameSync(old, resolved);
    throw error;
  }
  if (hadOld) fs.rmSync(old, { recursive: true, force: true });
}

/** Removes a staging folder after a failed build. */
export function discard(staging: string): void {
  fs.rmSync(staging, { recursive: true, force: true });
}
