import { redirectsFile } from "../collections/index.js";
import { headersFile } from "../deploy/index.js";
import { deskScript } from "../desk/index.js";
import type { EleventyGlobals } from "./globals.js";
import { newsSitemapXml, robotsTxt, sitemapIndex, sitemapXml, type SitemapPart } from "../feeds/index.js";
import { webManifest } from "../seo/index.js";
import {
  AUTHORS_URL, DESK_CONFIG_URL, DESK_SCRIPT_URL, DESK_URL, HEADERS_URL, HOME_URL, LATEST_FRAGMENT_URL, NEWS_SITEMAP_URL, NOT_FOUND_URL,
  REDIRECTS_URL, ROBOTS_URL, SEARCH_URL, SITEMAP_URL, TAGS_URL, WEB_MANIFEST_URL, inLanguage,
} from "../urls/index.js";

/**
 * A file Eleventy writes once per build: a single page from a template, or a machine file made by a
 * function. Both are made from Eleventy's globals alone (`src/eleventy/data.ts`), which is what the
 * build cache keys them on.
 */
export interface EleventyFile {
  /** A short name, unique: Eleventy's virtual template is `<name>.11ty.js`. */
  readonly name: string;
  /** Its address; a function where the build decides whether it writes the file at all (`false`). */
  readonly url: string | ((globals: EleventyGlobals) => string | false);
  /** The page's template, rendered with Eleventy's globals. */
  readonly template?: string;
  /** The file's text, made without a template. */
  readonly render?: (globals: EleventyGlobals) => string | Promise<string>;
  /** Whether the sitemap lists it (the home page is listed first, with its own last change). */
  readonly inSitemap?: boolean;
  /**
   * A page every language of a site with `languages` has, under its prefix (`/az/search/`), made
   * from that language's globals (see `editions` in `./globals.ts`).
   */
  readonly perLanguage?: boolean;
}

/**
 * Every file Eleventy writes but the sitemap's parts ({@link SITEMAP_PARTS}): the home page, the
 * indexes of authors and tags, search, the 404, the Latest fragment, the desk's page and files, and
 * the machine files. The page writer's files are the kinds of `src/render/pages.ts`; with these, they
 * are the site's registry (`./registry.ts`).
 */
export const ELEVENTY_FILES: readonly EleventyFile[] = [
  { name: "pages/home", url: HOME_URL, template: "pages/home.njk", perLanguage: true },
  { name: "pages/authors", url: AUTHORS_URL, template: "pages/authors.njk", inSitemap: true, perLanguage: true },
  { name: "pages/tags", url: TAGS_URL, template: "pages/tags.njk", inSitemap: true, perLanguage: true },
  { name: "pages/search", url: SEARCH_URL, template: "pages/search.njk", inSitemap: true, perLanguage: true },
  { name: "pages/not-found", url: NOT_FOUND_URL, template: "pages/not-found.njk", perLanguage: true },
  { name: "pages/latest-fragment", url: LATEST_FRAGMENT_URL, template: "pages/latest-fragment.njk", perLanguage: true },
  // With one part, the sitemap is that part at /sitemap.xml; split, /sitemap.xml is their index.
  { name: "machine/sitemap-index", url: (g) => (g.syndication.sitemapIsIndex ? SITEMAP_URL : false), render: (g) => sitemapIndex(g.syndication.sitemaps, g.news.site) },
  { name: "machine/news-sitemap", url: NEWS_SITEMAP_URL, render: (g) => newsSitemapXml(g.syndication.news, g.news.site) },
  { name: "machine/redirects", url: REDIRECTS_URL, render: (g) => redirectsFile(g.news.redirects) },
  { name: "machine/headers", url: HEADERS_URL, render: () => headersFile() },
  { name: "machine/robots", url: ROBOTS_URL, render: (g) => robotsTxt(g.news.site) },
  { name: "machine/webmanifest", url: WEB_MANIFEST_URL, render: (g) => webManifest(g.news.site, g.assets) },
  // The web desk's page, its configuration from the schemas and site.json, and the project's script.
  { name: "desk/page", url: DESK_URL, template: "pages/desk.njk" },
  { name: "desk/config", url: DESK_CONFIG_URL, render: (g) => g.desk.config },
  { name: "desk/script", url: DESK_SCRIPT_URL, render: () => deskScript() },
];

/** The sitemap's parts: one file per part of `syndication.sitemaps`, each at the part's own URL. */
export const SITEMAP_PARTS = {
  name: "machine/sitemap",
  /** Where Eleventy finds the parts in its globals, to paginate over them. */
  data: "syndication.sitemaps",
  url: (part: SitemapPart): string => part.url,
  render: (part: SitemapPart, globals: EleventyGlobals): string => sitemapXml(part, globals.news.site),
} as const;

/**
 * The addresses of Eleventy's files that no alias may take, whether or not this build writes them:
 * each file's, and each per-language page's under every language prefix in `prefixes`.
 */
export function eleventyUrls(prefixes: readonly string[] = []): string[] {
  const fixed = ELEVENTY_FILES.flatMap((f) => (typeof f.url === "string" ? [f.url] : []));
  const languages = ELEVENTY_FILES.flatMap((f) => (f.perLanguage && typeof f.url === "string" ? prefixes.map((p) => inLanguage(p, f.url as string)) : []));
  return [...fixed, SITEMAP_URL, ...languages];
}
