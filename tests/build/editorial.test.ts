import fs from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, listFiles, loadPage, minimalSite, tempDir, writeFiles } from "../helpers/site.js";

// Builds run "on" 2026-11-01T00:00Z (SOURCE_DATE_EPOCH 1793491200), 04:00 in Baku.
function editorialSite(): string {
  const dir = minimalSite();
  writeFiles(dir, {
    "articles/published.md": [
      "---",
      "title: Published story",
      "date: 2016-03-03T12:55:00+04:00",
      "updated: 2016-03-04T09:00:00+04:00",
      "corrections:",
      "  - { date: 2016-03-05T10:30:00+04:00, text: An earlier version misspelt a minister's name. }",
      "tags: [Open]",
      "byline: amina-test",
      "aliases: [/politics/94020.html, /old/published]",
      "---",
      "The body.",
    ].join("\n"),
    "articles/secret-draft.md": "---\ntitle: Secret draft\ndate: 2016-03-06T10:00:00\nbyline: amina-test\ntags: [Hidden]\ndraft: true\n---\nDraft body with secretword.\n",
    "articles/embargoed.md": "---\ntitle: Embargoed story\ndate: 2026-11-01T09:00:00+04:00\nbyline: amina-test\ntags: [Hidden]\n---\nEmbargoed body with secretword.\n",
  });
  return dir;
}

describe("drafts, embargo, updates, corrections and aliases", () => {
  let content: string;
  let out: string;
  beforeAll(async () => {
    content = editorialSite();
    out = tempDir("editorial");
    const result = await buildSite(content, out);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("leaves drafts and embargoed articles out of every page, list, count, feed and sitemap", () => {
    const files = listFiles(out);
    expect(files.some((f) => f.includes("secret-draft") || f.includes("embargoed"))).toBe(false);
    expect(files.some((f) => f.startsWith("tags/hidden"))).toBe(false);
    for (const file of files) {
      const text = fs.readFileSync(path.join(out, file), "utf8");
      expect(text.includes("Secret draft") || text.includes("Embargoed story") || text.includes("secretword"), file).toBe(false);
    }
    const authors = loadPage(out, "/authors/");
    expect(authors(".directory__count").text()).toBe("1 article");
  });

  it("shows the update and the corrections, and feeds the latest into dateModified", () => {
    const $ = loadPage(out, "/2016/03/03/published/");
    expect($(".story__updated").text().replace(/\s+/g, " ").trim()).toBe("Updated 4 March 2016 09:00 (UTC+04:00)");
    expect($(".corrections h2").text()).toBe("Corrections");
    expect($(".corrections li").text()).toBe("5 March 2016 10:30 (UTC+04:00): An earlier version misspelt a minister's name.");
    const ld = JSON.parse($('script[type="application/ld+json"]').first().text()) as Record<string, string>;
    expect(ld["dateModified"]).toBe("2016-03-05T10:30:00+04:00");
    expect($('meta[property="article:modified_time"]').attr("content")).toBe("2016-03-05T10:30:00+04:00");
    const feed = cheerio.load(fs.readFileSync(path.join(out, "feed.xml"), "utf8"), { xml: true });
    expect(feed("entry > updated").text()).toBe("2016-03-05T10:30:00+04:00");
    expect(feed("entry > published").text()).toBe("2016-03-03T12:55:00+04:00");
  });

  it("leaves a redirect page and a 301 line for each alias", () => {
    expect(fs.readFileSync(path.join(out, "_redirects"), "utf8")).toBe(
      "/politics/94020.html /2016/03/03/published/ 301\n/old/published /2016/03/03/published/ 301\n",
    );
    for (const file of ["politics/94020.html", "old/published/index.html"]) {
      const $ = cheerio.load(fs.readFileSync(path.join(out, file), "utf8"));
      expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/2016/03/03/published/");
      expect($('link[rel="canonical"]').attr("href")).toBe("https://test.example/2016/03/03/published/");
    }
  });

  it("shows drafts and embargoed articles in a preview, with a banner and noindex", async () => {
    const preview = tempDir("preview");
    const result = await buildSite(content, preview, ["--preview"]);
    expect(result.code).toBe(0);
    const draft = loadPage(preview, "/2016/03/06/secret-draft/");
    expect(draft(".banner--draft").text()).toMatch(/^DRAFT/);
    expect(draft('meta[name="robots"]').attr("content")).toBe("noindex, nofollow");
    const embargoed = loadPage(preview, "/2026/11/01/embargoed/");
    expect(embargoed(".banner--embargo").text()).toBe("EMBARGOED until 1 November 2026 09:00 (UTC+04:00)");
    expect(embargoed('meta[name="robots"]').attr("content")).toBe("noindex, nofollow");
    expect(loadPage(preview, "/2016/03/03/published/")('meta[name="robots"]').attr("content")).toBe("max-image-preview:large");
  });

  it("publishes an embargoed article once the build time passes its date", async () => {
    const later = tempDir("later");
    const result = await buildSite(content, later, [], { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 1, 6) / 1000) });
    expect(result.code).toBe(0);
    expect(loadPage(later, "/2026/11/01/embargoed/")(".banner")).toHaveLength(0);
  });
});

describe("alias problems", () => {
  it.each([
    ["an alias that is a real page", { "articles/a.md": "---\ntitle: A\ndate: 2016-03-03\nbyline: amina-test\naliases: [/tags/]\n---\n" }, /alias "\/tags\/" is the address of a page/],
    ["an alias that is another article", {
      "articles/a.md": "---\ntitle: A\ndate: 2016-03-03\nbyline: amina-test\n---\n",
      "articles/b.md": "---\ntitle: B\ndate: 2016-03-04\nbyline: amina-test\naliases: [/2016/03/03/a/]\n---\n",
    }, /is the address of a page or file of this site \(\/2016\/03\/03\/a\/\)/],
    ["two articles with one alias", {
      "articles/a.md": "---\ntitle: A\ndate: 2016-03-03\nbyline: amina-test\naliases: [/old.html]\n---\n",
      "articles/b.md": "---\ntitle: B\ndate: 2016-03-04\nbyline: amina-test\naliases: [/old.html]\n---\n",
    }, /alias "\/old\.html" is also an alias of content\/articles\/[ab]\.md/],
    ["an alias that climbs out", { "articles/a.md": "---\ntitle: A\ndate: 2016-03-03\nbyline: amina-test\naliases: [/../../etc/passwd]\n---\n" }, /must not contain \. or \.\. segments/],
  ])("refuses %s", async (_name, files, message) => {
    const dir = minimalSite();
    writeFiles(dir, files);
    const out = path.join(tempDir("alias"), "_site");
    const result = await buildSite(dir, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/content\/articles\/[ab]\.md/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
