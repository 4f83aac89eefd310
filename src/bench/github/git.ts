import { execFile, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** One entry of a git tree, as `git ls-tree -l` prints it. */
export interface TreeEntry {
  readonly mode: string;
  readonly type: "blob" | "tree" | "commit";
  readonly sha: string;
  /** Blobs only. */
  readonly size?: number;
  readonly path: string;
}

/** A commit as the API reports it. */
export interface CommitInfo {
  readonly sha: string;
  readonly authorName: string;
  readonly authorEmail: string;
  readonly authorDate: string;
  readonly committerDate: string;
  readonly message: string;
  readonly tree: string;
}

/** One object read by `git cat-file --batch`. */
export interface GitObject {
  readonly type: string;
  readonly bytes: Buffer;
}

/**
 * Reads a real git repository for the GitHub API emulator, through git itself: `rev-parse` for
 * names, `ls-tree` for trees, one long-running `cat-file --batch` for objects, and one `log` pass
 * for the last commit of every path (which `GET /commits?path=` and GraphQL `history(path:)` ask).
 */
export class GitRepository {
  private batch: ChildProcessWithoutNullStreams | undefined;
  private pending: Array<{ resolve: (o: GitObject | undefined) => void; reject: (e: Error) => void }> = [];
  private buffered = Buffer.alloc(0);
  private lastCommits = new Map<string, Promise<Map<string, CommitInfo>>>();
  // Names and trees are read once: the repository must not change while it is served.
  private resolved = new Map<string, Promise<string | undefined>>();
  private trees = new Map<string, Promise<TreeEntry[]>>();
  private commits = new Map<string, Promise<CommitInfo | undefined>>();

  constructor(readonly dir: string) {}

  private async git(args: readonly string[]): Promise<string> {
    const { stdout } = await run("git", ["-C", this.dir, ...args], { maxBuffer: 1024 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  }

  /** The object a name such as `main`, `main:content/articles` or a sha points at, or nothing. */
  resolve(name: string): Promise<string | undefined> {
    let found = this.resolved.get(name);
    if (!found) {
      found = this.resolveNow(name);
      this.resolved.set(name, found);
    }
    return found;
  }

  private async resolveNow(name: string): Promise<string | undefined> {
    try {
      return (await this.git(["rev-parse", "--verify", "--quiet", "--end-of-options", name])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** The type of an object. */
  async typeOf(sha: string): Promise<string | undefined> {
    return (await this.read(sha))?.type;
  }

  /** A tree's entries; `recursive` walks sub-trees and lists them too, as GitHub's `recursive=1` does. */
  tree(treeish: string, recursive: boolean): Promise<TreeEntry[]> {
    const key = `${recursive ? "r" : "-"} ${treeish}`;
    let found = this.trees.get(key);
    if (!found) {
      found = this.treeNow(treeish, recursive);
      this.trees.set(key, found);
    }
    return found;
  }

  /** Reads ahead what the first calls would otherwise wait for: the last commit of every path of `rev`. */
  async warm(rev: string): Promise<void> {
    await this.lastCommitOf(rev, "");
  }

  private async treeNow(treeish: string, recursive: boolean): Promise<TreeEntry[]> {
    const out = await this.git(["ls-tree", "-l", "-z", ...(recursive ? ["-r", "-t"] : []), treeish]);
    return out
      .split("\0")
      .filter(Boolean)
      .map((line) => {
        const tab = line.indexOf("\t");
        const [mode, type, sha, size] = line.slice(0, tab).split(/ +/) as [string, TreeEntry["type"], string, string];
        return { mode, type, sha, path: line.slice(tab + 1), ...(size !== "-" ? { size: Number(size) } : {}) };
      });
  }

  /** One commit; read once per name, as names are (Sveltia asks for the branch's head once per file). */
  commit(rev: string): Promise<CommitInfo | undefined> {
    let found = this.commits.get(rev);
    if (!found) {
      found = this.commitNow(rev);
      this.commits.set(rev, found);
    }
    return found;
  }

  private async commitNow(rev: string): Promise<CommitInfo | undefined> {
    try {
      const out = await this.git(["show", "-s", `--format=${FORMAT}`, rev, "--"]);
      return parseCommit(out.split("\x1e")[0] ?? "");
    } catch {
      return undefined;
    }
  }

  /** The newest commits of a branch, newest first. */
  async history(rev: string, count: number): Promise<CommitInfo[]> {
    const out = await this.git(["log", `-${count}`, `--format=${FORMAT}`, rev, "--"]);
    return out.split("\x1e").map((c) => c.trim()).filter(Boolean).map(parseCommit);
  }

  /** The newest commit of `rev` that touched `path` (a file or a folder), from one walk of the history. */
  async lastCommitOf(rev: string, path: string): Promise<CommitInfo | undefined> {
    const head = await this.resolve(rev);
    if (!head) return undefined;
    let map = this.lastCommits.get(head);
    if (!map) {
      map = this.walk(head);
      this.lastCommits.set(head, map);
    }
    const found = await map;
    const exact = found.get(path);
    if (exact) return exact;
    // A folder: the newest commit of any file below it.
    let best: CommitInfo | undefined;
    for (const [file, info] of found) if (file.startsWith(`${path}/`) && (!best || info.committerDate > best.committerDate)) best = info;
    return best;
  }

  private async walk(head: string): Promise<Map<string, CommitInfo>> {
    const out = await this.git(["log", `--format=\x1d${FORMAT}`, "--name-only", "-z", head, "--"]);
    const map = new Map<string, CommitInfo>();
    for (const chunk of out.split("\x1d").filter(Boolean)) {
      const end = chunk.indexOf("\x1e");
      const info = parseCommit(chunk.slice(0, end));
      for (const file of chunk.slice(end + 1).split(/[\0\n]/).filter(Boolean)) if (!map.has(file)) map.set(file, info);
    }
    return map;
  }

  /** An object's type and bytes, or nothing when the repository has no such object. */
  read(sha: string): Promise<GitObject | undefined> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return Promise.resolve(undefined);
    const batch = this.startBatch();
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      batch.stdin.write(`${sha}\n`);
    });
  }

  private startBatch(): ChildProcessWithoutNullStreams {
    if (this.batch) return this.batch;
    const batch = spawn("git", ["-C", this.dir, "cat-file", "--batch"], { stdio: ["pipe", "pipe", "pipe"] });
    batch.stdout.on("data", (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.drain();
    });
    batch.on("exit", () => {
      for (const p of this.pending.splice(0)) p.reject(new Error("git cat-file stopped"));
      this.batch = undefined;
    });
    this.batch = batch;
    return batch;
  }

  private drain(): void {
    for (;;) {
      const newline = this.buffered.indexOf(10);
      if (newline < 0) return;
      const header = this.buffered.subarray(0, newline).toString();
      const waiting = this.pending[0];
      if (!waiting) return;
      if (header.endsWith(" missing")) {
        this.buffered = this.buffered.subarray(newline + 1);
        this.pending.shift();
        waiting.resolve(undefined);
        continue;
      }
      const [, type, size] = header.split(" ");
      const length = Number(size);
      if (this.buffered.length < newline + 1 + length + 1) return;
      const bytes = Buffer.from(this.buffered.subarray(newline + 1, newline + 1 + length));
      this.buffered = this.buffered.subarray(newline + 1 + length + 1);
      this.pending.shift();
      waiting.resolve({ type: type ?? "", bytes });
    }
  }

  /** Stops the object reader. */
  close(): void {
    this.batch?.stdin.end();
    this.batch?.kill();
  }
}

const FORMAT = "%H%x1f%an%x1f%ae%x1f%aI%x1f%cI%x1f%T%x1f%s%x1e";

function parseCommit(text: string): CommitInfo {
  const [sha = "", authorName = "", authorEmail = "", authorDate = "", committerDate = "", tree = "", message = ""] = text.trim().split("\x1f");
  return { sha, authorName, authorEmail, authorDate, committerDate, tree, message: message.replace(/\x1e$/, "") };
}
