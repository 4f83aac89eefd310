import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { contentHash } from "../hash/index.js";
import { walkFiles } from "../files/index.js";

/**
 * The project's root: where `src/` and `package-lock.json` are, found upwards from this module
 * (which runs from `src/cache/`, or compiled, from `dist/cache/`).
 */
export function projectRoot(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "src", "pipeline", "build.ts"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root above ${from}`);
  }
}

const filesUnder = (dir: string): string[] => walkFiles(dir);

/** One hash of every file under `dir`, by name and content. */
export function folderVersion(dir: string): string {
  const parts: string[] = [];
  for (const file of filesUnder(dir)) parts.push(file, contentHash(fs.readFileSync(path.join(dir, file))));
  return contentHash(parts.join("\0"));
}

/** The version of the sources: every file of `src/`, by name and content (what `dist/` is compiled from). */
export function sourceVersion(root: string = projectRoot()): string {
  return folderVersion(path.join(root, "src"));
}

/**
 * The version of the code a build runs: every file of `src/`, the locked dependencies and Node's
 * version. A cache made by other code is never used: what changed in it cannot be traced to pages.
 */
export function codeVersion(root: string = projectRoot()): string {
  const parts = [process.version, sourceVersion(root)];
  const lock = path.join(root, "package-lock.json");
  parts.push(fs.existsSync(lock) ? contentHash(fs.readFileSync(lock)) : "no lock file");
  return contentHash(parts.join("\0"));
}

const REFERENCE = /\{%-?\s*(?:extends|include|import|from)\s+["']([^"']+)["']/g;

/**
 * For each template of `templatesDir`, a hash of the template and of every template it extends,
 * includes or imports, all the way down: a page's key holds its template's, so that a change to a
 * template reaches exactly the pages that use it.
 * @example templateKeys("templates").get("pages/article.njk") // changes with layouts/base.njk
 */
export function templateKeys(templatesDir: string): Map<string, string> {
  const files = filesUnder(templatesDir).filter((f) => f.endsWith(".njk")).map((f) => f.split(path.sep).join("/"));
  const text = new Map(files.map((f) => [f, fs.readFileSync(path.join(templatesDir, f), "utf8")]));
  const keys = new Map<string, string>();
  const closure = (name: string, seen: Set<string>): string[] => {
    if (seen.has(name)) return [];
    seen.add(name);
    const source = text.get(name) ?? "";
    return [name, contentHash(source), ...[...source.matchAll(REFERENCE)].flatMap((m) => closure(m[1] ?? "", seen))];
  };
  // The interface strings (`i18n/*.json`) may be used by any template: they count in every key.
  const strings = filesUnder(path.join(templatesDir, "i18n")).flatMap((f) => [f, contentHash(fs.readFileSync(path.join(templatesDir, "i18n", f)))]);
  for (const file of files) keys.set(file, contentHash([...closure(file, new Set()), ...strings].join("\0")));
  return keys;
}
