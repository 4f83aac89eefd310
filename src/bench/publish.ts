import fs from "node:fs";
import path from "node:path";
import { walkFiles } from "../files/index.js";
import { sha256 } from "../hash/index.js";

/** How one output folder differs from another: files that appeared, changed or disappeared. */
export interface TreeChange {
  readonly appeared: readonly string[];
  readonly changed: readonly string[];
  readonly disappeared: readonly string[];
}

/** Every file under `dir`, relative, with the SHA-256 of its bytes: a tree read whole, trusting no manifest. */
export function treeHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of walkFiles(dir)) hashes.set(file, sha256(fs.readFileSync(path.join(dir, file))));
  return hashes;
}

/** What changed from `before` to `after`. */
export function treeChange(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): TreeChange {
  const appeared: string[] = [];
  const changed: string[] = [];
  for (const [file, hash] of after) {
    const old = before.get(file);
    if (old === undefined) appeared.push(file);
    else if (old !== hash) changed.push(file);
  }
  return { appeared, changed, disappeared: [...before.keys()].filter((f) => !after.has(f)) };
}

/** Whether two trees are the same files with the same bytes. */
export function sameTree(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [file, hash] of a) if (b.get(file) !== hash) return false;
  return true;
}

/** The newest article file of a corpus (its files sort by date folder), and one from the middle of the archive. */
export function pickArticles(contentDir: string): { newest: string; older: string } {
  const files = walkFiles(path.join(contentDir, "articles"), { filter: (f) => f.endsWith(".md") });
  const newest = files.at(-1);
  const older = files[Math.floor(files.length / 2)];
  if (!newest || !older) throw new Error(`${contentDir} has no articles`);
  return { newest: path.join(contentDir, "articles", newest), older: path.join(contentDir, "articles", older) };
}

/**
 * A new article like the newest of the corpus (its section, tags and byline), dated `minutesBefore`
 * minutes before `buildEpoch`, written beside it; returns its path.
 */
export function publishArticle(newest: string, buildEpoch: number, n: number): string {
  const text = fs.readFileSync(newest, "utf8");
  const field = (name: string): string => new RegExp(`^${name}: (.*)$`, "m").exec(text)?.[1] ?? "";
  const date = new Date((buildEpoch - 60 * n) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const file = path.join(path.dirname(newest), `bench-published-${n}.md`);
  fs.writeFileSync(file, [
    "---",
    `title: "A story published by the bench, number ${n}"`,
    `date: ${date}`,
    `byline: ${field("byline")}`,
    // Tags written inline (`tags: [A, B]`) or as a block list (`tags:` then `  - A` lines).
    `tags:${/^tags:(.*(?:\n[ \t]+- .*)*)$/m.exec(text)?.[1] ?? " []"}`,
    `section: ${field("section")}`,
    "---",
    "The bench published this story to time what a newsroom's next story costs to put online.",
    "",
  ].join("\n"));
  return file;
}
