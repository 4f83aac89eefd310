/**
 * Serves the site from an R2 bucket: the object for the path with the site's header rules, a 301
 * for every alias, a not-found page with status 404 for a path that has no object (its first
 * folder's `404.html`, a language's say, else the site's `/404.html`), and 304 for a conditional
 * request whose entity tag still matches.
 */
import { NOT_FOUND_URL } from "../../urls/index.js";
import { parseHeadersFile, type HeaderRule } from "../header-rules.js";
import { etagMatches, HEADERS_KEY, notFoundKeysFor, objectKeyFor, redirectFor, responseHeaders } from "./route.js";

/** The parts of an R2 object the worker reads (the Workers runtime's `R2Object`). */
export interface SiteObject {
  readonly httpEtag: string;
  readonly httpMetadata?: { readonly contentType?: string };
  readonly customMetadata?: Readonly<Record<string, string>>;
}

/** An object with its bytes (`R2ObjectBody`). */
export interface SiteObjectBody extends SiteObject {
  readonly body: ReadableStream;
  text(): Promise<string>;
}

/** The parts of an R2 bucket binding the worker uses. */
export interface SiteBucket {
  get(key: string): Promise<SiteObjectBody | null>;
  head(key: string): Promise<SiteObject | null>;
}

/** The bytes of an object fetched with `get`; `null` for one fetched with `head`. */
function bodyOf(object: SiteObject | SiteObjectBody): ReadableStream | null {
  return "body" in object ? (object as SiteObjectBody).body : null;
}

/** How long a worker instance keeps the header rules before it reads them again. */
const RULES_TTL_MS = 60_000;
let cached: { rules: readonly HeaderRule[]; at: number } | undefined;

async function headerRules(bucket: SiteBucket): Promise<readonly HeaderRule[]> {
  if (cached && Date.now() - cached.at < RULES_TTL_MS) return cached.rules;
  const object = await bucket.get(HEADERS_KEY);
  cached = { rules: object ? parseHeadersFile(await object.text()) : [], at: Date.now() };
  return cached.rules;
}

/** Answers one request from the bucket. */
export async function serve(request: Request, bucket: SiteBucket): Promise<Response> {
  const head = request.method === "HEAD";
  if (!head && request.method !== "GET") return new Response("Method not allowed\n", { status: 405, headers: { Allow: "GET, HEAD" } });
  const url = new URL(request.url);
  const rules = await headerRules(bucket);
  const key = objectKeyFor(url.pathname);
  const object = key === undefined ? null : head ? await bucket.head(key) : await bucket.get(key);
  if (key !== undefined && object) {
    const location = redirectFor(url.pathname, key, object.customMetadata?.location);
    if (location) {
      await bodyOf(object)?.cancel();
      const headers = responseHeaders(rules, url.pathname, undefined, undefined);
      headers.set("Location", location + (location === `${url.pathname}/` ? url.search : ""));
      return new Response(null, { status: 301, headers });
    }
    const headers = responseHeaders(rules, url.pathname, object.httpMetadata?.contentType, object.httpEtag);
    if (etagMatches(request.headers.get("If-None-Match"), object.httpEtag)) {
      await bodyOf(object)?.cancel();
      return new Response(null, { status: 304, headers });
    }
    return new Response(bodyOf(object), { status: 200, headers });
  }
  return notFound(url.pathname, head, bucket, rules);
}

/**
 * The 404 for a path with no object: the first not-found page of {@link notFoundKeysFor} that the
 * bucket holds (its folder's, else the site's), read one after the other: two reads at most after
 * the path's own; a line of text when the bucket has neither.
 */
async function notFound(pathname: string, head: boolean, bucket: SiteBucket, rules: readonly HeaderRule[]): Promise<Response> {
  for (const key of notFoundKeysFor(pathname)) {
    const page = head ? await bucket.head(key) : await bucket.get(key);
    if (!page) continue;
    const headers = responseHeaders(rules, `/${key}`, page.httpMetadata?.contentType, undefined);
    return new Response(bodyOf(page), { status: 404, headers });
  }
  const headers = responseHeaders(rules, NOT_FOUND_URL, "text/plain; charset=utf-8", undefined);
  return new Response(head ? null : "Not found\n", { status: 404, headers });
}
