import { articleCard, type ArticleView, type Listing, type Redirect, type SiteModel, type YearPage } from "../collections/index.js";
import { atomFeed, newest, type FeedSpec } from "../feeds/index.js";
import type { PageKind } from "./page-writer.js";

/** A page kind, typed by its item; the page writer takes them all as one list. */
const kind = <T extends { readonly url: string }>(page: PageKind<T>): PageKind => page as unknown as PageKind;

/**
 * What every page of the page writer shares besides its own data: the site's settings, its sections
 * and its fixed URLs (`news`), the fingerprinted assets and the fragments rendered once. Digested
 * whole into every page's key, so it holds only what is the same for a whole build and small: a
 * template that needs more of the site model is given it as its page's own data, below.
 */
export function sharedPageData(model: SiteModel, assets: Readonly<Record<string, string>>, fragments: Readonly<Record<string, string>>): Readonly<Record<string, unknown>> {
  return { news: { site: model.site, sections: model.sections, urls: model.urls }, assets, fragments };
}

/**
 * The pages of which there are thousands, written by the page writer one per item: the feeds, every
 * article, every page of every list, the year archives and the redirect pages. Each kind's `data` is
 * what its template is given besides the shared data, and so what its pages' keys are made from.
 */
export function bulkPages(model: SiteModel, feeds: readonly FeedSpec[]): PageKind[] {
  const { latest, section, author, tag, month } = model.listings;
  // A list page is handed its stories as cards (no body): a body edit leaves the lists that name the story alone.
  const cardsOf = (l: Listing<ArticleView>): Listing<unknown> => ({ ...l, items: l.items.map(articleCard) });
  const listing = (l: Listing<ArticleView>) => ({ listing: cardsOf(l) });
  // A list page's last change in the sitemap is its newest story's.
  const listed = (l: Listing<ArticleView>): string | undefined => newest(l.items);
  return [
    // A summary feed is handed cards: a body edit re-renders only the full-content feeds.
    kind({ kind: "feed", items: feeds, data: (feed: FeedSpec) => ({ feed: feed.fullContent === false ? { ...feed, items: feed.items.map((a) => ("contentKey" in a ? articleCard(a) : a)) } : feed, site: model.site }), render: ({ feed, site }: { feed: FeedSpec; site: SiteModel["site"] }) => atomFeed(feed, site) }),
    kind({ kind: "article", template: "pages/article.njk", items: model.articles, data: (article: ArticleView) => ({ article, related: (model.related.get(article) ?? []).map(articleCard) }), sitemap: (a: ArticleView) => a.modified.iso }),
    kind({ kind: "latest", template: "pages/latest.njk", items: latest, data: listing, sitemap: listed }),
    kind({ kind: "section", template: "pages/section.njk", items: section, data: listing, sitemap: listed }),
    kind({ kind: "author", template: "pages/author.njk", items: author, data: (l: Listing<ArticleView>) => ({ listing: cardsOf(l), author: model.authorsById[l.key] ?? null }), sitemap: listed }),
    // The front page of a tag shows its topic (description and picture); a numbered page only its name.
    kind({ kind: "tag", template: "pages/tag.njk", items: tag, data: (l: Listing<ArticleView>) => ({ listing: cardsOf(l), topic: l.page === undefined ? (model.topics[l.key] ?? null) : null }), sitemap: listed }),
    kind({ kind: "month", template: "pages/month.njk", items: month, data: listing, sitemap: listed }),
    kind({ kind: "year", template: "pages/year.njk", items: model.years, data: (year: YearPage) => ({ year }), sitemap: () => undefined }),
    kind({ kind: "redirect", template: "pages/redirect.njk", items: model.redirects, data: (redirect: Redirect) => ({ redirect }) }),
  ];
}

/** Partials with no page-specific data, rendered once per build and shown on every page. */
export const SHARED_FRAGMENTS = ["latest", "footer"] as const;
