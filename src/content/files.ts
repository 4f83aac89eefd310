import path from "node:path";
import { walkFiles } from "../files/index.js";

/**
 * The Markdown files under `dir`, sorted, with any folder or file whose name starts with `.` or `_`
 * left out (editors' notes, drafts folders of tools).
 */
export function listMarkdown(dir: string): string[] {
  return walkFiles(dir, { skipStarting: "._", filter: (name) => name.endsWith(".md") }).map((name) => path.join(dir, name));
}
