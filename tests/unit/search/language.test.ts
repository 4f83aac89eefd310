import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreSearch } from "../../../src/bench/search-score.js";
import { indexLanguage, nameStandInIndexes, renameIndex } from "../../../src/search/index.js";
import { tempDir } from "../../helpers/site.js";

describe("indexLanguage", () => {
  it.each([
    ["az", ["en", "az", "ru"], "tr"],
    ["az", ["az"], "tr"],
    // A site with a Turkish edition keeps the two indexes apart: Azerbaijani stays unstemmed.
    ["az", ["az", "tr"], "az"],
    ["ru", ["en", "az", "ru"], "ru"],
    ["en", ["en", "az"], "en"],
  ] as const)("a story in %s on a site in %j is indexed as %s", (lang, site, expected) => {
    expect(indexLanguage(lang, site)).toBe(expected);
  });
});

describe("renameIndex and nameStandInIndexes", () => {
  const entry = (languages: Record<string, unknown>): string => JSON.stringify({ version: "1.6.0", languages, include_characters: ["_"] });
  const read = (dir: string): { version: string; languages: Record<string, unknown> } => JSON.parse(fs.readFileSync(path.join(dir, "pagefind-entry.json"), "utf8"));

  it("names the Turkish-stemmed index after Azerbaijani, keeping its files and stemmer", () => {
    const dir = tempDir("entry");
    fs.writeFileSync(path.join(dir, "pagefind-entry.json"), entry({ en: { hash: "en_1", wasm: "en", page_count: 3 }, tr: { hash: "tr_2", wasm: "tr", page_count: 4 } }));
    nameStandInIndexes(dir, ["en", "az", "ru"]);
    expect(read(dir)).toEqual({ version: "1.6.0", languages: { en: { hash: "en_1", wasm: "en", page_count: 3 }, az: { hash: "tr_2", wasm: "tr", page_count: 4 } }, include_characters: ["_"] });
  });

  it("leaves a bundle without the stand-in's index, or with the target already named, as it was", () => {
    const dir = tempDir("entry");
    const text = entry({ en: { hash: "en_1" }, ru: { hash: "ru_1" } });
    fs.writeFileSync(path.join(dir, "pagefind-entry.json"), text);
    nameStandInIndexes(dir, ["en", "az", "ru"]);
    expect(fs.readFileSync(path.join(dir, "pagefind-entry.json"), "utf8")).toBe(text);
    fs.writeFileSync(path.join(dir, "pagefind-entry.json"), entry({ az: { hash: "az_1" }, tr: { hash: "tr_1" } }));
    expect(renameIndex(dir, "tr", "az")).toBe(false);
    expect(Object.keys(read(dir).languages)).toEqual(["az", "tr"]);
  });
});

describe("scoreSearch", () => {
  it("counts per query the relevant stories found and the wrong ones, then recall and precision", () => {
    const score = scoreSearch(
      [
        { query: "neftin", finds: ["oil-price", "oil-export"] },
        { query: "qanunlar", finds: ["law"] },
        { query: "xalçalar", finds: ["carpets"] },
      ],
      new Map([
        ["neftin", ["oil-price", "oil-export", "gas"]],
        ["qanunlar", []],
        ["xalçalar", ["carpets"]],
      ]),
    );
    expect(score.queries).toEqual([
      { query: "neftin", relevant: 2, found: 2, wrong: 1 },
      { query: "qanunlar", relevant: 1, found: 0, wrong: 0 },
      { query: "xalçalar", relevant: 1, found: 1, wrong: 0 },
    ]);
    expect([score.found, score.relevant, score.wrong, score.recall, score.precision]).toEqual([3, 4, 1, 0.75, 0.75]);
  });
});
