import type { ArticleCard, ArticleView } from "../collections/index.js";
import type { SiteConfig } from "../content/index.js";
import { absoluteUrl, HOME_URL, NEWS_SITEMAP_URL, SEARCH_INDEX_URL, SITEMAP_URL, sitemapPartUrl } from "../urls/index.js";
import { toXml } from "./xml.js";

/** One URL of the sitemap, with its last change when known. */
export interface SitemapEntry {
  readonly url: string;
  readonly lastmod?: string;
  /** The page's versions in the site's languages, itself included, as `hreflang` names them. */
  readonly alternates?: ReadonlyArray<{ readonly hreflang: string; readonly href: string }>;
}

/** The most URLs one sitemap file may hold (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

/** A sitemap file to write: the single sitemap, or one part of a split one. */
export interface SitemapPart {
  readonly url: string;
  readonly entries: readonly SitemapEntry[];
}

/**
 * Splits the site's URLs into sitemap files. Up to the limit, one sitemap; past it, numbered parts
 * and an index in the sitemap's place (see {@link sitemapIndex}).
 */
export function sitemapParts(entries: readonly SitemapEntry[], limit = SITEMAP_LIMIT): SitemapPart[] {
  if (entries.length <= limit) return [{ url: SITEMAP_URL, entries }];
  const parts: SitemapPart[] = [];
  for (let i = 0; i < entries.length; i += limit) {
    parts.push({ url: sitemapPartUrl(parts.length + 1), entries: entries.slice(i, i + limit) });
  }
  return parts;
}

/**
 * A `urlset` sitemap. A page with versions in other languages names each, itself included, as an
 * `xhtml:link` (Google's way of putting `hreflang` in a sitemap); the namespace is declared only
 * when some page has them, so a one-language site's sitemap is as it always was.
 */
export function sitemapXml(part: SitemapPart, site: SiteConfig): string {
  const linked = part.entries.some((e) => e.alternates && e.alternates.length > 0);
  return toXml({
    urlset: {
      "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9",
      ...(linked ? { "@_xmlns:xhtml": "http://www.w3.org/1999/xhtml" } : {}),
      url: part.entries.map((e) => ({
        loc: absoluteUrl(site.url, e.url),
        ...(e.lastmod ? { lastmod: e.lastmod } : {}),
        ...(e.alternates && e.alternates.length > 0 ? { "xhtml:link": e.alternates.map((a) => ({ "@_rel": "alternate", "@_hreflang": a.hreflang, "@_href": a.href })) } : {}),
      })),
    },
  });
}

/** The sitemap index that names every part, each with its newest change. */
export function sitemapIndex(parts: readonly SitemapPart[], site: SiteConfig): string {
  return toXml({
    sitemapindex: {
      "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9",
      sitemap: parts.map((p) => {
        const lastmod = p.entries.reduce<SitemapEntry | undefined>((best, e) => (e.lastmod && (!best?.lastmod || Date.parse(e.lastmod) > Date.parse(best.lastmod)) ? e : best), undefined)?.lastmod;
        return { loc: absoluteUrl(site.url, p.url), ...(lastmod ? { lastmod } : {}) };
      }),
    },
  });
}

/** How far back the news sitemap reaches, and how many articles it may hold (Google News rules). */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_LIMIT = 1000;

/** Articles for the news sitemap: published in the two days before the build, newest first, at most 1,000. */
export function newsArticles(articles: readonly ArticleView[], buildMs: number): ArticleView[] {
  const from = buildMs - NEWS_WINDOW_MS;
  const picked: ArticleView[] = [];
  for (const a of articles) {
    if (picked.length >= NEWS_LIMIT) break;
    const t = a.published.epochMs;
    if (t <= buildMs && t >= from && !a.draft) picked.push(a);
  }
  return picked;
}

/**
 * The news sitemap: each recent article with the publication's name and language, its date and title.
 * With no recent article it lists the home page alone: the sitemaps.org schema refuses an empty urlset.
 */
export function newsSitemapXml(articles: readonly ArticleCard[], site: SiteConfig): string {
  return toXml({
    urlset: {
      "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "@_xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9",
      url: articles.length === 0 ? [{ loc: absoluteUrl(site.url, HOME_URL) }] : articles.map((a) => ({
        loc: a.absoluteUrl,
        "news:news": {
          "news:publication": { "news:name": site.name, "news:language": a.lang },
          "news:publication_date": a.published.iso,
          "news:title": a.title,
        },
      })),
    },
  });
}

/** robots.txt: everything may be crawled; both sitemaps are named. */
export function robotsTxt(site: SiteConfig): string {
  return [
    "User-agent: *",
    "Allow: /",
    `Disallow: ${SEARCH_INDEX_URL}`,
    "",
    `Sitemap: ${absoluteUrl(site.url, SITEMAP_URL)}`,
    `Sitemap: ${absoluteUrl(site.url, NEWS_SITEMAP_URL)}`,
    "",
  ].join("\n");
}
