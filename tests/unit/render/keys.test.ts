import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildRelatedNews, buildSiteModel, type ArticleView } from "../../../src/collections/index.js";
import type { Article, Topic } from "../../../src/content/index.js";
import { buildSyndication } from "../../../src/feeds/index.js";
import { bulkPages, PageKeys } from "../../../src/render/index.js";
import { testArticle, testAuthor, testContent, testSite, testView } from "../../helpers/factory.js";

describe("page keys", () => {
  const story = testArticle({ date: "2016-03-03T10:00:00", title: "Ties", byline: ["john-smith"], contentKey: "k1" });

  it("change a list item's key when its byline links to another author of the same name", () => {
    const one = testView(story, { authors: [testAuthor("john-smith", "John Smith")] });
    const other = testView({ ...story, byline: ["john-smith-2"] }, { authors: [testAuthor("john-smith-2", "John Smith")] });
    expect(new PageKeys().item(one)).not.toBe(new PageKeys().item(other));
  });

  it("change a list item's key when its thumbnail changes, since the fronts and lists show it", () => {
    const authors = [testAuthor("john-smith", "John Smith")];
    const image = { src: "./a.jpg", alt: "A", card: '<picture><img src="/img/one-card-320.jpeg"></picture>' };
    const one = testView({ ...story, image }, { authors });
    const other = testView({ ...story, image: { ...image, card: '<picture><img src="/img/two-card-320.jpeg"></picture>' } }, { authors });
    const none = testView(story, { authors });
    expect(new Set([one, other, none].map((v) => new PageKeys().item(v))).size).toBe(3);
  });

  it("key an article page by what it was made from, without reading its body", () => {
    let reads = 0;
    const lazy = { ...story, get html() {
      reads += 1;
      return "<p>x</p>";
    } };
    const authors = [testAuthor("john-smith", "John Smith")];
    const keys = new PageKeys();
    const key = keys.article(testView(lazy, { authors }));
    expect(reads).toBe(0);
    expect(keys.article(testView({ ...story, contentKey: "k2" }, { authors }))).not.toBe(key);
    expect(new PageKeys().article(testView(story, { authors }))).toBe(key);
  });
});

describe("an article page's key", () => {
  /** The key of every article page of a site made of `articles`, by title, with its related news. */
  function articleKeys(articles: readonly Article[]): Map<string, string> {
    const site = testSite({ related: { count: 1, weights: { tag: 3, section: 1, author: 2 }, maxTagShare: 1, commonTagMinStories: 0 } });
    const model = buildSiteModel(testContent(articles, site), { buildDate: DateTime.fromISO("2026-11-01T00:00:00Z") });
    const full = { ...model, related: buildRelatedNews(model.articles, site.related) };
    const kind = bulkPages(full, buildSyndication(full, 0), new PageKeys()).find((k) => k.template === "pages/article.njk");
    const keyOf = kind?.keyOf as (a: ArticleView) => string;
    return new Map(full.articles.map((a) => [a.title, keyOf(a)]));
  }
  const older = testArticle({ date: "2016-03-01T10:00:00", title: "Oil older", tags: ["Oil"] });
  const other = testArticle({ date: "2016-03-02T10:00:00", title: "Chess", tags: ["Chess"] });
  const newer = testArticle({ date: "2016-03-03T10:00:00", title: "Oil newer", tags: ["Oil"] });

  it("changes when a story its related news lists changes its headline, and only then", () => {
    const before = articleKeys([older, other, newer]);
    // "Oil newer" lists "Oil older" alone (count 1): a headline fix there changes its key...
    const fixed = articleKeys([{ ...older, title: "Oil older, fixed" }, other, newer]);
    expect(fixed.get("Oil newer")).not.toBe(before.get("Oil newer"));
    // ...and one of a story it does not list leaves its key as it was.
    const unlisted = articleKeys([older, { ...other, title: "Chess, fixed" }, newer]);
    expect(unlisted.get("Oil newer")).toBe(before.get("Oil newer"));
    // A newer story changes no older page's key.
    const later = articleKeys([older, other, newer, testArticle({ date: "2016-03-04T10:00:00", title: "Oil newest", tags: ["Oil"] })]);
    for (const title of ["Oil older", "Chess", "Oil newer"]) expect(later.get(title), title).toBe(before.get(title));
  });
});

describe("the keys of a tag's pages", () => {
  // Three stories a page, four stories: the front page and page 1.
  const site = testSite({ perPage: 3 });
  const articles = ["2016-01-01", "2016-01-02", "2016-01-03", "2016-01-04"].map((date) => testArticle({ date, tags: ["Oil"] }));
  /** The key of every tag page and article page, by URL, with the topic `oil` as given. */
  const keysWith = (oil?: Partial<Topic>): Map<string, string> => {
    const topics = new Map(oil ? [["oil", { slug: "oil", descriptionHtml: "<p>Crude.</p>", descriptionText: "Crude.", links: [], sourcePath: "content/tags/oil.md", ...oil }]] : []);
    const model = buildSiteModel({ ...testContent(articles, site), topics }, { buildDate: DateTime.fromISO("2026-11-01T00:00:00Z") });
    const kinds = bulkPages(model, buildSyndication(model, Date.parse("2026-11-01T00:00:00Z")), new PageKeys());
    const keys = new Map<string, string>();
    for (const kind of kinds.filter((k) => k.template === "pages/tag.njk" || k.template === "pages/article.njk")) {
      for (const item of kind.items) keys.set(item.url, (kind.keyOf as (i: unknown) => string)(item));
    }
    return keys;
  };
  const changed = (a: Map<string, string>, b: Map<string, string>): string[] => [...a.keys()].filter((url) => a.get(url) !== b.get(url)).sort();

  it("change the front page alone with the topic's description or image", () => {
    const plain = keysWith({});
    expect(changed(plain, keysWith({ descriptionHtml: "<p>Crude oil.</p>" }))).toEqual(["/tags/oil/"]);
    expect(changed(plain, keysWith({ image: { src: "./oil.jpg", alt: "A pump", html: "<picture></picture>", shareUrl: "/img/a-1200.jpeg" } }))).toEqual(["/tags/oil/"]);
    expect(changed(plain, keysWith())).toEqual(["/tags/oil/"]);
  });

  it("change every page that names the tag with the topic's name", () => {
    const before = keysWith({});
    // All four stories carry the tag: every article page and both list pages show its name.
    expect(before.size).toBe(6);
    expect(changed(before, keysWith({ name: "Crude oil" }))).toEqual([...before.keys()].sort());
  });
});
