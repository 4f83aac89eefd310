import type { ArticleGroup, ArticleView, Edition, SiteModel } from "../collections/index.js";
import { feedUrl } from "../urls/index.js";
import type { FeedSpec } from "./atom.js";
import { newsArticles, sitemapParts, type SitemapEntry, type SitemapPart } from "./sitemap.js";

/** Articles in the site-wide feed. */
export const SITE_FEED_SIZE = 50;
/** Articles in each author, tag and section feed. */
export const TERM_FEED_SIZE = 20;

/** Everything machines read: the feeds, the sitemap files and the news sitemap's articles. */
export interface Syndication {
  readonly feeds: readonly FeedSpec[];
  readonly sitemaps: readonly SitemapPart[];
  /** True when the sitemap is split and `/sitemap.xml` is an index. */
  readonly sitemapIsIndex: boolean;
  readonly news: readonly ArticleView[];
}

function termFeeds(groups: readonly ArticleGroup[], label: (title: string) => string, siteName: string, size: number, lang: { lang?: string }): FeedSpec[] {
  // Term feeds carry summaries; the site feed carries whole articles. On a large archive the term
  // feeds would otherwise repeat every body several times over.
  return groups
    .filter((g) => g.items.length > 0)
    .map((g) => ({ url: feedUrl(g.url), pageUrl: g.url, title: `${siteName}: ${label(g.title)}`, items: g.items.slice(0, size), fullContent: false, ...lang }));
}

/** How a tag's feed is titled in a language: "Tag: Oil". */
export type TagFeedLabel = (lang: string, title: string) => string;

const ENGLISH_TAG_LABEL: TagFeedLabel = (_lang, title) => `Tag: ${title}`;

/** The latest change among `items`: a list page's last change in the sitemap. */
export function newest(items: ReadonlyArray<Pick<ArticleView, "modified">>): string | undefined {
  let best: Pick<ArticleView, "modified"> | undefined;
  for (const a of items) if (!best || a.modified.epochMs > best.modified.epochMs) best = a;
  return best?.modified.iso;
}

/**
 * The feeds of each language, the default language's first: the language's own, then each section's,
 * author's and tag's that has stories in it. On a site with `languages` each feed holds one
 * language's stories and says so (`xml:lang`); `tagLabel` titles a tag's feed in its language.
 */
export function buildFeeds(model: SiteModel, tagLabel: TagFeedLabel = ENGLISH_TAG_LABEL): FeedSpec[] {
  return model.editions.flatMap((edition) => editionFeeds(model, edition, tagLabel));
}

function editionFeeds(model: SiteModel, edition: Edition, tagLabel: TagFeedLabel): FeedSpec[] {
  const { site } = model;
  const lang = site.languages ? { lang: edition.lang } : {};
  const words = site.languages ? edition.lang : "en";
  return [
    { url: edition.urls.feed, pageUrl: edition.urls.home, title: site.name, items: edition.articles.slice(0, SITE_FEED_SIZE), ...lang },
    ...termFeeds(edition.groups.section, (t) => t, site.name, TERM_FEED_SIZE, lang),
    ...termFeeds(edition.groups.author, (t) => t, site.name, TERM_FEED_SIZE, lang),
    ...termFeeds(edition.groups.tag, (t) => tagLabel(words, t), site.name, TERM_FEED_SIZE, lang),
  ];
}

/**
 * What machines read, from the feeds and the sitemap's entries (every page of the site's registry
 * that the sitemap lists, see `src/registry/`): the sitemap files and the news sitemap's articles.
 */
export function buildSyndication(model: SiteModel, buildMs: number, feeds: readonly FeedSpec[], entries: readonly SitemapEntry[]): Syndication {
  const sitemaps = sitemapParts(entries);
  return {
    feeds,
    sitemaps,
    sitemapIsIndex: sitemaps.length > 1,
    news: newsArticles(model.articles, buildMs),
  };
}
