/**
 * Which source files may have changed since the last build, asked of git instead of reading every
 * file: git compares the commit the last build was made from with the commit checked out (two trees,
 * no file read), and the working tree with the commit (a stat of each tracked file, as `git status`
 * does). A file git calls unchanged is not read or hashed; the build cache's hash of it stands.
 *
 * Where git cannot tell, every file is hashed as before: the content is not in a git work tree, git
 * is not installed, or the last build's commit is not in this clone (a shallow CI checkout).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileHash } from "../hash/index.js";

/** The sources as one build found them: the commit checked out, and what differed from it then. */
export interface SourceMark {
  /** The commit checked out. */
  readonly commit: string;
  /**
   * Files under the watched folders that differed from `commit` (edited, added, deleted, untracked),
   * relative to the work tree's top, each with its content hash then (`missing` for a deleted one).
   */
  readonly unsure: ReadonlyArray<readonly [file: string, hash: string]>;
}

/** What git says of the sources of this build. */
export interface SourceChanges {
  /** This build's mark, kept with the cache for the next build; absent when git cannot tell. */
  readonly mark?: SourceMark;
  /**
   * The files that may differ from what the last build read, as absolute paths; absent when that is
   * unknown (no mark of the last build, or its commit is not here), and then every file is hashed.
   */
  readonly changed?: ReadonlySet<string>;
  /** Why `changed` is absent, in words for the build's report. */
  readonly reason?: string;
}

/** Runs git in `cwd`, giving its NUL-separated output, or `undefined` when it fails. */
function git(cwd: string, args: readonly string[]): string[] | undefined {
  try {
    const out = execFileSync("git", ["-c", "core.quotePath=false", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 512 * 1024 * 1024 });
    return out.split("\0").filter((line) => line !== "");
  } catch {
    return undefined;
  }
}

/**
 * The changes to the files under `folders` (absolute or relative to the working folder) since the
 * build that left `previous`. The last build's unsure files count as changed: what it read of them
 * is not what any commit holds. Untracked files count too, ignored ones included, since the content
 * reader reads whatever is in the folder.
 * @example sourceChanges(["content", "templates"], state.sources).changed?.has(path.resolve("content/articles/x.md"))
 */
export function sourceChanges(folders: readonly string[], previous: SourceMark | undefined): SourceChanges {
  const first = path.resolve(folders[0] ?? ".");
  // One line each: rev-parse has no NUL-separated output.
  const [top, head] = git(first, ["rev-parse", "--show-toplevel", "HEAD"])?.[0]?.trim().split("\n") ?? [];
  if (!top || !head) return { reason: "the content is not in a git work tree with a commit" };
  // git names files under its top's real path; the build names them by the folders it was given,
  // which may pass through a symbolic link.
  const given = folders.map((f) => ({ alias: path.resolve(f), real: realPath(f) }));
  const scope = ["--", ...given.map((f) => path.relative(top, f.real) || ".")];
  const edited = git(top, ["diff", "--name-only", "--no-renames", "-z", "HEAD", ...scope]);
  const untracked = git(top, ["ls-files", "--others", "-z", ...scope]);
  if (!edited || !untracked) return { reason: "git could not compare the work tree with HEAD" };
  const unsure = [...new Set([...edited, ...untracked])].sort().map((file) => [file, fileHash(path.join(top, file))] as const);
  const mark: SourceMark = { commit: head, unsure };
  if (!previous) return { mark, reason: "the last build left no commit" };
  const committed = previous.commit === head ? [] : git(top, ["diff", "--name-only", "--no-renames", "-z", previous.commit, head, ...scope]);
  if (!committed) return { mark, reason: `the last build's commit ${previous.commit.slice(0, 12)} is not in this clone` };
  // A file that differed from the commit then and now is unchanged if its bytes are; one that
  // differed only then is what the commit holds now, which the last build may not have read.
  const before = new Map(previous.unsure);
  const now = new Map(unsure);
  const moved = [...now].filter(([file, hash]) => before.get(file) !== hash).map(([file]) => file);
  const restored = [...before.keys()].filter((file) => !now.has(file));
  const changed = new Set([...committed, ...moved, ...restored].map((f) => asGiven(path.join(top, f), given)));
  return { mark, changed };
}

/** Whether `file` (absolute or relative to the working folder) is known to be as the last build read it. */
export function knownUnchanged(changes: SourceChanges, file: string): boolean {
  return changes.changed !== undefined && !changes.changed.has(path.resolve(file));
}

function realPath(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}

/** `file`, a real path, as a path under the folder it was given by. */
function asGiven(file: string, given: ReadonlyArray<{ readonly alias: string; readonly real: string }>): string {
  const folder = given.find((f) => file.startsWith(f.real + path.sep));
  return folder ? folder.alias + file.slice(folder.real.length) : file;
}
