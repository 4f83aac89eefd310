import { pageUrl } from "../urls/index.js";

/** A link in a numbered pager; `url` is absent on a gap ("…"). */
export interface PageLink {
  readonly number?: number;
  readonly url?: string;
  readonly current: boolean;
}

/** What every listing kind shares. */
export type ListingKind = "latest" | "section" | "author" | "tag" | "month";

/** One page of a listing: the page writer renders one list page from each. */
export interface Listing<T> {
  readonly kind: ListingKind;
  /** The group's key: section id, author id, tag slug, `yyyy/mm`, or `latest`. */
  readonly key: string;
  readonly title: string;
  readonly pageNumber: number;
  readonly totalPages: number;
  /** How many items the whole group has. */
  readonly total: number;
  readonly items: readonly T[];
  readonly url: string;
  /** The first page's URL: the listing's home. */
  readonly baseUrl: string;
  readonly prev?: string;
  readonly next?: string;
  readonly pager: readonly PageLink[];
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

/**
 * Numbered pager links: the first, the last, and two either side of the current page, with gaps.
 * @example pagerLinks(5, 9, f) // 1 … 3 4 [5] 6 7 … 9
 */
export function pagerLinks(current: number, total: number, urlOf: (n: number) => string, reach = 2): PageLink[] {
  if (total <= 1) return [];
  const links: PageLink[] = [];
  let last = 0;
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= reach) {
      if (n - last > 1) links.push({ current: false });
      links.push({ number: n, url: urlOf(n), current: n === current });
      last = n;
    }
  }
  return links;
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
 * Cuts one group into pages of `perPage`. An empty group still gets one (empty) page, so its URL exists.
 * @example paginate(items40, { perPage: 20, baseUrl: "/tags/x/", ... }) // pages at /tags/x/ and /tags/x/page/2/
 */
export function paginate<T>(items: readonly T[], options: PaginateOptions): Array<Listing<T>> {
  const { perPage, baseUrl } = options;
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const urlOf = (n: number): string => pageUrl(baseUrl, n);
  const pages: Array<Listing<T>> = [];
  for (let n = 1; n <= totalPages; n++) {
    pages.push({
      kind: options.kind,
      key: options.key,
      title: options.title,
      pageNumber: n,
      totalPages,
      total: items.length,
      items: items.slice((n - 1) * perPage, n * perPage),
      url: urlOf(n),
      baseUrl,
      ...(n > 1 ? { prev: urlOf(n - 1) } : {}),
      ...(n < totalPages ? { next: urlOf(n + 1) } : {}),
      pager: pagerLinks(n, totalPages, urlOf),
      ...(options.up ? { up: options.up } : {}),
      ...(options.feedUrl && items.length > 0 ? { feedUrl: options.feedUrl } : {}),
    });
  }
  return pages;
}
