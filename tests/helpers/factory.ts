/**
 * The one factory for test content: site settings, authors, articles and their views, each with
 * sensible defaults that a test overrides field by field.
 */
import { DateTime } from "luxon";
import { articleView, authorView, dateViews, sectionView, type ArticleView, type ModelContent } from "../../src/collections/index.js";
import { compareNewestFirst, DEFAULT_RELATED, type Article, type Author, type SiteConfig } from "../../src/content/index.js";
import { slugify } from "../../src/slugs/index.js";

/** The zone every test date is written in. */
export const ZONE = "Asia/Baku";

/** Site settings for unit tests: one section, the defaults of site.json, and any overrides. */
export function testSite(overrides: Partial<SiteConfig> = {}): SiteConfig {
  return {
    name: "Test",
    url: "https://test.example",
    language: "en",
    timezone: ZONE,
    description: "",
    sections: [{ id: "politics", title: "Politics" }],
    defaultSection: "politics",
    perPage: 20,
    latestCount: 10,
    searchBodyWords: 150,
    related: DEFAULT_RELATED,
    ...overrides,
  };
}

/** An author with a one-line bio. */
export function testAuthor(id: string, name: string, extra: Partial<Author> = {}): Author {
  return { id, name, links: [], bioHtml: `<p>${name} writes.</p>`, bioText: `${name} writes.`, sourcePath: `content/authors/${id}.md`, ...extra };
}

let made = 0;

/** An article: "Story N" by `amina` in politics, at `date` (ISO, the site zone when it has no offset). */
export function testArticle(fields: Partial<Omit<Article, "date">> & { date: string }): Article {
  made += 1;
  const { date, ...rest } = fields;
  return {
    sourcePath: `content/articles/a${made}.md`,
    slug: `story-${made}`,
    title: `Story ${made}`,
    byline: ["amina"],
    tags: [],
    section: "politics",
    summary: "",
    hasOwnSummary: false,
    html: "<p>x</p>",
    corrections: [],
    draft: false,
    aliases: [],
    lang: "en",
    contentKey: `test-${made}`,
    leadKey: `lead-${made}`,
    links: [],
    ...rest,
    date: DateTime.fromISO(date, { zone: ZONE }),
  };
}

/** Content for the site model: the site, the authors (Amina Test by default) and the articles, newest first. */
export function testContent(articles: readonly Article[], site: SiteConfig = testSite(), authors: readonly Author[] = [testAuthor("amina", "Amina Test")]): ModelContent {
  return { site, authors: new Map(authors.map((a) => [a.id, a])), articles: [...articles].sort(compareNewestFirst) };
}

/** The view of `article` as the model makes it, with every tag spelled as written; built on 1 January 2030. */
export function testView(article: Article, options: { site?: SiteConfig; authors?: readonly Author[]; buildMs?: number } = {}): ArticleView {
  const site = options.site ?? testSite();
  const authors = options.authors ?? [testAuthor("amina", "Amina Test")];
  return articleView(article, {
    site,
    authors: new Map(authors.map((a) => [a.id, authorView(a)])),
    tagNames: new Map(article.tags.map((t) => [slugify(t), t])),
    tagSlugs: slugify,
    sections: new Map(site.sections.map((s) => [s.id, sectionView(s.id, s.title)])),
    buildMs: options.buildMs ?? Date.parse("2030-01-01T00:00:00Z"),
    dates: dateViews(),
  });
}
