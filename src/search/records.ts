import type { ArticleView } from "../collections/index.js";
import { SEARCH_INDEX_URL, searchBundleUrl } from "../urls/index.js";

/**
 * Pagefind keeps a whole index in memory while it writes it, about 115 KB an article (1.1 GB for
 * 10,000 articles), so an archive is indexed as bundles, one after another, that the search page
 * merges. Each bundle costs a searching reader its own script, WebAssembly and metadata (about
 * 200 KB), so there are at most {@link MAX_BUNDLES}; below that a bundle holds up to
 * {@link MIN_BUNDLE_SIZE} articles, about 0.7 GB of indexer memory.
 */
export const MIN_BUNDLE_SIZE = 6_000;
export const MAX_BUNDLES = 5;

/** Articles per bundle for an archive of `articles`: 6,000, or a fifth of the archive past 30,000. */
export function bundleSize(articles: number): number {
  return Math.max(MIN_BUNDLE_SIZE, Math.ceil(articles / MAX_BUNDLES));
}

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

const TAGS = /<[^>]*>/g;
const ENTITIES: Readonly<Record<string, string>> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** The words of an article body, for the index: tags dropped, the common entities decoded. */
export function searchText(html: string): string {
  return html.replace(TAGS, " ").replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e).replace(/\s+/g, " ").trim();
}

/** The first `count` words of `text` (all of it for `"all"`). */
export function firstWords(text: string, count: number | "all"): string {
  if (count === "all") return text;
  let end = 0;
  for (let seen = 0; seen < count; seen++) {
    const space = text.indexOf(" ", end + 1);
    if (space === -1) return text;
    end = space;
  }
  return text.slice(0, end);
}

/**
 * The first `count` words of an article body as plain text: {@link firstWords} of {@link searchText},
 * worked out from the start of the HTML only, so a long body is not stripped whole for its lead.
 */
export function leadText(html: string, count: number | "all"): string {
  if (count === "all") return searchText(html);
  if (count === 0) return "";
  for (let length = count * 12 + 256; length < html.length; length *= 2) {
    // A tag cut off at the end is dropped; anything else cut off lies past the last whole word.
    const text = searchText(html.slice(0, length).replace(/<[^>]*$/, ""));
    const lead = firstWords(text, count);
    // More text after the lead: its last word ended before the cut.
    if (lead.length < text.length) return lead;
  }
  return firstWords(searchText(html), count);
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
 */
export function searchRecord(article: ArticleView, bodyWords: number | "all"): SearchRecord {
  const lead = leadText(article.html, bodyWords);
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
 * The bundles the search index is split into, of `size` articles (default {@link bundleSize}). Drafts and embargoed articles (present only in a
 * preview) are left out. Articles are cut oldest first into runs of `size`, so an older bundle keeps
 * its articles as the archive grows; the newest run is the main bundle at `/pagefind/`, the others
 * are `/pagefind/part-1/` (the oldest) onwards.
 */
export function searchShards(articles: readonly ArticleView[], size?: number): SearchShard[] {
  const indexed = articles.filter((a) => !a.draft && !a.embargoedUntil).sort((a, b) => a.published.epochMs - b.published.epochMs || (a.url < b.url ? -1 : 1));
  size ??= bundleSize(indexed.length);
  const runs: ArticleView[][] = [];
  for (let i = 0; i < indexed.length; i += size) runs.push(indexed.slice(i, i + size));
  if (runs.length === 0) runs.push([]);
  const newest = runs.length - 1;
  return runs
    .map((run, i) => ({ bundle: i === newest ? SEARCH_INDEX_URL : searchBundleUrl(i + 1), articles: run }))
    .reverse();
}
