import type { ArticleView } from "../collections/index.js";
import { leadText } from "../markdown/index.js";
import { SEARCH_INDEX_URL, searchBundleUrl } from "../urls/index.js";

/**
 * The search index is cut into bundles that the search page merges, so that a new story re-indexes
 * one small bundle and not the archive. Counted from the oldest story, the archive is cut into
 * fixed blocks: as many of 100 x `base` as fit, then of 10 x `base`, then of `base`; the newest
 * stories, fewer than `base`, are the main bundle. A block keeps its stories as the archive grows,
 * so its bundle is written once; ten small blocks become one larger block when they fill it.
 * Pagefind holds about 115 KB an article while it writes a bundle, so the largest, of 20,000
 * articles by default, needs about 2.3 GB.
 */
export const SMALLEST_BUNDLE = 200;

/** One Pagefind bundle: where it is served and the articles it holds. */
export interface SearchShard {
  /** URL folder of the bundle, e.g. `/pagefind/` or `/pagefind/part-1/`. */
  readonly bundle: string;
  readonly articles: readonly ArticleView[];
}

/** What Pagefind is given for one article. */
export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly meta: { readonly title: string; readonly date: string; readonly section: string };
  readonly sort: { readonly date: string };
}

/** `text` as a sentence: a full stop added unless it already ends like one. */
function sentence(text: string): string {
  return /[.!?…"'”’)]$/u.test(text) ? text : `${text}.`;
}

/**
 * The record of one article, in the order a reader would read it, since Pagefind shows excerpts of
 * it: the headline, the standfirst (unless it is the body's own first paragraph, taken as the
 * summary), the opening `bodyWords` words of the body (the lead, which in a news story names who,
 * what and where), then the bylines, the dateline and the tags as short sentences of their own.
 * `lead` is the lead's text, worked out from the body unless given.
 */
export function searchRecord(article: ArticleView, bodyWords: number | "all", lead: string = leadText(article.html, bodyWords)): SearchRecord {
  const standfirst = lead.startsWith(article.summary.replace(/…$/u, "").slice(0, 80)) ? "" : article.summary;
  const names = article.byline.map((b) => b.name).join(", ");
  const tags = article.tags.map((t) => t.name).join(", ");
  const parts = [
    sentence(article.title),
    standfirst && sentence(standfirst),
    lead,
    names && `By ${names}.`,
    article.place ? sentence(article.place) : "",
    tags && `Tags: ${tags}.`,
  ];
  return {
    url: article.url,
    content: parts.filter((part) => part !== "").join(" "),
    meta: { title: article.title, date: article.published.day, section: article.section.name },
    sort: { date: String(article.published.epochMs) },
  };
}

/**
 * What a bundle's records are made from, as data to digest: each story's record with its lead standing
 * as the lead's hash (`leadKey`), so that working out the key reads no body, and an edit further down a
 * story, past its lead, does not index its bundle again. A record that starts showing a field changes
 * the key with no list of fields to update, since the key is made by the same function as the record.
 */
export function searchRecordKeys(shard: SearchShard, bodyWords: number | "all"): readonly SearchRecord[] {
  return shard.articles.map((a) => searchRecord(a, bodyWords, `\u0000lead ${a.leadKey}`));
}

/**
 * The bundles the search index is split into (see {@link SMALLEST_BUNDLE}), the main bundle first,
 * at `/pagefind/`, then the fixed blocks, newest first, each at `/pagefind/part-<first>-<last>/`
 * (its stories' places, counted from the oldest). While the blocks hold every story, there is no
 * main bundle and the newest block comes first: the search page opens the first bundle and merges
 * the others. Drafts and embargoed articles (present only in a preview) are left out.
 * @example searchShards(articles2350) // /pagefind/ (150), part-2001-2200, part-1-2000
 */
export function searchShards(articles: readonly ArticleView[], base: number = SMALLEST_BUNDLE): SearchShard[] {
  const indexed = articles.filter((a) => !a.draft && !a.embargoedUntil).sort((a, b) => a.published.epochMs - b.published.epochMs || (a.url < b.url ? -1 : 1));
  const blocks: SearchShard[] = [];
  let start = 0;
  for (const size of [base * 100, base * 10, base]) {
    for (; indexed.length - start >= size; start += size) blocks.push({ bundle: searchBundleUrl(start + 1, start + size), articles: indexed.slice(start, start + size) });
  }
  const main = indexed.slice(start);
  return main.length > 0 || blocks.length === 0 ? [{ bundle: SEARCH_INDEX_URL, articles: main }, ...blocks.reverse()] : blocks.reverse();
}
