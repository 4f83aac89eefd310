import fs from "node:fs";
import path from "node:path";

/**
 * The Markdown files under `dir`, sorted, with any folder or file whose name starts with `.` or `_`
 * left out (editors' notes, drafts folders of tools).
 */
export function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((name) => name.endsWith(".md") && !name.split(path.sep).some((part) => part.startsWith(".") || part.startsWith("_")))
    .map((name) => path.join(dir, name))
    .sort();
}
