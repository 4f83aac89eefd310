import fs from "node:fs";
import path from "node:path";

/** Thrown when another build holds the output folder. */
export class BuildLockedError extends Error {
  override readonly name = "BuildLockedError";
}

/** What the kernel says of a process: its state letter and when it started (in clock ticks since boot). */
interface ProcessStat {
  readonly state: string;
  readonly start: string;
}

/** `/proc/<pid>/stat` read, or `undefined` when there is no such process; `null` where there is no `/proc`. */
function processStat(pid: number): ProcessStat | undefined | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return fs.existsSync("/proc/self/stat") ? undefined : null;
  }
  // The command name, in parentheses, may hold spaces: the fields are counted from the last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // Field 3 is the state; field 22 the start time (man 5 proc), the 1st and 20th after the name.
  return { state: fields[0] ?? "", start: fields[19] ?? "" };
}

/** How this process is named in a lock file: its pid, and where the kernel tells, its start time. */
export function lockOwner(pid: number = process.pid): string {
  const stat = processStat(pid);
  return stat ? `${pid} ${stat.start}` : String(pid);
}

/**
 * Whether the process a lock file names still runs. A pid alone is not enough: pids are reused (here
 * `pid_max` is 32768), and a process just killed may not be reaped yet. So where the kernel has
 * `/proc`, a process that has exited (a zombie) holds no lock, and neither does a process with the
 * lock's pid that started at another time than the one that wrote the lock.
 */
function alive(pid: number, start: string | undefined): boolean {
  const stat = processStat(pid);
  if (stat === undefined) return false;
  if (stat !== null) return stat.state !== "Z" && stat.state !== "X" && (start === undefined || start === stat.start);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the lock file of an output folder for this process, so that two builds never write one
 * output or one cache at once. A lock left by a process that is gone is taken over at once, so a
 * build killed in CI does not block the next. Returns the function that gives it back.
 *
 * Why not `proper-lockfile`: it tells a stale lock by a heartbeat on the lock's modification time,
 * so the build after a killed one waits out the stale period (10 s by default, 2 s at least), and a
 * build whose event loop is busy longer than that (the model of a 100,000-story archive) would find
 * its lock taken over. The owner's pid and start time say at once, and for certain, whether it runs.
 */
export function acquireLock(file: string, what: string): () => void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // The pid is written first and the file linked into place, so a lock never exists without its pid.
  const mine = `${file}.${process.pid}`;
  fs.writeFileSync(mine, `${lockOwner()}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        fs.linkSync(mine, file);
        return () => fs.rmSync(file, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        let owner: string[];
        try {
          owner = fs.readFileSync(file, "utf8").trim().split(" ");
        } catch {
          continue; // Removed while we looked: try again.
        }
        const pid = Number(owner[0]);
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid, owner[1])) {
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
