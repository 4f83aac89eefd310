import { LinkChecker } from "linkinator";
import { describe, expect, inject, it } from "vitest";

describe("links of the sample site", () => {
  it("every internal link, fragment and asset resolves", async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: inject("sampleSite"),
      recurse: true,
      checkFragments: true,
      checkCss: true,
      // Only the site itself: the reader's web is not reachable from CI.
      linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link),
    });
    const broken = result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.status ?? "?"} ${l.url} (from ${l.parent ?? "?"})`);
    expect(broken).toEqual([]);
    // The check really crawled: every kind of page was reached.
    // Linkinator reports links inside the folder as file paths; take the part after the site's root.
    const root = inject("sampleSite");
    const checked = result.links.filter((l) => l.state === "OK").map((l) => (l.url.startsWith(root) ? l.url.slice(root.length) || "/" : new URL(l.url).pathname));
    for (const kind of [/^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/, /^\/tags\/[a-z0-9-]+\/$/, /^\/authors\/[a-z0-9-]+\/$/, /^\/latest\/$/, /^\/politics\/$/, /^\/\d{4}\/$/, /^\/\d{4}\/\d{2}\/$/, /^\/tags\/$/, /^\/authors\/$/]) {
      expect(checked.some((p) => kind.test(p)), String(kind)).toBe(true);
    }
  });
});
