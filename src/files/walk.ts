import fs from "node:fs";
import path from "node:path";

/** Options of {@link walkFiles}. */
export interface WalkOptions {
  /** Leave out every file inside a folder, or named, with a first letter here (`"._"`: dot files and `_drafts/`). */
  readonly skipStarting?: string;
  /** Keep only the files this says yes to, given their path relative to the folder walked. */
  readonly filter?: (relative: string) => boolean;
}

/**
 * Every file under `dir`, all the way down, as paths relative to it with `/` between folders, sorted
 * by code unit; none when `dir` does not exist. Folders and other non-files are left out. The one
 * walker of the project: the content reader, the build cache, the manifest, the templates' keys, the
 * desk and the bench all list files through it.
 * @example walkFiles("content/articles", { skipStarting: "._", filter: (f) => f.endsWith(".md") })
 */
export function walkFiles(dir: string, options: WalkOptions = {}): string[] {
  if (!fs.existsSync(dir)) return [];
  const { skipStarting, filter } = options;
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (skipStarting && relative.split("/").some((part) => skipStarting.includes(part[0] ?? ""))) continue;
    if (filter && !filter(relative)) continue;
    files.push(relative);
  }
  return files.sort();
}

/**
 * The files under `root/under`, as paths relative to `root`: {@link walkFiles} of one of its folders.
 * @example listFiles("_site", "pagefind") // ["pagefind/pagefind.js", ...]
 */
export function listFiles(root: string, under = ""): string[] {
  const prefix = under.split(path.sep).join("/").replace(/^\/+|\/+$/g, "");
  return walkFiles(path.join(root, prefix)).map((file) => (prefix ? `${prefix}/${file}` : file));
}
