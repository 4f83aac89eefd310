import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { walkFiles } from "../../../src/files/index.js";
import { ROOT, tempDir, writeFiles } from "../../helpers/site.js";

describe("the file walker", () => {
  it("lists every file all the way down, relative, with / between folders, sorted, and no folders", () => {
    const dir = tempDir("walk");
    writeFiles(dir, { "b.md": "", "a/z.md": "", "a/b/c.txt": "", ".hidden/x.md": "", "_drafts/y.md": "", "a/_note.md": "" });
    fs.mkdirSync(path.join(dir, "empty"));
    expect(walkFiles(dir)).toEqual([".hidden/x.md", "_drafts/y.md", "a/_note.md", "a/b/c.txt", "a/z.md", "b.md"]);
    expect(walkFiles(dir, { skipStarting: "._", filter: (f) => f.endsWith(".md") })).toEqual(["a/z.md", "b.md"]);
    expect(walkFiles(path.join(dir, "nowhere"))).toEqual([]);
  });

  it("is the only recursive listing in src/", () => {
    const own = path.join("src", "files", "walk.ts");
    const others = walkFiles(path.join(ROOT, "src"), { filter: (f) => f.endsWith(".ts") })
      .filter((f) => path.join("src", f) !== own)
      .filter((f) => /readdirSync\([^)]*recursive: true/.test(fs.readFileSync(path.join(ROOT, "src", f), "utf8")));
    expect(others).toEqual([]);
  });
});
