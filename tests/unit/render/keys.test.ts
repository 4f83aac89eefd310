import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { Digests } from "../../../src/hash/index.js";
import { articleCard, buildRelatedNews, buildSiteModel, type SiteModel } from "../../../src/collections/index.js";
import type { Article, Topic } from "../../../src/content/index.js";
import { buildFeeds } from "../../../src/feeds/index.js";
import { bulkPages, pageKeyer, sharedPageData } from "../../../src/render/index.js";
import { testArticle, testAuthor, testContent, testSite, testView } from "../../helpers/factory.js";

describe("digests of page data", () => {
  it("are equal for equal data made the same way, and differ for any change", () => {
    const digests = new Digests();
    const a = { title: "Ties", tags: [{ key: "oil", name: "Oil" }], count: 3, on: true, gone: null };
    const b = { title: "Ties", tags: [{ key: "oil", name: "Oil" }], count: 3, on: true, gone: null };
    expect(new Digests().of(a)).toBe(digests.of(b));
    // A property set to undefined is absent, as a template sees it, at any depth.
    expect(new Digests().of({ ...a, later: undefined, tags: [{ key: "oil", name: "Oil", none: undefined }] })).toBe(digests.of(a));
    for (const changed of [{ ...a, title: "Ties." }, { ...a, tags: [{ key: "oil", name: "OIL" }] }, { ...a, count: "3" }, { ...a, on: false }, { ...a, gone: undefined }, { ...a, extra: 1 }]) {
      expect(new Digests().of(changed)).not.toBe(digests.of(a));
    }
    // Maps, sets and long strings count by their contents.
    expect(new Digests().of(new Map([["a", 1]]))).not.toBe(new Digests().of(new Map([["a", 2]])));
    expect(new Digests().of(new Set(["a"]))).not.toBe(new Digests().of(new Set(["b"])));
    expect(new Digests().of("x".repeat(500))).not.toBe(new Digests().of(`${"x".repeat(499)}y`));
  });

  it("refuse what has no digest: code and class objects, so that page data cannot hold what its key misses", () => {
    expect(() => new Digests().of({ format: () => "x" })).toThrow(/function/);
    expect(() => new Digests().of({ date: DateTime.fromISO("2016-03-03T10:00:00Z") })).toThrow(/DateTime object/);

  });

  it("see all an article view holds: its card, the two keys that stand for its body, and the body", () => {
    const story = testArticle({ date: "2016-03-03T10:00:00", title: "Ties", tags: ["Oil"] });
    const view = testView(story);
    // Nothing of a view is left out of its digest: the view is its card, the two keys and the body.
    expect(Object.keys(view).sort()).toEqual([...Object.keys(articleCard(view)), "contentKey", "html", "leadKey"].sort());
    expect(new Digests().of(testView({ ...story, leadKey: "other" }))).not.toBe(new Digests().of(view));
    expect(new Digests().of(testView({ ...story, title: "Ties." }))).not.toBe(new Digests().of(view));
    expect(new Digests().of(testView(story))).toBe(new Digests().of(view));
  });

  it("read the getters of an object that has no content key to stand for them", () => {
    expect(new Digests().of({ get html() { return "<p>x</p>"; } })).toBe(new Digests().of({ html: "<p>x</p>" }));
  });

  it("stand an article's body by its content key, without reading the body", () => {
    let reads = 0;
    const story = testArticle({ date: "2016-03-03T10:00:00", title: "Ties", contentKey: "k1", byline: ["john-smith"] });
    const lazy = { ...story, get html() {
      reads += 1;
      return "<p>x</p>";
    } };
    const authors = [testAuthor("john-smith", "John Smith")];
    const key = new Digests().of(testView(lazy, { authors }));
    expect(reads).toBe(0);
    expect(new Digests().of(testView({ ...story, contentKey: "k2" }, { authors }))).not.toBe(key);
    expect(new Digests().of(testView(story, { authors }))).toBe(key);
    // A byline that links to another author of the same name is another digest.
    expect(new Digests().of(testView({ ...story, byline: ["john-smith-2"] }, { authors: [testAuthor("john-smith-2", "John Smith")] }))).not.toBe(key);
  });
});

/** The key of every page of the page writer for `model`, by URL, with fixed template keys. */
function pageKeys(model: SiteModel, templates: Record<string, string> = {}): Map<string, string> {
  const kinds = bulkPages(model, buildFeeds(model));
  const templateKeys = new Map(kinds.flatMap((k) => (k.template ? [[k.template, templates[k.template] ?? "v1"] as const] : [])));
  const keyOf = pageKeyer({ shared: sharedPageData(model, { "site.css": "/assets/site-1.css" }, { footer: "<footer></footer>" }), templateKeys, digests: new Digests() });
  const keys = new Map<string, string>();
  for (const kind of kinds) for (const item of kind.items) keys.set(item.url, keyOf(kind, kind.data(item)));
  return keys;
}

const changed = (a: Map<string, string>, b: Map<string, string>): string[] => [...new Set([...a.keys(), ...b.keys()])].filter((url) => a.get(url) !== b.get(url)).sort();

describe("an article page's key", () => {
  /** The keys of a site made of `articles`, with one related story an article. */
  function keysOf(articles: readonly Article[]): Map<string, string> {
    const site = testSite({ related: { count: 1, weights: { tag: 3, section: 1, author: 2 }, maxTagShare: 1, commonTagMinStories: 0 } });
    const model = buildSiteModel(testContent(articles, site), { buildDate: DateTime.fromISO("2026-11-01T00:00:00Z") });
    return pageKeys({ ...model, related: buildRelatedNews(model.articles, site.related) });
  }
  const older = testArticle({ date: "2016-03-01T10:00:00", title: "Oil older", tags: ["Oil"], slug: "oil-older" });
  const other = testArticle({ date: "2016-03-02T10:00:00", title: "Chess", tags: ["Chess"], slug: "chess" });
  const newer = testArticle({ date: "2016-03-03T10:00:00", title: "Oil newer", tags: ["Oil"], slug: "oil-newer" });
  const newerUrl = "/2016/03/03/oil-newer/";

  it("changes when a story its related news lists changes, and not for a story it does not list", () => {
    const before = keysOf([older, other, newer]);
    expect(before.has(newerUrl)).toBe(true);
    // "Oil newer" lists "Oil older" alone (count 1): a headline fix there changes its key...
    expect(changed(before, keysOf([{ ...older, title: "Oil older, fixed" }, other, newer]))).toContain(newerUrl);
    // ...and one of a story it does not list leaves it as it was.
    expect(changed(before, keysOf([older, { ...other, title: "Chess, fixed" }, newer]))).not.toContain(newerUrl);
  });

  it("of an older story stays as it was when a newer story arrives", () => {
    const before = keysOf([older, other, newer]);
    const after = keysOf([older, other, newer, testArticle({ date: "2016-03-04T10:00:00", title: "Oil newest", tags: ["Oil"] })]);
    for (const url of [...before.keys()].filter((u) => u.startsWith("/2016/03/0"))) expect(after.get(url), url).toBe(before.get(url));
  });

  it("changes with its template's key alone among the kinds", () => {
    const model = buildSiteModel(testContent([older, newer], testSite()), { buildDate: DateTime.fromISO("2026-11-01T00:00:00Z") });
    const before = pageKeys(model);
    const after = pageKeys(model, { "pages/article.njk": "v2" });
    expect(changed(before, after)).toEqual([...before.keys()].filter((u) => /^\/2016\/03\/\d\d\/[^/]+\/$/.test(u)).sort());
  });
});

describe("the keys of a tag's pages", () => {
  // Three stories a page, four stories: the front page and page 1.
  const site = testSite({ perPage: 3 });
  const articles = ["2016-01-01", "2016-01-02", "2016-01-03", "2016-01-04"].map((date) => testArticle({ date, tags: ["Oil"] }));
  /** The key of every page, by URL, with the topic `oil` as given. */
  const keysWith = (oil?: Partial<Topic>): Map<string, string> => {
    const topics = new Map(oil ? [["oil", { slug: "oil", descriptionHtml: "<p>Crude.</p>", descriptionText: "Crude.", links: [], sourcePath: "content/tags/oil.md", ...oil }]] : []);
    return pageKeys(buildSiteModel({ ...testContent(articles, site), topics }, { buildDate: DateTime.fromISO("2026-11-01T00:00:00Z") }));
  };

  it("change the front page alone with the topic's description or image", () => {
    const plain = keysWith({});
    expect(changed(plain, keysWith({ descriptionHtml: "<p>Crude oil.</p>" }))).toEqual(["/tags/oil/"]);
    expect(changed(plain, keysWith({ image: { src: "./oil.jpg", alt: "A pump", html: "<picture></picture>", shareUrl: "/img/a-1200.jpeg" } }))).toEqual(["/tags/oil/"]);
    expect(changed(plain, keysWith())).toEqual(["/tags/oil/"]);
  });

  it("change every page that names the tag with the topic's name", () => {
    const before = keysWith({});
    const named = changed(before, keysWith({ name: "Crude oil" }));
    // Every article page and both pages of the tag show its name.
    for (const url of [...before.keys()].filter((u) => /^\/2016\/01\/\d\d\/[^/]+\/$/.test(u) || u.startsWith("/tags/oil/"))) expect(named, url).toContain(url);
  });
});
