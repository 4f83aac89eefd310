import type { DateTime } from "luxon";
import { datePath } from "../dates/index.js";

/**
 * The one place the site's URLs are made, and the one rule that turns a URL into the file that serves
 * it. Every page path starts and ends with `/`; files (feeds, sitemaps) end with their name.
 */

export const HOME_URL = "/";
export const LATEST_URL = "/latest/";
export const AUTHORS_URL = "/authors/";
export const TAGS_URL = "/tags/";
export const SEARCH_URL = "/search/";
export const NOT_FOUND_URL = "/404.html";
export const SITE_FEED_URL = "/feed.xml";
/** The list of the "Latest" sidebar, one file that every page fetches. */
export const LATEST_FRAGMENT_URL = "/fragments/latest.html";
export const SITEMAP_URL = "/sitemap.xml";
export const NEWS_SITEMAP_URL = "/news-sitemap.xml";
export const ROBOTS_URL = "/robots.txt";
/** The web app manifest: the site's name and icons for a home screen. */
export const WEB_MANIFEST_URL = "/site.webmanifest";
/** The CDN's redirect and header rules, and the deploy manifest. */
export const REDIRECTS_URL = "/_redirects";
export const HEADERS_URL = "/_headers";
export const MANIFEST_URL = "/manifest.json";
/**
 * Where a deploy to object storage keeps its own state (the live manifest, the bytes a rollback
 * needs): never a page, never served, and no alias may point into it.
 */
export const DEPLOY_STATE_URL = "/_deploy/";
/** Folders of fingerprinted assets, processed images and the search index. */
export const ASSETS_URL = "/assets/";
export const IMAGES_URL = "/img/";
export const SEARCH_INDEX_URL = "/pagefind/";
/**
 * The editors' web desk (Decap CMS): its page, its generated configuration, the project's script,
 * and the folder of Decap's own bundle. Not for readers: no sitemap, search or link names them.
 */
export const DESK_URL = "/admin/";
export const DESK_CONFIG_URL = "/admin/config.yml";
export const DESK_SCRIPT_URL = "/admin/desk.js";
export const DECAP_URL = "/admin/decap/";
/**
 * Pagefind's own interface files, served from the bundle the search page opens first (its main
 * bundle, or the newest fixed one while the main bundle is empty).
 * @example searchUiUrls("/pagefind/").script // "/pagefind/pagefind-ui.js"
 */
export function searchUiUrls(bundle: string = SEARCH_INDEX_URL): { readonly styles: string; readonly script: string } {
  return { styles: `${bundle}pagefind-ui.css`, script: `${bundle}pagefind-ui.js` };
}

/** `/2016/03/03/azerbaijan-pakistan-ties/`: the date in the site zone, then the slug. */
export function articleUrl(date: DateTime, slug: string): string {
  return articleUrlAt(datePath(date), slug);
}

/**
 * The same, from the date's `yyyy/mm/dd` already made (see `DateView.path`).
 * @example articleUrlAt("2016/03/03", "ties") // "/2016/03/03/ties/"
 */
export function articleUrlAt(datePath: string, slug: string): string {
  return `/${datePath}/${slug}/`;
}

export function authorUrl(id: string): string {
  return `${AUTHORS_URL}${id}/`;
}

export function tagUrl(tagSlug: string): string {
  return `${TAGS_URL}${tagSlug}/`;
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

/**
 * Numbered page `n` of a listing whose front page is `base`; numbers count from the oldest stories.
 * @example pageUrl("/tags/energy/", 2) // "/tags/energy/page/2/"
 */
export function pageUrl(base: string, n: number): string {
  return `${base}page/${n}/`;
}

/** The Atom feed beside a listing: `/tags/energy/feed.xml`. */
export function feedUrl(base: string): string {
  return `${base}feed.xml`;
}

/**
 * Part `n` (from 1) of a sitemap split past 50,000 URLs.
 * @example sitemapPartUrl(2) // "/sitemaps/sitemap-2.xml"
 */
export function sitemapPartUrl(n: number): string {
  return `/sitemaps/sitemap-${n}.xml`;
}

/**
 * The folder of a fixed search bundle: the stories from place `first` to place `last`, counted from
 * the oldest; the newest stories are the main bundle at {@link SEARCH_INDEX_URL}.
 * @example searchBundleUrl(1, 2000) // "/pagefind/part-1-2000/"
 */
export function searchBundleUrl(first: number, last: number): string {
  return `${SEARCH_INDEX_URL}part-${first}-${last}/`;
}

/**
 * A fingerprinted asset: `site.css` with hash `0a1b2c3d4e` is `/assets/site.0a1b2c3d4e.css`.
 * @example assetUrl("site.css", "0a1b2c3d4e") // "/assets/site.0a1b2c3d4e.css"
 */
export function assetUrl(name: string, hash: string): string {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? `${ASSETS_URL}${name}.${hash}` : `${ASSETS_URL}${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

/**
 * A Twitter profile, from a handle without `@`.
 * @example twitterProfileUrl("azernews_az") // "https://twitter.com/azernews_az"
 */
export function twitterProfileUrl(handle: string): string {
  return `https://twitter.com/${encodeURIComponent(handle)}`;
}

/** A link that shares a page on a network, or by e-mail. */
export interface ShareLink {
  /** The network's name, as the link shows it: "X", "Facebook". */
  readonly name: string;
  /** The link's accessible name: "Share on X". */
  readonly label: string;
  readonly url: string;
}

/** The words of the share links in one language: the networks keep their own names. */
export interface ShareWords {
  /** A network's link's accessible name: "Share on X". */
  readonly on: (network: string) => string;
  /** The e-mail link's text and accessible name. */
  readonly email: string;
  readonly byEmail: string;
}

/** The share links' words in English, for callers with no interface strings at hand. */
export const ENGLISH_SHARE_WORDS: ShareWords = { on: (network) => `Share on ${network}`, email: "E-mail", byEmail: "Share by e-mail" };

/**
 * Plain share links for a page, in the words of its language: each network's own share address with the page's URL (and title
 * where the network takes one), and an e-mail. No script and nothing from another site is loaded.
 * @example shareLinks("https://x.example/a/", "Title")[0]?.url // "https://twitter.com/intent/tweet?url=https%3A%2F%2Fx.example%2Fa%2F&text=Title"
 */
export function shareLinks(pageUrl: string, title: string, words: ShareWords = ENGLISH_SHARE_WORDS): ShareLink[] {
  const url = encodeURIComponent(pageUrl);
  const text = encodeURIComponent(title);
  const on = (name: string, link: string): ShareLink => ({ name, label: words.on(name), url: link });
  return [
    on("X", `https://twitter.com/intent/tweet?url=${url}&text=${text}`),
    on("Facebook", `https://www.facebook.com/sharer/sharer.php?u=${url}`),
    on("Telegram", `https://t.me/share/url?url=${url}&text=${text}`),
    on("WhatsApp", `https://wa.me/?text=${encodeURIComponent(`${title} ${pageUrl}`)}`),
    on("LinkedIn", `https://www.linkedin.com/sharing/share-offsite/?url=${url}`),
    { name: words.email, label: words.byEmail, url: `mailto:?subject=${text}&body=${url}` },
  ];
}

/** An absolute URL on the site. `siteUrl` has no trailing slash. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The CDN's control files: files of their own, though their names have no extension. */
const CONTROL_FILES: ReadonlySet<string> = new Set([REDIRECTS_URL, HEADERS_URL]);

/**
 * The file that serves a URL, relative to the output folder: a path ending in `/` gets an
 * `index.html` inside it, a last segment with a dot (or a CDN control file) is a file of its own,
 * and any other path is a folder with an `index.html` (as static hosts serve `/old/story`).
 * @example outputFileOf("/tags/x/") // "tags/x/index.html"
 * @example outputFileOf("/politics/94020.html") // "politics/94020.html"
 * @example outputFileOf("/old/story") // "old/story/index.html"
 */
export function outputFileOf(url: string): string {
  const trimmed = url.replace(/^\/+/, "");
  if (CONTROL_FILES.has(`/${trimmed}`)) return trimmed;
  if (trimmed === "" || trimmed.endsWith("/")) return `${trimmed}index.html`;
  const last = trimmed.slice(trimmed.lastIndexOf("/") + 1);
  return last.includes(".") ? trimmed : `${trimmed}/index.html`;
}

/**
 * The URL a file of the output is served at: the inverse of {@link outputFileOf}.
 * @example urlOfFile("index.html") // "/"
 * @example urlOfFile("tags/x/index.html") // "/tags/x/"
 */
export function urlOfFile(file: string): string {
  if (file === "index.html") return HOME_URL;
  return file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}

/** Folders whose every file the site writes itself (assets, pictures, search, the desk, sitemap parts, fragments); no alias may point inside them. */
export const SITE_FOLDER_URLS: readonly string[] = [ASSETS_URL, IMAGES_URL, SEARCH_INDEX_URL, DESK_URL, "/sitemaps/", "/fragments/"];

/** First path segments that belong to the site itself; no section may take them. */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  "authors", "tags", "latest", "assets", "search", "page", "feed.xml", "sitemap.xml", "news-sitemap.xml",
  "robots.txt", "404.html", "pagefind", "_redirects", "_headers", "manifest.json", "img", "sitemaps", "fragments", "site.webmanifest", "admin", "_deploy",
]);

/** What the language of a page needs of the site: the default language and the languages map. */
export interface LanguageSite {
  readonly language: string;
  readonly languages?: Readonly<Record<string, { readonly prefix?: string }>>;
}

/**
 * The first path segment of a language's pages: none for the default language (its URLs are the
 * one-language site's), the language's `prefix` for another.
 * @example languagePrefix({ language: "en", languages: { en: {}, az: { prefix: "az" } } }, "az") // "az"
 */
export function languagePrefix(site: LanguageSite, lang: string): string | undefined {
  if (lang === site.language) return undefined;
  return site.languages?.[lang]?.prefix;
}

/**
 * A site path in a language with the given prefix: the same path under `/{prefix}/`, or unchanged
 * without a prefix. Every per-language URL goes through here, so the default language's URLs are
 * exactly those of a one-language site.
 * @example inLanguage("az", "/2016/03/03/sammit/") // "/az/2016/03/03/sammit/"
 * @example inLanguage("ru", "/") // "/ru/"
 * @example inLanguage(undefined, "/tags/oil/") // "/tags/oil/"
 */
export function inLanguage(prefix: string | undefined, url: string): string {
  if (prefix === undefined || prefix === "") return url;
  return `/${prefix}${url.startsWith("/") ? url : `/${url}`}`;
}

/**
 * A site path in a language of the site.
 * @example languageUrl(site, "az", tagUrl("neft")) // "/az/tags/neft/"
 */
export function languageUrl(site: LanguageSite, lang: string, url: string): string {
  return inLanguage(languagePrefix(site, lang), url);
}
