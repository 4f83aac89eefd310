import fs from "node:fs";
import path from "node:path";

/** What an incremental build changes in the output folder. */
export interface OutputChanges {
  /** Files written into the staging folder, relative: each replaces or adds the same file in the output. */
  readonly writes: readonly string[];
  /** Files of the output that the new site no longer has. */
  readonly deletes: readonly string[];
}

/**
 * Moves the staged files into the output folder and deletes the files that are gone, then removes
 * the staging folder and any folder left empty. `journal` is written first and removed last: if the
 * process dies in between, the next build finds it and builds afresh, since the output may then be
 * half old and half new.
 */
export function applyChanges(staging: string, output: string, changes: OutputChanges, journal: string): void {
  fs.mkdirSync(path.dirname(journal), { recursive: true });
  fs.writeFileSync(journal, JSON.stringify({ output: path.resolve(output), ...changes }));
  const folders = new Set<string>();
  for (const file of changes.writes) {
    const target = path.join(output, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(path.join(staging, file), target);
  }
  for (const file of changes.deletes) {
    fs.rmSync(path.join(output, file), { force: true });
    folders.add(path.dirname(file));
  }
  // Deepest first, so that a folder emptied by its children's removal goes too.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) removeEmpty(output, folder);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(journal, { force: true });
}

function removeEmpty(root: string, folder: string): void {
  for (let dir = folder; dir !== "." && dir !== "" && dir !== path.sep; dir = path.dirname(dir)) {
    const full = path.join(root, dir);
    try {
      if (fs.readdirSync(full).length > 0) return;
      fs.rmdirSync(full);
    } catch {
      return;
    }
  }
}
