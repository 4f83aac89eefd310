import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildRedirects as redirectsOf, buildSiteModel, redirectsFile, type SiteModel } from "../../../src/collections/index.js";
import { ownUrls } from "../../../src/registry/index.js";
import { testArticle, testContent } from "../../helpers/factory.js";

const BUILD = DateTime.fromISO("2026-11-01T00:00:00Z");

/** The redirects of `model`, checked against the site's own addresses from its registry. */
const buildRedirects = (model: SiteModel) => redirectsOf(model, ownUrls(model));

function modelOf(...aliases: string[][]) {
  const articles = aliases.map((list, i) => testArticle({ date: `2016-03-0${i + 1}T10:00:00`, slug: `story-${i + 1}`, title: `Story ${i + 1}`, aliases: list }));
  return buildSiteModel(testContent(articles), { buildDate: BUILD });
}

describe("redirects from old addresses", () => {
  it("writes a page for each alias, at the file a static host serves it from", () => {
    const { redirects, problems } = buildRedirects(modelOf(["/politics/94020.html", "/old/story"]));
    expect(problems).toEqual([]);
    expect(redirects.map((r) => [r.from, r.outputPath, r.to])).toEqual([
      ["/politics/94020.html", "politics/94020.html", "/2016/03/01/story-1/"],
      ["/old/story", "old/story/index.html", "/2016/03/01/story-1/"],
    ]);
    expect(redirectsFile(redirects)).toBe("/politics/94020.html /2016/03/01/story-1/ 301\n/old/story /2016/03/01/story-1/ 301\n");
  });

  it("refuses an alias on a page of the site, and one old address for two articles", () => {
    const model = modelOf(["/latest/", "/shared.html"], ["/shared.html"], ["/2016/03/01/story-1"]);
    const { redirects, problems } = buildRedirects(model);
    expect(redirects.map((r) => r.from)).toEqual(["/shared.html"]);
    // Articles are checked newest first: the newer of two articles keeps a shared old address.
    expect(problems.map((p) => p.message)).toEqual([
      'alias "/2016/03/01/story-1" is the address of a page or file of this site (/2016/03/01/story-1/); remove it or choose the old address',
      'alias "/latest/" is the address of a page or file of this site (/latest/); remove it or choose the old address',
      expect.stringMatching(/^alias "\/shared\.html" is also an alias of content\/articles\/a\d+\.md/),
    ]);
    expect(problems.map((p) => p.file)).toEqual([model.articles[0]?.sourcePath, model.articles[2]?.sourcePath, model.articles[2]?.sourcePath]);
  });

  it("refuses an alias on a file the site writes: a term feed, a sitemap part, a picture, an asset, the search index, the desk, a machine file", () => {
    const claims = ["/politics/feed.xml", "/authors/amina/feed.xml", "/sitemaps/sitemap-1.xml", "/img/x-400.jpeg", "/assets/site.css", "/pagefind/pagefind.js", "/admin/config.yml", "/admin/", "/robots.txt", "/_redirects", "/_headers", "/manifest.json", "/site.webmanifest", "/fragments/latest.html"];
    const model = modelOf(claims);
    const { redirects, problems } = buildRedirects(model);
    expect(redirects).toEqual([]);
    expect(problems).toHaveLength(claims.length);
    for (const [i, claim] of claims.entries()) {
      expect(problems[i]?.file).toBe(model.articles[0]?.sourcePath);
      expect(problems[i]?.message).toMatch(new RegExp(`^alias "${claim.replace(/[.]/g, "\\.")}" is (the address of a page or file of this site|inside /[a-z]+/, a folder the site writes itself)`));
    }
    // The feed of a section with no story yet is the site's too.
    expect(buildRedirects(modelOf(["/politics/feed.xml"])).problems).toHaveLength(1);
  });

  it("knows every address the site writes besides aliases, from the registry", () => {
    const urls = ownUrls(modelOf([]));
    for (const url of ["/", "/search/", "/404.html", "/feed.xml", "/_headers", "/manifest.json", "/latest/", "/politics/", "/politics/feed.xml", "/authors/amina/feed.xml", "/2016/", "/2016/03/", "/authors/amina/", "/sitemap.xml", "/news-sitemap.xml", "/admin/", "/admin/config.yml", "/site.webmanifest", "/robots.txt", "/tags/", "/authors/"]) {
      expect(urls, url).toContain(url);
    }
  });
});
