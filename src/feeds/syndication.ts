import type { ArticleGroup, ArticleView, SiteModel } from "../collections/index.js";
import { feedUrl, HOME_URL, SEARCH_URL } from "../urls/index.js";
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

function termFeeds(groups: readonly ArticleGroup[], label: string, siteName: string, size: number): FeedSpec[] {
  // Term feeds carry summaries; the site feed carries whole articles. On a large archive the term
  // feeds would otherwise repeat every body several times over.
  return groups
    .filter((g) => g.items.length > 0)
    .map((g) => ({ url: feedUrl(g.url), pageUrl: g.url, title: `${siteName}: ${label}${g.title}`, items: g.items.slice(0, size), fullContent: false }));
}

function newest(items: readonly ArticleView[]): string | undefined {
  let best: ArticleView | undefined;
  for (const a of items) if (!best || a.modified.epochMs > best.modified.epochMs) best = a;
  return best?.modified.iso;
}

/** Every page URL of the site, with its last change where the page lists or is an article. */
export function sitemapEntries(model: SiteModel): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  const add = (url: string, lastmod?: string): void => void entries.push(lastmod ? { url, lastmod } : { url });
  add(HOME_URL, newest(model.articles.slice(0, 30)));
  for (const a of model.articles) add(a.url, a.modified.iso);
  const { latest, section, author, tag, month } = model.listings;
  for (const listing of [...latest, ...section, ...author, ...tag, ...month]) add(listing.url, newest(listing.items));
  for (const year of model.years) add(year.url);
  add(model.urls.authors);
  add(model.urls.tags);
  add(SEARCH_URL);
  return entries;
}

/** Builds the feeds, the sitemap files and the news sitemap's list from the site model. */
export function buildSyndication(model: SiteModel, buildMs: number): Syndication {
  const { site } = model;
  const feeds: FeedSpec[] = [
    { url: model.urls.feed, pageUrl: HOME_URL, title: site.name, items: model.articles.slice(0, SITE_FEED_SIZE) },
    ...termFeeds(model.groups.section, "", site.name, TERM_FEED_SIZE),
    ...termFeeds(model.groups.author, "", site.name, TERM_FEED_SIZE),
    ...termFeeds(model.groups.tag, "Tag: ", site.name, TERM_FEED_SIZE),
  ];
  const sitemaps = sitemapParts(sitemapEntries(model));
  return {
    feeds,
    sitemaps,
    sitemapIsIndex: sitemaps.length > 1,
    news: newsArticles(model.articles, buildMs),
  };
}
