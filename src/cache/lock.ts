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
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(fs.readFileSync(file, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new BuildLockedError(`another build (process ${pid}) is writing ${what}; wait for it to finish, or remove ${file} if no build is running`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new BuildLockedError(`could not take the lock ${file}`);
}
