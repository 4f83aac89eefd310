import { DateTime } from "luxon";
import { eleventyUrls } from "../../../src/registry/index.js";
import { describe, expect, it } from "vitest";
import {
  absoluteUrl, articleUrl, assetUrl, authorUrl, feedUrl, monthUrl, outputFileOf, pageUrl, searchBundleUrl, sectionUrl,
  shareLinks, sitemapPartUrl, tagUrl, twitterProfileUrl, urlOfFile, yearUrl,
} from "../../../src/urls/index.js";

describe("the site's URLs", () => {
  it("dates an article URL by the calendar day in the site zone", () => {
    // 21:30 UTC on 31 May is already 1 June in Baku.
    expect(articleUrl(DateTime.fromISO("2016-05-31T21:30:00Z").setZone("Asia/Baku"), "late-story")).toBe("/2016/06/01/late-story/");
  });

  it("builds every list, feed and archive address to the contract's patterns", () => {
    expect(authorUrl("amina-nazarli")).toBe("/authors/amina-nazarli/");
    expect(tagUrl("azerbaycan")).toBe("/tags/azerbaycan/");
    expect(sectionUrl("politics")).toBe("/politics/");
    expect(yearUrl(2015)).toBe("/2015/");
    expect(monthUrl(2015, 7)).toBe("/2015/07/");
    expect(pageUrl("/tags/oil/", 1)).toBe("/tags/oil/page/1/");
    expect(pageUrl("/tags/oil/", 3)).toBe("/tags/oil/page/3/");
    expect(feedUrl("/politics/")).toBe("/politics/feed.xml");
    expect(sitemapPartUrl(2)).toBe("/sitemaps/sitemap-2.xml");
    expect(searchBundleUrl(1, 2000)).toBe("/pagefind/part-1-2000/");
  });

  it("fingerprints an asset's name before its extension", () => {
    expect(assetUrl("site.css", "0a1b2c3d4e")).toBe("/assets/site.0a1b2c3d4e.css");
    expect(assetUrl("LICENSE", "0a1b2c3d4e")).toBe("/assets/LICENSE.0a1b2c3d4e");
  });

  it("encodes a Twitter handle and joins absolute URLs with one slash", () => {
    expect(twitterProfileUrl("azernews_az")).toBe("https://twitter.com/azernews_az");
    expect(twitterProfileUrl("a b")).toBe("https://twitter.com/a%20b");
    expect(absoluteUrl("https://x.example", "/tags/")).toBe("https://x.example/tags/");
    expect(absoluteUrl("https://x.example", "tags/")).toBe("https://x.example/tags/");
  });
});

describe("the URL-to-file rule", () => {
  it.each([
    ["/", "index.html"],
    ["/tags/x/", "tags/x/index.html"],
    ["/feed.xml", "feed.xml"],
    ["/politics/94020.html", "politics/94020.html"],
    ["/old/story", "old/story/index.html"],
    ["//double/", "double/index.html"],
  ])("serves %s from %s", (url, file) => {
    expect(outputFileOf(url)).toBe(file);
  });

  it("turns every file the site writes back into its URL", () => {
    for (const url of [...eleventyUrls(), "/feed.xml", "/manifest.json", "/2016/03/03/x/", "/tags/x/page/2/", "/sitemaps/sitemap-1.xml"]) {
      expect(urlOfFile(outputFileOf(url)), url).toBe(url);
    }
  });
});

describe("share links", () => {
  it("link each network's own share address with the page's URL, encoded, and name each link", () => {
    const links = shareLinks("https://x.example/2016/03/03/a-b/", "Baku & Gəncə: ties");
    expect(links.map((l) => l.name)).toEqual(["X", "Facebook", "Telegram", "WhatsApp", "LinkedIn", "E-mail"]);
    expect(links.map((l) => l.label)).toEqual(["Share on X", "Share on Facebook", "Share on Telegram", "Share on WhatsApp", "Share on LinkedIn", "Share by e-mail"]);
    const page = encodeURIComponent("https://x.example/2016/03/03/a-b/");
    for (const link of links) expect(link.url, link.name).toContain(link.name === "WhatsApp" ? encodeURIComponent("https://x.example/2016/03/03/a-b/") : page);
    expect(links[0]?.url).toBe(`https://twitter.com/intent/tweet?url=${page}&text=Baku%20%26%20G%C9%99nc%C9%99%3A%20ties`);
    expect(links.at(-1)?.url).toMatch(/^mailto:\?subject=Baku%20%26/);
  });
});
