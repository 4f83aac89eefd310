import fs from "node:fs";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import * as cheerio from "cheerio";
import { describe, expect, inject, it } from "vitest";
import { listFiles } from "../helpers/site.js";
import { schemaErrors } from "../helpers/xml.js";

const site = (): string => inject("sampleSite");
const OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

describe("sitemaps against the sitemaps.org schemas (xmllint)", () => {
  it("the schema check refuses a sitemap that breaks the schema", async () => {
    const bad = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>yesterday</lastmod></url></urlset>';
    expect((await schemaErrors(bad, "sitemap.xsd")).length).toBeGreaterThan(0);
  });

  it("/sitemap.xml is a valid urlset listing every HTML page", async () => {
    const file = path.join(site(), "sitemap.xml");
    expect(await schemaErrors(fs.readFileSync(file, "utf8"), "sitemap.xsd")).toEqual([]);
    const $ = cheerio.load(fs.readFileSync(file, "utf8"), { xml: true });
    const locs = new Set($("loc").toArray().map((l) => new URL($(l).text()).pathname));
    const pages = listFiles(site()).filter((f) => f.endsWith("index.html")).map((f) => `/${f.replace(/index\.html$/, "")}`);
    expect(pages.length).toBeGreaterThan(50);
    // Every page for readers; the editors' desk is in no sitemap.
    expect(pages.filter((p) => !locs.has(p))).toEqual(["/admin/"]);
    for (const lastmod of $("lastmod").toArray().map((l) => $(l).text())) expect(lastmod).toMatch(OFFSET);
  });

  it("/news-sitemap.xml is a valid news sitemap of the last two days", async () => {
    const file = path.join(site(), "news-sitemap.xml");
    expect(await schemaErrors(fs.readFileSync(file, "utf8"), "news-urlset.xsd")).toEqual([]);
    const $ = cheerio.load(fs.readFileSync(file, "utf8"), { xml: true });
    // The sample is built on 2026-11-17 16:00 Baku time: only the 16 November story is that recent.
    expect($("url").length).toBe(1);
    expect($("news\\:name").text()).toBe("Caspian Courier");
    expect($("news\\:language").text()).toBe("en");
    expect($("news\\:publication_date").text()).toBe("2026-11-16T09:00:00+04:00");
    expect($("news\\:title").text()).toBe("Caspian energy exporters face a tighter market as winter approaches");
  });

  it("/robots.txt names both sitemaps", () => {
    const robots = fs.readFileSync(path.join(site(), "robots.txt"), "utf8");
    expect(robots).toContain("Sitemap: https://caspian-courier.example/sitemap.xml");
    expect(robots).toContain("Sitemap: https://caspian-courier.example/news-sitemap.xml");
  });
});

describe("Atom feeds (parsed by @rowanmanning/feed-parser)", () => {
  const feeds = (): string[] => listFiles(site()).filter((f) => f.endsWith("feed.xml"));

  it("has the site feed and one per section, author and tag with articles", () => {
    const all = feeds();
    expect(all).toContain("feed.xml");
    expect(all).toContain("politics/feed.xml");
    expect(all).toContain("authors/leyla-karimova/feed.xml");
    expect(all).toContain("tags/azerbaycan/feed.xml");
    expect(all.filter((f) => f.startsWith("tags/")).length).toBe(listFiles(path.join(site(), "tags")).filter((f) => /^[^/]+\/index\.html$/.test(f)).length);
  });

  it("every entry has an id, title, link and date; URLs are absolute and dates keep the offset", () => {
    for (const file of feeds()) {
      const xml = fs.readFileSync(path.join(site(), file), "utf8");
      const feed = parseFeed(xml).toJSON();
      expect(feed.title, file).toBeTruthy();
      expect(feed.self, file).toBe(`https://caspian-courier.example/${file}`);
      expect(feed.items.length, file).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(item.id, file).toMatch(/^https:\/\/caspian-courier\.example\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/);
        expect(item.title, file).toBeTruthy();
        expect(item.url, file).toBe(item.id);
        expect(item.published ?? item.updated, file).toBeTruthy();
        expect(item.authors.length, file).toBeGreaterThan(0);
        if (file === "feed.xml") expect(item.content, file).toBeTruthy();
        expect(item.description, file).toBeTruthy();
      }
      const $ = cheerio.load(xml, { xml: true });
      for (const el of $("updated, published").toArray()) expect($(el).text(), file).toMatch(OFFSET);
    }
  });

  it("term feeds carry summaries, not whole bodies", () => {
    const feed = parseFeed(fs.readFileSync(path.join(site(), "tags/azerbaycan/feed.xml"), "utf8")).toJSON();
    expect(feed.items.every((i) => i.content === null || i.content === i.description)).toBe(true);
  });

  it("the site feed holds every article of the sample (fewer than its cap of 50), newest first, with full content", () => {
    const feed = parseFeed(fs.readFileSync(path.join(site(), "feed.xml"), "utf8")).toJSON();
    expect(feed.items.length).toBe(17);
    const times = feed.items.map((i) => Date.parse(String(i.published)));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(feed.items[0]?.content).toContain("<h2>The gas question</h2>");
  });

  it("each list page links its own feed", () => {
    for (const url of ["politics/", "authors/leyla-karimova/", "tags/azerbaycan/"]) {
      const $ = cheerio.load(fs.readFileSync(path.join(site(), url, "index.html"), "utf8"));
      expect($('link[rel="alternate"][type="application/atom+xml"]').toArray().map((l) => $(l).attr("href"))).toContain(`/${url}feed.xml`);
    }
  });
});

describe("article and author metadata", () => {
  const articlePages = (): string[] => listFiles(site()).filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f));
  const jsonLd = ($: cheerio.CheerioAPI): Array<Record<string, any>> =>
    $('script[type="application/ld+json"]').toArray().map((s) => JSON.parse($(s).text()) as Record<string, any>);

  it("every article has a canonical link, description, Open Graph and Twitter tags, NewsArticle and BreadcrumbList", () => {
    expect(articlePages().length).toBe(17);
    for (const file of articlePages()) {
      const $ = cheerio.load(fs.readFileSync(path.join(site(), file), "utf8"));
      const url = `https://caspian-courier.example/${file.replace(/index\.html$/, "")}`;
      expect($('link[rel="canonical"]').attr("href"), file).toBe(url);
      expect($('meta[name="description"]').attr("content"), file).toBeTruthy();
      for (const p of ["og:title", "og:description", "og:image", "og:url", "article:published_time", "article:modified_time", "article:author"]) {
        expect($(`meta[property="${p}"]`).attr("content"), `${file} ${p}`).toBeTruthy();
      }
      for (const n of ["twitter:card", "twitter:title", "twitter:description", "twitter:image"]) {
        expect($(`meta[name="${n}"]`).attr("content"), `${file} ${n}`).toBeTruthy();
      }
      expect($('meta[property="article:published_time"]').attr("content")).toMatch(OFFSET);

      const blocks = jsonLd($);
      const article = blocks.find((b) => b["@type"] === "NewsArticle");
      expect(article, file).toBeDefined();
      expect(article?.["headline"]).toBe($("h1").text());
      expect(article?.["datePublished"]).toMatch(OFFSET);
      expect(article?.["dateModified"]).toMatch(OFFSET);
      expect(article?.["datePublished"]).toBe($(".story__dateline time").attr("datetime"));
      for (const person of article?.["author"] as Array<Record<string, string>>) {
        expect(person["@type"]).toBe("Person");
        expect(person["url"]).toMatch(/^https:\/\/caspian-courier\.example\/authors\/[a-z0-9-]+\/$/);
      }
      expect(article?.["publisher"]).toMatchObject({ "@type": "Organization", name: "Caspian Courier", logo: { "@type": "ImageObject" } });
      expect(article?.["publisher"]?.logo?.url).toMatch(/^https:\/\/.+\.png$/);
      // The lead image's crops as ImageObjects, or the site's share image as a URL.
      const image = article?.["image"]?.[0] as string | { url: string };
      expect(typeof image === "string" ? image : image.url).toMatch(/^https:\/\//);
      expect(article?.["mainEntityOfPage"]).toEqual({ "@type": "WebPage", "@id": url });

      const crumbs = blocks.find((b) => b["@type"] === "BreadcrumbList");
      const items = crumbs?.["itemListElement"] as Array<Record<string, unknown>>;
      expect(items.map((i) => i["position"])).toEqual([1, 2, 3]);
      expect(items[0]?.["item"]).toBe("https://caspian-courier.example/");
      expect(items[2]?.["item"]).toBe(url);
    }
  });

  it("dates JSON-LD in the site zone, never as a bare UTC Z (summer 2015 is +05:00)", () => {
    const $ = cheerio.load(fs.readFileSync(path.join(site(), "2015/07/14/trade-ministers-back-regional-transit-plan/index.html"), "utf8"));
    const article = jsonLd($).find((b) => b["@type"] === "NewsArticle");
    expect(article?.["datePublished"]).toBe("2015-07-14T13:05:00+05:00");
  });

  it("author pages carry ProfilePage with a Person", () => {
    const $ = cheerio.load(fs.readFileSync(path.join(site(), "authors/nigar-safarova/index.html"), "utf8"));
    const profile = jsonLd($).find((b) => b["@type"] === "ProfilePage");
    expect(profile?.["mainEntity"]).toMatchObject({ "@type": "Person", name: "Nigar Safarova", url: "https://caspian-courier.example/authors/nigar-safarova/" });
  });

  it("every list and index page has a canonical link to itself", () => {
    for (const url of ["latest/", "politics/", "tags/", "authors/", "2015/", "2015/07/", "tags/azerbaycan/"]) {
      const $ = cheerio.load(fs.readFileSync(path.join(site(), url, "index.html"), "utf8"));
      expect($('link[rel="canonical"]').attr("href")).toBe(`https://caspian-courier.example/${url}`);
    }
  });
});
