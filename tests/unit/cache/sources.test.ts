import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { knownUnchanged, sourceChanges, type SourceChanges } from "../../../src/cache/sources.js";
import { tempDir } from "../../helpers/site.js";

/** A git work tree with `content/` holding two articles, committed. */
function repository(): { dir: string; content: string; git: (...args: string[]) => string; write: (file: string, text: string) => string } {
  const dir = tempDir("sources");
  const content = path.join(dir, "content");
  const git = (...args: string[]): string => execFileSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: dir, encoding: "utf8" }).trim();
  const write = (file: string, text: string): string => {
    const full = path.join(content, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    return full;
  };
  write("articles/a.md", "a\n");
  write("articles/b.md", "b\n");
  fs.writeFileSync(path.join(dir, "README.md"), "not content\n");
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "first");
  return { dir, content, git, write };
}

const changedFiles = (changes: SourceChanges, root: string): string[] => [...(changes.changed ?? [])].map((f) => path.relative(root, f)).sort();

describe("sourceChanges: what git says changed since the last build", () => {
  it("knows nothing outside a git work tree, and says why", () => {
    const dir = tempDir("sources-none");
    fs.mkdirSync(path.join(dir, "content"));
    const changes = sourceChanges([path.join(dir, "content")], undefined);
    expect(changes.mark).toBeUndefined();
    expect(changes.changed).toBeUndefined();
    expect(changes.reason).toBe("the content is not in a git work tree with a commit");
  });

  it("marks the first build with its commit, and knows no file unchanged until there is a last build", () => {
    const repo = repository();
    const changes = sourceChanges([repo.content], undefined);
    expect(changes.mark).toEqual({ commit: repo.git("rev-parse", "HEAD"), unsure: [] });
    expect(changes.reason).toBe("the last build left no commit");
    expect(knownUnchanged(changes, path.join(repo.content, "articles/a.md"))).toBe(false);
  });

  it("names the files changed by the commits since the last build's, and no file outside the folders", () => {
    const repo = repository();
    const first = sourceChanges([repo.content], undefined).mark;
    repo.write("articles/a.md", "a, edited\n");
    repo.write("articles/c.md", "c\n");
    fs.writeFileSync(path.join(repo.dir, "README.md"), "edited\n");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "second");
    const changes = sourceChanges([repo.content], first);
    expect(changedFiles(changes, repo.content)).toEqual(["articles/a.md", "articles/c.md"]);
    expect(knownUnchanged(changes, path.join(repo.content, "articles/b.md"))).toBe(true);
    // Relative to the working folder, as the build names files.
    expect(knownUnchanged(changes, path.relative(process.cwd(), path.join(repo.content, "articles/b.md")))).toBe(true);
    expect(knownUnchanged(changes, path.join(repo.content, "articles/a.md"))).toBe(false);
  });

  it("counts uncommitted, deleted and untracked files, ignored ones included, then only those whose bytes change again", () => {
    const repo = repository();
    fs.writeFileSync(path.join(repo.dir, ".gitignore"), "*.tmp\n");
    const first = sourceChanges([repo.content], undefined).mark;
    repo.write("articles/a.md", "a, not committed\n");
    fs.rmSync(path.join(repo.content, "articles/b.md"));
    repo.write("articles/new.md", "new\n");
    repo.write("articles/scratch.tmp", "ignored by git, read by the build\n");
    const second = sourceChanges([repo.content], first);
    expect(changedFiles(second, repo.content)).toEqual(["articles/a.md", "articles/b.md", "articles/new.md", "articles/scratch.tmp"]);
    expect(second.mark?.unsure.find(([file]) => file === "content/articles/b.md")?.[1]).toBe("missing");
    // Built again with the same uncommitted files: none changed since.
    const third = sourceChanges([repo.content], second.mark);
    expect(changedFiles(third, repo.content)).toEqual([]);
    repo.write("articles/new.md", "new, edited again\n");
    expect(changedFiles(sourceChanges([repo.content], third.mark), repo.content)).toEqual(["articles/new.md"]);
  });

  it("counts a file whose uncommitted edit was discarded: the last build read the edit, not the commit", () => {
    const repo = repository();
    repo.write("articles/a.md", "a, not committed\n");
    const dirty = sourceChanges([repo.content], undefined).mark;
    repo.git("checkout", "--", ".");
    expect(changedFiles(sourceChanges([repo.content], dirty), repo.content)).toEqual(["articles/a.md"]);
  });

  it("follows a rollback to an older commit", () => {
    const repo = repository();
    const older = repo.git("rev-parse", "HEAD");
    repo.write("articles/a.md", "a, second version\n");
    repo.git("commit", "-qam", "second");
    const built = sourceChanges([repo.content], undefined).mark;
    repo.git("reset", "-q", "--hard", older);
    expect(changedFiles(sourceChanges([repo.content], built), repo.content)).toEqual(["articles/a.md"]);
  });

  it("knows nothing when the last build's commit is not in this clone (a shallow checkout)", () => {
    const repo = repository();
    const changes = sourceChanges([repo.content], { commit: "0123456789abcdef0123456789abcdef01234567", unsure: [] });
    expect(changes.changed).toBeUndefined();
    expect(changes.reason).toBe("the last build's commit 0123456789ab is not in this clone");
    expect(changes.mark?.commit).toBe(repo.git("rev-parse", "HEAD"));
  });

  it("names files by the folder the build was given, through a symbolic link", () => {
    const repo = repository();
    const link = path.join(tempDir("sources-link"), "site");
    fs.symlinkSync(repo.dir, link);
    const content = path.join(link, "content");
    const first = sourceChanges([content], undefined).mark;
    repo.write("articles/a.md", "a, edited\n");
    const changes = sourceChanges([content], first);
    expect([...(changes.changed ?? [])]).toEqual([path.join(content, "articles/a.md")]);
    expect(knownUnchanged(changes, path.join(content, "articles/b.md"))).toBe(true);
  });
});
