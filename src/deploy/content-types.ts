import mime from "mime";
import { urlOfFile } from "../urls/index.js";
import { headersForPath, type HeaderRule } from "./header-rules.js";

/** Types that are text, whose bytes the build writes as UTF-8. */
const TEXT = /^(text\/|application\/(json|xml|javascript|manifest\+json|rss\+xml|atom\+xml|ld\+json))|\+xml$/;

/**
 * The Content-Type an object of the site is stored with, from its name (Pagefind's index files and
 * anything unknown are `application/octet-stream`); text types carry the charset.
 * @example contentTypeOf("2016/03/03/x/index.html") // "text/html; charset=utf-8"
 * @example contentTypeOf("_redirects") // "text/plain; charset=utf-8"
 */
export function contentTypeOf(file: string): string {
  const name = file.slice(file.lastIndexOf("/") + 1);
  const type = name.startsWith("_") && !name.includes(".") ? "text/plain" : (mime.getType(name) ?? "application/octet-stream");
  return TEXT.test(type) ? `${type}; charset=utf-8` : type;
}

/** The HTTP metadata an object is stored with: its type, and the Cache-Control the site's header rules give its URL. */
export interface ObjectHeaders {
  readonly contentType: string;
  readonly cacheControl: string | undefined;
}

/**
 * The stored headers of one file of the site, from the same rules `_headers` holds.
 * @example objectHeaders(headerRules(), "assets/site.1a2b.css") // { contentType: "text/css; charset=utf-8", cacheControl: "public, max-age=31536000, immutable" }
 */
export function objectHeaders(rules: readonly HeaderRule[], file: string): ObjectHeaders {
  const headers = headersForPath(rules, urlOfFile(file));
  const cacheControl = Object.entries(headers).find(([name]) => name.toLowerCase() === "cache-control")?.[1];
  return { contentType: contentTypeOf(file), cacheControl };
}
