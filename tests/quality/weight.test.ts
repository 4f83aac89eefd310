import { describe, expect, inject, it } from "vitest";
import { ARTICLE_BUDGET_BYTES, weighArticles, weighPage } from "../../src/cli/weight.js";

describe("page weight of the sample site", () => {
  it("every article page is under 50 KB of HTML + CSS and runs no script", () => {
    const weights = weighArticles(inject("sampleSite"));
    expect(weights).toHaveLength(17);
    for (const w of weights) {
      expect(w.totalBytes, w.page).toBeLessThan(ARTICLE_BUDGET_BYTES);
      expect(w.cssBytes, w.page).toBeGreaterThan(1000);
      expect(w.scripts, w.page).toBe(0);
    }
  });

  it("the search page's scripts are deferred, so none blocks rendering", () => {
    const search = weighPage(inject("sampleSite"), "search/index.html");
    expect(search.scripts).toBe(2);
    expect(search.blockingScripts).toEqual([]);
  });
});
