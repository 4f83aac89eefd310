import { pageUrl } from "../urls/index.js";

/** What every listing kind shares. */
export type ListingKind = "latest" | "section" | "author" | "tag" | "month";

/**
 * One page of a list. Each list has a front page at its first URL, with its newest stories, and
 * numbered pages that hold fixed blocks counted from the oldest story: page 1 holds the oldest
 * `perPage` stories, page 2 the next, and so on. Only full blocks get a numbered page; the newest
 * stories, until there are enough of them for a block, are on the front page alone. So a numbered
 * page keeps its stories when newer ones arrive, and its address stays the address of those stories.
 */
export interface Listing<T> {
  readonly kind: ListingKind;
  /** The group's key: section id, author id, tag slug, `yyyy/mm`, or `latest`. */
  readonly key: string;
  readonly title: string;
  /** The numbered page's number, counted from the oldest; absent on the front page. */
  readonly page?: number;
  /**
   * How many items the whole group has: on the front page only, since it changes with every story and
   * a numbered page that held it would be rendered again for every story added to its list.
   */
  readonly total?: number;
  /** Newest first. */
  readonly items: readonly T[];
  readonly url: string;
  /** The front page's URL: the listing's home. */
  readonly baseUrl: string;
  /** The page of the next newer stories: the next numbered page, or the front page. */
  readonly newer?: string;
  /** The page of the next older stories. */
  readonly older?: string;
  /** The oldest numbered page, when there is one and this is not it. */
  readonly oldest?: string;
  /** The page one level up (all tags, all authors, the year), when there is one. */
  readonly up?: UpLink;
  /** The Atom feed of the list, for the lists that have one (sections, authors and tags with articles). */
  readonly feedUrl?: string;
}

/** A link one level up from a listing. */
export interface UpLink {
  readonly url: string;
  readonly title: string;
}

/** Options of {@link paginate}. */
export interface PaginateOptions {
  readonly kind: ListingKind;
  readonly key: string;
  readonly title: string;
  readonly baseUrl: string;
  readonly perPage: number;
  readonly up?: UpLink;
  /** The list's feed, given only where the list has one. */
  readonly feedUrl?: string;
}

/**
 * Cuts one group, newest first, into its front page and its numbered pages (see {@link Listing}).
 * An empty group still gets its (empty) front page, so its URL exists.
 * @example paginate(items45, { perPage: 20, baseUrl: "/tags/x/", ... })
 * // front /tags/x/ (items 45-26), /tags/x/page/2/ (items 40-21), /tags/x/page/1/ (items 20-1)
 */
export function paginate<T>(items: readonly T[], options: PaginateOptions): Array<Listing<T>> {
  const { perPage, baseUrl } = options;
  const total = items.length;
  /** Full blocks, each a numbered page. */
  const full = Math.floor(total / perPage);
  const urlOf = (n: number): string => pageUrl(baseUrl, n);
  const shared = {
    kind: options.kind,
    key: options.key,
    title: options.title,
    baseUrl,
    ...(options.up ? { up: options.up } : {}),
    ...(options.feedUrl && total > 0 ? { feedUrl: options.feedUrl } : {}),
  };
  // The front page shows the newest stories; its "older" page is the newest block it does not show whole.
  const frontOlder = total % perPage === 0 ? full - 1 : full;
  const pages: Array<Listing<T>> = [{ ...shared, total, items: items.slice(0, perPage), url: baseUrl, ...(frontOlder >= 1 && total > perPage ? { older: urlOf(frontOlder) } : {}), ...(full >= 1 && total > perPage ? { oldest: urlOf(1) } : {}) }];
  for (let n = full; n >= 1; n--) {
    // Block n holds the stories n*perPage-perPage ... n*perPage-1 counted from the oldest, shown newest first.
    const end = total - (n - 1) * perPage;
    pages.push({
      ...shared,
      page: n,
      items: items.slice(end - perPage, end),
      url: urlOf(n),
      newer: n === full ? baseUrl : urlOf(n + 1),
      ...(n > 1 ? { older: urlOf(n - 1), oldest: urlOf(1) } : {}),
    });
  }
  return pages;
}
