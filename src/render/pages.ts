import { contentHash } from "../cache/hash.js";
import type { ArticleView, Listing, Redirect, SiteModel, YearPage } from "../collections/index.js";
import { atomFeed, type FeedSpec, type Syndication } from "../feeds/index.js";
import type { PageKind } from "./page-writer.js";

const digest = contentHash;

/** A key worked out once per object: unchanged articles keep their views between watch rebuilds. */
function memoized<T extends object>(keyOf: (item: T) => string): (item: T) => string {
  const keys = new WeakMap<T, string>();
  return (item) => {
    let key = keys.get(item);
    if (key === undefined) keys.set(item, (key = keyOf(item)));
    return key;
  };
}

/**
 * What each page shows, as a short key: a page is rewritten only when its key changes. Owned by a
 * watching process; the keys of an article view live as long as the view does.
 */
export class PageKeys {
  /** What a list item shows: its headline, dates, byline, and its picture on the fronts and in lists. */
  readonly item = memoized((a: ArticleView): string =>
    digest([a.url, a.title, a.summary, a.published.iso, a.place ?? "", a.section.key, a.byline.map((b) => `${b.name} ${b.url}`).join(","), a.image?.front ?? "", a.image?.card ?? "", a.image?.thumb ?? ""].join("|")),
  );
  /**
   * What an article page shows of its own article: what the article was made from (its file, its
   * images, the site zone), and what other files give it: its authors, its tags' spellings, its
   * section and whether it is embargoed. Its body is never read for the key.
   */
  readonly article = memoized((a: ArticleView): string =>
    digest(JSON.stringify([a.contentKey, a.absoluteUrl, a.authors, a.tags, a.section, a.embargoedUntil?.iso ?? "", a.draft])),
  );
  /**
   * What an article's "Related news" block shows: each related story as a list item. A headline fix
   * of a story re-renders the article pages that list it, and no other.
   */
  related(stories: readonly ArticleView[] | undefined): string {
    return stories ? stories.map(this.item).join(",") : "";
  }
  /** What a feed entry shows without the body: the list item, the last change, the tags, the authors. */
  readonly summaryEntry = memoized((a: ArticleView): string =>
    digest(JSON.stringify([this.item(a), a.modified.iso, a.tags, a.section.name, a.authors.map((x) => [x.name, x.url])])),
  );
  /** What a full-content feed entry shows: the same and the body. */
  readonly entry = memoized((a: ArticleView): string => digest(this.summaryEntry(a) + a.contentKey));

  listing(l: Listing<ArticleView>): string {
    return JSON.stringify([l.url, l.title, l.page, l.page === undefined ? l.total : 0, l.newer, l.older, l.oldest, l.up, l.feedUrl, l.items.map(this.item)]);
  }

  feed(f: FeedSpec): string {
    return JSON.stringify([f.url, f.title, f.fullContent, f.items.map((a) => (f.fullContent === false ? this.summaryEntry(a) : this.entry(a)))]);
  }
}

/**
 * The pages of which there are thousands, written by the page writer one per item: the feeds, every
 * article, every page of every list, the year archives and the redirect pages.
 */
export function bulkPages(model: SiteModel, syndication: Syndication, keys: PageKeys): PageKind[] {
  const { latest, section, author, tag, month } = model.listings;
  const listing = (l: Listing<ArticleView>): string => keys.listing(l);
  return [
    { template: "atom", alias: "feed", items: syndication.feeds, keyOf: (f: FeedSpec) => keys.feed(f), render: (f: FeedSpec) => atomFeed(f, model.site) },
    { template: "pages/article.njk", alias: "article", items: model.articles, keyOf: (a: ArticleView) => `${keys.article(a)}|${keys.related(model.related.get(a))}` },
    { template: "pages/latest.njk", alias: "listing", items: latest, keyOf: listing },
    { template: "pages/section.njk", alias: "listing", items: section, keyOf: listing },
    {
      template: "pages/author.njk",
      alias: "listing",
      items: author,
      keyOf: (l: Listing<ArticleView>) => listing(l) + JSON.stringify(model.authorsById[l.key]),
    },
    {
      template: "pages/tag.njk",
      alias: "listing",
      items: tag,
      // The front page shows the tag's topic (description and image); a numbered page only its name, in the title.
      keyOf: (l: Listing<ArticleView>) => listing(l) + (l.page === undefined ? JSON.stringify(model.topics[l.key] ?? null) : ""),
    },
    { template: "pages/month.njk", alias: "listing", items: month, keyOf: listing },
    { template: "pages/year.njk", alias: "year", items: model.years, keyOf: (y: YearPage) => JSON.stringify(y) },
    { template: "pages/redirect.njk", alias: "redirect", items: model.redirects, keyOf: (r: Redirect) => JSON.stringify(r) },
  ];
}

/** Partials with no page-specific data, rendered once per build and shown on every page. */
export const SHARED_FRAGMENTS = ["latest", "footer"] as const;
