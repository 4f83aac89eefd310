import { articleCard, type ArticleView, type Edition, type Listing, type Redirect, type SiteModel, type YearPage } from "../collections/index.js";
import { atomFeed, newest, type FeedSpec } from "../feeds/index.js";
import type { PageKind } from "./page-writer.js";

/** A page kind, typed by its item; the page writer takes them all as one list. */
const kind = <T extends { readonly url: string }>(page: PageKind<T>): PageKind => page as unknown as PageKind;

/**
 * What every page of the page writer in one language shares besides its own data: the site's
 * settings, its sections and its fixed URLs in that language (`news`), the fingerprinted assets and
 * the fragments rendered once for that language. Digested whole into every page's key, so it holds
 * only what is the same for a whole build and small: a template that needs more of the site model is
 * given it as its page's own data, below. On a site with `languages`, each language's pages also
 * share `lang` (the `t` filter's language and `<html lang>`) and `language` (its name, the other
 * languages' front pages); a one-language site's pages get neither, and render as they always did.
 * @example sharedPageData(model, assets, fragments) // the default language's
 * @example sharedPageData(model, assets, fragments, model.editions[1]) // another language's
 */
export function sharedPageData(model: SiteModel, assets: Readonly<Record<string, string>>, fragments: Readonly<Record<string, string>>, edition: Edition = model): Readonly<Record<string, unknown>> {
  const language = edition.language ? { lang: edition.lang, language: edition.language } : {};
  return { news: { site: model.site, sections: edition.sections, urls: edition.urls }, assets, fragments, ...language };
}

/**
 * The pages of which there are thousands, written by the page writer one per item: the feeds, then
 * for each language its articles, every page of every list and the year archives, then the redirect
 * pages. Each kind's `data` is what its template is given besides the shared data of its language
 * (`lang`, on a site with `languages`), and so what its pages' keys are made from.
 */
export function bulkPages(model: SiteModel, feeds: readonly FeedSpec[]): PageKind[] {
  return [
    // A summary feed is handed cards: a body edit re-renders only the full-content feeds.
    kind({ kind: "feed", items: feeds, data: (feed: FeedSpec) => ({ feed: feed.fullContent === false ? { ...feed, items: feed.items.map((a) => ("contentKey" in a ? articleCard(a) : a)) } : feed, site: model.site }), render: ({ feed, site }: { feed: FeedSpec; site: SiteModel["site"] }) => atomFeed(feed, site) }),
    ...model.editions.flatMap((edition) => editionPages(model, edition)),
    kind({ kind: "redirect", template: "pages/redirect.njk", items: model.redirects, data: (redirect: Redirect) => ({ redirect }) }),
  ];
}

/** One language's pages: its articles, lists and archives, each kind marked with the language whose shared data its pages get. */
function editionPages(model: SiteModel, edition: Edition): PageKind[] {
  const { latest, section, author, tag, month } = edition.listings;
  // A one-language site's kinds carry no language: their pages get the one shared data, as ever.
  const lang = edition.language ? { lang: edition.lang } : {};
  // A list page is handed its stories as cards (no body): a body edit leaves the lists that name the story alone.
  const cardsOf = (l: Listing<ArticleView>): Listing<unknown> => ({ ...l, items: l.items.map(articleCard) });
  const listing = (l: Listing<ArticleView>) => ({ listing: cardsOf(l) });
  // A list page's last change in the sitemap is its newest story's.
  const listed = (l: Listing<ArticleView>): string | undefined => newest(l.items);
  return [
    kind({ kind: "article", ...lang, template: "pages/article.njk", items: edition.articles, data: (article: ArticleView) => ({ article, related: (model.related.get(article) ?? []).map(articleCard) }), sitemap: (a: ArticleView) => a.modified.iso, alternates: (a: ArticleView) => a.alternates }),
    kind({ kind: "latest", ...lang, template: "pages/latest.njk", items: latest, data: listing, sitemap: listed }),
    kind({ kind: "section", ...lang, template: "pages/section.njk", items: section, data: listing, sitemap: listed }),
    kind({ kind: "author", ...lang, template: "pages/author.njk", items: author, data: (l: Listing<ArticleView>) => ({ listing: cardsOf(l), author: edition.authorsById[l.key] ?? null }), sitemap: listed }),
    // The front page of a tag shows its topic (description and picture, and its pages in other
    // languages); a numbered page only its name.
    kind({ kind: "tag", ...lang, template: "pages/tag.njk", items: tag, data: (l: Listing<ArticleView>) => ({ listing: cardsOf(l), topic: l.page === undefined ? (edition.topics[l.key] ?? null) : null }), sitemap: listed, alternates: (l: Listing<ArticleView>) => (l.page === undefined ? edition.topics[l.key]?.alternates : undefined) }),
    kind({ kind: "month", ...lang, template: "pages/month.njk", items: month, data: listing, sitemap: listed }),
    kind({ kind: "year", ...lang, template: "pages/year.njk", items: edition.years, data: (year: YearPage) => ({ year }), sitemap: () => undefined }),
  ];
}

/** Partials with no page-specific data, rendered once per build and shown on every page. */
export const SHARED_FRAGMENTS = ["latest", "footer"] as const;
