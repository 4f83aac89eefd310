import type { DateTime } from "luxon";
import { datePath } from "../dates/index.js";

/** The one place a URL path is built. Every path starts and ends with `/` (files excepted). */

/** `/2016/03/03/azerbaijan-pakistan-ties/`: the date in the site zone, then the slug. */
export function articleUrl(date: DateTime, slug: string): string {
  return `/${datePath(date)}/${slug}/`;
}

export function authorUrl(id: string): string {
  return `/authors/${id}/`;
}

export function tagUrl(tagSlug: string): string {
  return `/tags/${tagSlug}/`;
}

export function sectionUrl(sectionId: string): string {
  return `/${sectionId}/`;
}

export function yearUrl(year: number): string {
  return `/${String(year).padStart(4, "0")}/`;
}

export function monthUrl(year: number, month: number): string {
  return `${yearUrl(year)}${String(month).padStart(2, "0")}/`;
}

export const HOME_URL = "/";
export const LATEST_URL = "/latest/";
export const AUTHORS_URL = "/authors/";
export const TAGS_URL = "/tags/";

/**
 * Page `n` of a listing whose first page is `base`.
 * @example pageUrl("/tags/energy/", 2) // "/tags/energy/page/2/"
 */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** The Atom feed beside a listing: `/tags/energy/feed.xml`. */
export function feedUrl(base: string): string {
  return `${base}feed.xml`;
}

/** An absolute URL on the site. `siteUrl` has no trailing slash. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl}${path.startsWith("/") ? path : `/${path}`}`;
}

/** First path segments that belong to the site itself; no section may take them. */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  "authors", "tags", "latest", "assets", "search", "page", "feed.xml", "sitemap.xml", "news-sitemap.xml",
  "robots.txt", "404.html", "pagefind", "_redirects", "_headers", "manifest.json",
]);
