import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreSearch } from "../../src/bench/search-score.js";
import { readSearchCorpus, searchCorpus } from "../../src/bench/search-stemming.js";
import { indexLanguage } from "../../src/search/index.js";
import { hasChromium } from "../helpers/browser.js";
import { ROOT, tempDir } from "../helpers/site.js";

const corpus = readSearchCorpus(path.join(ROOT, "tests", "fixtures", "search-az", "corpus.json"));

describe.runIf(hasChromium)("Azerbaijani search, with Pagefind's Turkish stemmer and without", () => {
  it("the build's choice finds at least as much as the other, less its wrong stories, and finds an inflected form", async () => {
    const chosen = indexLanguage("az", ["en", "az", "ru"]);
    const other = chosen === "az" ? "tr" : "az";
    const foundChosen = await searchCorpus(corpus, chosen, "az", tempDir("search-az"));
    const foundOther = await searchCorpus(corpus, other, "az", tempDir("search-az"));
    const a = scoreSearch(corpus.queries, foundChosen);
    const b = scoreSearch(corpus.queries, foundOther);
    expect(a.queries).toHaveLength(10);
    // When a Pagefind upgrade turns this round, measure again (npm run bench -- search-az) and choose again.
    expect(a.found - a.wrong, `chosen ${chosen}: ${a.found} found, ${a.wrong} wrong; ${other}: ${b.found} found, ${b.wrong} wrong`).toBeGreaterThanOrEqual(b.found - b.wrong);
    // "qanunlar" (laws) finds the story that says "qanunu" and "qanunun" only through the stemmer.
    expect(foundChosen.get("qanunlar")).toEqual(["parliament-law"]);
  });
});
