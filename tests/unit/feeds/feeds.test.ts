import { parseFeed } from "@rowanmanning/feed-parser";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { ArticleView } from "../../../src/collections/index.js";
import { buildSiteModel } from "../../../src/collections/index.js";
import { atomFeed, buildFeeds, newsArticles, newsSitemapXml, sitemapIndex, sitemapParts, sitemapXml, SITE_FEED_SIZE, TERM_FEED_SIZE } from "../../../src/feeds/index.js";
import { schemaErrors } from "../../helpers/xml.js";
import { testArticle, testAuthor, testContent, testSite, testView, ZONE } from "../../helpers/factory.js";

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

  it("writes an index and parts that pass the schemas", async () => {
    const parts = sitemapParts(entries, 3);
    expect(await schemaErrors(sitemapIndex(parts, SITE), "siteindex.xsd")).toEqual([]);
    expect(await schemaErrors(sitemapXml(parts[0]!, SITE), "sitemap.xsd")).toEqual([]);
    expect(await schemaErrors(newsSitemapXml([], SITE), "news-urlset.xsd")).toEqual([]);
    // The index is not a urlset: the check tells them apart.
    expect((await schemaErrors(sitemapIndex(parts, SITE), "sitemap.xsd")).length).toBeGreaterThan(0);
  });

  it("gives each story of the news sitemap its own language, and passes the schema", async () => {
    const en = view("Ports agree", "2026-11-17T10:00:00");
    const az = testView(testArticle({ date: "2026-11-17T11:00:00", slug: "limanlar", title: "Limanlar razılaşıb", lang: "az" }));
    const xml = newsSitemapXml([az, en], SITE);
    expect([...xml.matchAll(/<news:language>([^<]+)<\/news:language>/g)].map((m) => m[1])).toEqual(["az", "en"]);
    expect(await schemaErrors(xml, "news-urlset.xsd")).toEqual([]);
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

describe("buildFeeds", () => {
  // 60 articles over 60 days, every one tagged Energy, alternating two sections.
  const site = testSite({ sections: [{ id: "politics", title: "Politics" }, { id: "business", title: "Business" }] });
  const articles = Array.from({ length: 60 }, (_, i) =>
    testArticle({ date: DateTime.fromISO("2016-01-01T10:00:00", { zone: ZONE }).plus({ days: i }).toISO() ?? "", title: `Day ${i + 1}`, tags: ["Energy"], section: i % 2 ? "business" : "politics" }),
  );
  const model = buildSiteModel(testContent(articles, site), { buildDate: DateTime.fromISO("2026-01-01T00:00:00Z") });
  const feeds = buildFeeds(model);
  const feed = (url: string) => feeds.find((f) => f.url === url);

  it("caps the site feed at the newest 50, newest first, with whole bodies", () => {
    const site = feed("/feed.xml");
    expect(site?.items).toHaveLength(SITE_FEED_SIZE);
    expect(site?.items[0]?.title).toBe("Day 60");
    expect(site?.items.at(-1)?.title).toBe("Day 11");
    expect(site?.fullContent).toBeUndefined();
  });

  it("caps each section, author and tag feed at the newest 20, with summaries only", () => {
    for (const url of ["/politics/feed.xml", "/business/feed.xml", "/authors/amina/feed.xml", "/tags/energy/feed.xml"]) {
      expect(feed(url)?.items, url).toHaveLength(TERM_FEED_SIZE);
      expect(feed(url)?.fullContent, url).toBe(false);
    }
    expect(feed("/business/feed.xml")?.items[0]?.title).toBe("Day 60");
    expect(feed("/politics/feed.xml")?.items[0]?.title).toBe("Day 59");
    expect(feed("/tags/energy/feed.xml")?.items.map((a) => a.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Day ${60 - i}`));
  });
});
