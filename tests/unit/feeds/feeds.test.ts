import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { ArticleView } from "../../../src/collections/index.js";
import { atomFeed, newsArticles, newsSitemapXml, sitemapIndex, sitemapParts, sitemapXml } from "../../../src/feeds/index.js";
import { FIXTURES, tempDir } from "../../helpers/site.js";
import { requireTool } from "../../helpers/tools.js";
import { testArticle, testAuthor, testSite, testView } from "../../helpers/factory.js";

const SITE = testSite({ name: "Test & Co" });

function view(title: string, iso: string): ArticleView {
  const article = testArticle({
    date: iso,
    slug: title.toLowerCase().replace(/[^a-z]+/g, "-"),
    title,
    summary: "S & s",
    hasOwnSummary: true,
    html: '<p>Body with <a href="/2016/">a relative link</a>.</p>',
  });
  return testView(article, { site: SITE, authors: [testAuthor("amina", "Amina <Test>")] });
}

describe("atomFeed", () => {
  it("escapes text, keeps offsets and parses back", () => {
    const xml = atomFeed({ url: "/feed.xml", pageUrl: "/", title: "Test & Co", items: [view("A <script> title", "2015-07-10T17:00:00")] }, SITE);
    expect(xml).toContain("<updated>2015-07-10T17:00:00+05:00</updated>");
    expect(xml).not.toContain("<script>");
    const feed = parseFeed(xml).toJSON();
    expect(feed.title).toBe("Test & Co");
    expect(feed.items[0]?.title).toBe("A <script> title");
    expect(feed.items[0]?.authors[0]?.name).toBe("Amina <Test>");
    expect(feed.items[0]?.content).toContain('href="/2016/"');
    expect(xml).toContain('xml:base="https://test.example/2015/07/10/a-script-title/"');
  });
});

describe("sitemaps", () => {
  const entries = Array.from({ length: 7 }, (_, i) => ({ url: `/p${i}/`, lastmod: `2016-03-0${i + 1}T12:00:00+04:00` }));

  it("stays one file up to the limit", () => {
    expect(sitemapParts(entries, 7).map((p) => [p.url, p.entries.length])).toEqual([["/sitemap.xml", 7]]);
  });

  it("splits past the limit into parts named by an index", () => {
    const parts = sitemapParts(entries, 3);
    expect(parts.map((p) => [p.url, p.entries.length])).toEqual([
      ["/sitemaps/sitemap-1.xml", 3],
      ["/sitemaps/sitemap-2.xml", 3],
      ["/sitemaps/sitemap-3.xml", 1],
    ]);
    const index = sitemapIndex(parts, SITE);
    expect(index).toContain("<loc>https://test.example/sitemaps/sitemap-2.xml</loc>");
    expect(index).toContain("<lastmod>2016-03-06T12:00:00+04:00</lastmod>");
  });

  it.runIf(requireTool("xmllint", "apt-get install libxml2-utils"))("writes an index and parts that pass the schemas", () => {
    const dir = tempDir("sitemaps");
    const parts = sitemapParts(entries, 3);
    fs.writeFileSync(path.join(dir, "index.xml"), sitemapIndex(parts, SITE));
    fs.writeFileSync(path.join(dir, "part.xml"), sitemapXml(parts[0]!, SITE));
    fs.writeFileSync(path.join(dir, "news-empty.xml"), newsSitemapXml([], SITE));
    const lint = (schema: string, file: string) =>
      execFileSync("xmllint", ["--noout", "--nonet", "--schema", path.join(FIXTURES, "schemas", schema), path.join(dir, file)], { stdio: "pipe" });
    lint("siteindex.xsd", "index.xml");
    lint("sitemap.xsd", "part.xml");
    lint("news-urlset.xsd", "news-empty.xml");
  });

  it("picks news articles from the two days before the build, newest first, at most 1,000", () => {
    const build = Date.parse("2026-11-17T12:00:00Z");
    const articles = [
      view("Future", "2026-11-18T10:00:00"),
      view("Today", "2026-11-17T10:00:00"),
      view("Two days", "2026-11-15T16:30:00"),
      view("Older", "2026-11-15T15:00:00"),
    ];
    expect(newsArticles(articles, build).map((a) => a.title)).toEqual(["Today", "Two days"]);
    const many = Array.from({ length: 1200 }, () => articles[1]!);
    expect(newsArticles(many, build)).toHaveLength(1000);
  });
});
