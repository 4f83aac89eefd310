import { listFiles } from "../files/index.js";
import { SEARCH_INDEX_URL } from "../urls/index.js";

/**
 * The files of each search bundle written under `root`, by bundle URL, relative to `root`: a file
 * belongs to the deepest bundle folder it is in.
 * @example bundleFiles("_site", ["/pagefind/", "/pagefind/2019/"]).get("/pagefind/2019/") // ["pagefind/2019/pagefind.js", ...]
 */
export function bundleFiles(root: string, bundles: readonly string[]): Map<string, string[]> {
  const folders = [...bundles].sort((a, b) => b.length - a.length);
  const found = new Map<string, string[]>(bundles.map((b) => [b, []]));
  for (const file of listFiles(root, SEARCH_INDEX_URL)) {
    const owner = folders.find((b) => `/${file}`.startsWith(b));
    if (owner) found.get(owner)?.push(file);
  }
  return found;
}
