/**
 * The edge worker's pure decisions: which object serves a path, which paths are never served, and
 * the headers of a response. Free of any runtime API, so they are unit-tested in Node.
 */
import { DEPLOY_STATE_URL, HEADERS_URL, MANIFEST_URL, NOT_FOUND_URL, outputFileOf, REDIRECTS_URL } from "../../urls/index.js";
import { headersForPath, type HeaderRule } from "../header-rules.js";

/** Keys the worker never serves: the deploy's state and the CDN's control files. */
const HIDDEN_PREFIX = DEPLOY_STATE_URL.slice(1);
const HIDDEN = new Set([HEADERS_URL, REDIRECTS_URL, MANIFEST_URL].map((u) => u.slice(1)));

/** The object that holds the rules of `_headers`, which the worker applies to every response. */
export const HEADERS_KEY = HEADERS_URL.slice(1);
/** The site's own not-found page, served with status 404 for a path that has no object (see {@link notFoundKeysFor}). */
export const NOT_FOUND_KEY = NOT_FOUND_URL.slice(1);

/**
 * The object key that serves a request path, as static hosts map them (`/x/` → `x/index.html`,
 * `/x` → `x/index.html`, `/feed.xml` → `feed.xml`); `undefined` for a path that is never served.
 * @example objectKeyFor("/2016/03/03/story/") // "2016/03/03/story/index.html"
 * @example objectKeyFor("/_deploy/live.json") // undefined
 */
export function objectKeyFor(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const key = outputFileOf(decoded);
  return key.startsWith(HIDDEN_PREFIX) || HIDDEN.has(key) ? undefined : key;
}

/**
 * The objects tried, in order, for a path that has none: its first folder's own `404.html`, then the
 * site's. A site in several languages writes one under each language's prefix (`az/404.html`), so a
 * reader who mistypes an Azerbaijani address is answered in Azerbaijani. Only the first folder is
 * tried, never each folder up the tree, so finding the page costs at most two reads of the bucket
 * after the path's own, however deep the path. A path that is never served (the deploy's state, a control file, an undecodable one) or
 * that has no folder gets the site's alone.
 * @example notFoundKeysFor("/az/2016/03/03/nothing/") // ["az/404.html", "404.html"]
 * @example notFoundKeysFor("/nothing.html") // ["404.html"]
 */
export function notFoundKeysFor(pathname: string): string[] {
  const key = objectKeyFor(pathname);
  const slash = key?.indexOf("/") ?? -1;
  const folder = key !== undefined && slash > 0 ? key.slice(0, slash) : undefined;
  return folder === undefined || folder === "." || folder === ".." ? [NOT_FOUND_KEY] : [`${folder}/${NOT_FOUND_KEY}`, NOT_FOUND_KEY];
}

/**
 * Where a found object sends the reader instead of being served: its alias target (a permanent
 * redirect the deploy stored with the alias page), or the same path with its closing `/` when a
 * folder's page was asked for without it.
 * @example redirectFor("/old/94020.html", "old/94020.html", "/2016/03/03/x/") // "/2016/03/03/x/"
 * @example redirectFor("/politics", "politics/index.html", undefined) // "/politics/"
 */
export function redirectFor(pathname: string, key: string, location: string | undefined): string | undefined {
  if (location) return location;
  return !pathname.endsWith("/") && key.endsWith("index.html") && !pathname.endsWith("index.html") ? `${pathname}/` : undefined;
}

/** Whether an `If-None-Match` header names the object's entity tag (or `*`), weak tags included. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string): string => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/**
 * The headers of a response for `pathname`: those the `_headers` rules give it, the object's type,
 * and its entity tag.
 */
export function responseHeaders(rules: readonly HeaderRule[], pathname: string, contentType: string | undefined, etag: string | undefined): Headers {
  const headers = new Headers(headersForPath(rules, pathname));
  if (contentType) headers.set("Content-Type", contentType);
  if (etag) headers.set("ETag", etag);
  return headers;
}
