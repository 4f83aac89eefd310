import type { SiteModel } from "../collections/index.js";
import { buildFeeds, buildSyndication, newest, type FeedSpec, type SitemapEntry, type Syndication, type TagFeedLabel } from "../feeds/index.js";
import { bulkPages, type PageKind } from "../render/index.js";
import { feedUrl, inLanguage, languagePrefix, MANIFEST_URL } from "../urls/index.js";
import { ELEVENTY_FILES, eleventyUrls } from "./files.js";

/**
 * The site's registry: every file the build makes from the site model, in one list. The page
 * writer's kinds (`src/render/pages.ts`: articles, lists, archives, feeds, redirect pages) and
 * Eleventy's files (`./files.ts`: the single pages and the machine files). The page writer, the
 * keys, Eleventy's plugin, the sitemap, the check of aliases and links, and the build cache's list of
 * the files it expects all read it; a new page kind is one entry and its template.
 * Images, search bundles and copied assets are files of their own folders, named by their content.
 */
export interface SiteRegistry {
  /** The page writer's kinds, each with its pages. */
  readonly pages: readonly PageKind[];
  /** The feeds the `feed` kind writes. */
  readonly feeds: readonly FeedSpec[];
  /** The feeds, the sitemap's parts and the news sitemap's stories, for Eleventy's files. */
  readonly syndication: Syndication;
}

/** The registry of `model`'s site, as built at `buildMs`; `tagLabel` titles a tag's feed in its language. */
export function siteRegistry(model: SiteModel, buildMs: number, tagLabel?: TagFeedLabel): SiteRegistry {
  const feeds = buildFeeds(model, tagLabel);
  const pages = bulkPages(model, feeds);
  return { pages, feeds, syndication: buildSyndication(model, buildMs, feeds, sitemapEntries(model, pages)) };
}

/**
 * Every page the sitemap lists, in the order it lists them: each language's home page (its last
 * change the newest of its 30 newest stories', its versions in the other languages beside it), then
 * each kind's pages that the kind says the sitemap lists, with their last change and their versions
 * in other languages, then Eleventy's pages that it lists, in each language.
 */
export function sitemapEntries(model: SiteModel, pages: readonly PageKind[]): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  const add = (url: string, lastmod?: string, alternates?: SitemapEntry["alternates"]): void =>
    void entries.push({ url, ...(lastmod ? { lastmod } : {}), ...(alternates && alternates.length > 0 ? { alternates } : {}) });
  for (const edition of model.editions) add(edition.urls.home, newest(edition.articles.slice(0, 30)), edition.language?.alternates);
  for (const kind of pages) {
    const listed = kind.sitemap;
    if (listed) for (const item of kind.items) add(item.url, listed(item), kind.alternates?.(item));
  }
  for (const edition of model.editions) {
    for (const file of ELEVENTY_FILES) if (file.inSitemap && typeof file.url === "string") add(inLanguage(languagePrefix(model.site, edition.lang), file.url));
  }
  return entries;
}

/**
 * Every address the site writes a page or file at itself, which no alias may take and any link may
 * point to: every page of the registry but the redirect pages, Eleventy's files, the deploy
 * manifest, and the feed of every section, author and tag (one with no story has none today, but
 * may tomorrow).
 */
export function ownUrls(model: SiteModel): string[] {
  const pages = bulkPages(model, buildFeeds(model)).filter((k) => k.kind !== "redirect");
  const feeds = model.editions.flatMap(({ groups: { section, author, tag } }) => [...section, ...author, ...tag].map((g) => feedUrl(g.url)));
  const prefixes = model.editions.flatMap((e) => languagePrefix(model.site, e.lang) ?? []);
  return [...eleventyUrls(prefixes), MANIFEST_URL, ...pages.flatMap((k) => k.items.map((i) => i.url)), ...feeds];
}
