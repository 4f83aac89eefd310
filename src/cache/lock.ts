import fs from "node:fs";
import path from "node:path";

/** Thrown when another build holds the output folder. */
export class BuildLockedError extends Error {
  override readonly name = "BuildLockedError";
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the lock file of an output folder for this process, so that two builds never write one
 * output or one cache at once. A lock left by a process that is gone is taken over. Returns the
 * function that gives it back.
 */
export function acquireLock(file: string, what: string): () => void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // The pid is written first and the file linked into place, so a lock never exists without its pid.
  const mine = `${file}.${process.pid}`;
  fs.writeFileSync(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        fs.linkSync(mine, file);
        return () => fs.rmSync(file, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        let pid: number;
        try {
          pid = Number(fs.readFileSync(file, "utf8").trim());
        } catch {
          continue; // Removed while we looked: try again.
        }
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
          throw new BuildLockedError(`another build (process ${pid}) is writing ${what}; wait for it to finish, or remove ${file} if no build is running`);
        }
        // Left by a process that is gone: taken over, by one build only (a rename is atomic).
        const stale = `${file}.stale.${process.pid}`;
        try {
          fs.renameSync(file, stale);
          fs.rmSync(stale, { force: true });
        } catch {
          // Another build took it over first; the next attempt finds its lock.
        }
      }
    }
    throw new BuildLockedError(`could not take the lock ${file}`);
  } finally {
    fs.rmSync(mine, { force: true });
  }
}
