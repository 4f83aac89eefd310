import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RUSSIAN_TRANSLITERATION } from "../../../src/slugs/russian.js";
import { ROOT } from "../../helpers/site.js";

const DOC = fs.readFileSync(path.join(ROOT, "docs", "languages.md"), "utf8");

describe("docs/languages.md", () => {
  it("names only paths of the project that exist", () => {
    const named = [...DOC.replace(/^```[\s\S]*?^```$/gm, "").matchAll(/`((?:src|tests|templates|content|docs)\/[^`\s<>]+)`/g)].map((m) => m[1] ?? "");
    expect(named.length).toBeGreaterThan(8);
    expect(named.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it("shows the transliteration table the code uses, letter for letter", () => {
    const table = DOC.slice(DOC.indexOf("## Slugs: Russian transliteration"));
    const documented = new Map<string, string>();
    for (const row of table.split("\n").filter((line) => /^\| [а-яё] \|/.test(line))) {
      const cells = row.split("|").slice(1, -1).map((c) => c.trim());
      for (let i = 0; i + 1 < cells.length; i += 2) {
        const letter = cells[i] ?? "";
        if (letter !== "") documented.set(letter, cells[i + 1] === "(dropped)" ? "" : (cells[i + 1] ?? ""));
      }
    }
    const lower = new Map(RUSSIAN_TRANSLITERATION.filter(([letter]) => letter === letter.toLowerCase()));
    expect(documented).toEqual(lower);
  });
});
