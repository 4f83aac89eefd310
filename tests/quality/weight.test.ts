import { describe, expect, inject, it } from "vitest";
import { ARTICLE_BUDGET_BYTES, weighArticles, weighPage } from "../../src/cli/weight.js";

describe("page weight of the sample site", () => {
  it("every article page is under 50 KB of HTML + CSS and runs one deferred script, the site's own", () => {
    const weights = weighArticles(inject("sampleSite"));
    expect(weights).toHaveLength(17);
    for (const w of weights) {
      expect(w.totalBytes, w.page).toBeLessThan(ARTICLE_BUDGET_BYTES);
      expect(w.cssBytes, w.page).toBeGreaterThan(1000);
      // shared.js draws the date and the "Latest" list; the page reads whole without it.
      expect(w.scripts, w.page).toBe(1);
      expect(w.blockingScripts, w.page).toEqual([]);
    }
  });

  it("the search page's scripts are deferred, so none blocks rendering", () => {
    const search = weighPage(inject("sampleSite"), "search/index.html");
    expect(search.scripts).toBe(3);
    expect(search.blockingScripts).toEqual([]);
  });
});
