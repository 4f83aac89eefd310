import { articleCard, type Edition, type SiteModel } from "../collections/index.js";
import type { DeskFiles } from "../desk/index.js";
import type { Syndication } from "../feeds/index.js";
import { languagePrefix } from "../urls/index.js";
import type { Assets, Renderer } from "../render/index.js";

/** What Eleventy's pages are rendered from: the part of a prepared build the plugin reads. */
export interface EleventySite {
  readonly model: SiteModel;
  readonly syndication: Syndication;
  readonly fragments: Readonly<Record<string, string>>;
  /** On a site with `languages`: each other language's fragments, by code. */
  readonly languageFragments?: ReadonlyMap<string, Readonly<Record<string, string>>>;
  readonly assets: Assets;
  readonly searchBundles: readonly string[];
  readonly searchUi: { readonly styles: string; readonly script: string };
  readonly desk: DeskFiles;
  readonly renderer: Renderer;
}

/**
 * The part of the site model Eleventy's pages are given as `news`: the site's settings, sections and
 * addresses, the home page, the newest stories, the breaking line, the indexes of authors and tags,
 * and the redirects; every story as a card (no body). It is what their key is made from, so it holds
 * no more than they show: the lists and archives are the page writer's.
 */
function eleventyNews(model: SiteModel, edition: Edition = model) {
  const { home } = edition;
  return {
    site: model.site,
    urls: edition.urls,
    sections: edition.sections,
    home: { ...(home.lead ? { lead: articleCard(home.lead) } : {}), top: home.top.map(articleCard), sections: home.sections.map((s) => ({ section: s.section, items: s.items.map(articleCard) })) },
    latest: edition.latest.map(articleCard),
    ...(edition.breaking ? { breaking: edition.breaking } : {}),
    authors: edition.authors,
    tags: edition.tags,
    redirects: model.redirects,
  };
}

/**
 * The languages of a site with `languages` but the default one, each with what its own copies of
 * Eleventy's pages (home, indexes, search, 404, the Latest fragment) are rendered from: its `news`,
 * its fragments, `lang` and `language`, which take the place of the default language's globals.
 * A one-language site has none.
 */
function eleventyEditions(site: EleventySite) {
  const { model } = site;
  return model.editions
    .filter((edition) => edition.language && edition.lang !== model.site.language)
    .map((edition) => ({
      lang: edition.lang,
      prefix: languagePrefix(model.site, edition.lang) ?? "",
      page: { news: eleventyNews(model, edition), fragments: site.languageFragments?.get(edition.lang) ?? site.fragments, lang: edition.lang, language: edition.language },
    }));
}

/** What the default language's pages of a site with `languages` are told of it (`lang`, `language`); nothing on a one-language site. */
function defaultLanguage(model: SiteModel) {
  return model.language ? { lang: model.lang, language: model.language } : {};
}

/** The type of `news` on Eleventy's pages. */
export type EleventyNews = ReturnType<typeof eleventyNews>;

/** The feeds' part Eleventy writes: the sitemaps and the news sitemap (its stories as cards). */
function eleventySyndication(syndication: Syndication) {
  return { sitemaps: syndication.sitemaps, sitemapIsIndex: syndication.sitemapIsIndex, news: syndication.news.map(articleCard) };
}

/** Each global of Eleventy's templates, by the name they use, and where it comes from in the site. */
const GLOBALS = {
  news: (site: EleventySite) => eleventyNews(site.model),
  syndication: (site: EleventySite) => eleventySyndication(site.syndication),
  fragments: (site: EleventySite) => site.fragments,
  assets: (site: EleventySite) => site.assets.urls,
  searchBundles: (site: EleventySite) => site.searchBundles,
  searchUi: (site: EleventySite) => site.searchUi,
  desk: (site: EleventySite) => site.desk,
  editions: eleventyEditions,
  defaultLanguage: (site: EleventySite) => defaultLanguage(site.model),
} as const satisfies Record<string, (site: EleventySite) => unknown>;

/** What the templates of Eleventy's pages and files see. */
export type EleventyGlobals = { readonly [K in keyof typeof GLOBALS]: ReturnType<(typeof GLOBALS)[K]> };

/** The names of the globals. */
export const ELEVENTY_GLOBALS = Object.keys(GLOBALS) as ReadonlyArray<keyof typeof GLOBALS>;

const made = new WeakMap<EleventySite, EleventyGlobals>();

/**
 * The data every page Eleventy renders shares, by the name its templates use, made once per build.
 * The plugin hands Eleventy exactly this, and the build cache keys Eleventy's pages and files on a
 * digest of it: whatever they show is in their key, with no list of fields kept beside them.
 */
export function eleventyGlobals(site: EleventySite): EleventyGlobals {
  let globals = made.get(site);
  if (!globals) {
    globals = Object.fromEntries(ELEVENTY_GLOBALS.map((name) => [name, GLOBALS[name](site)])) as unknown as EleventyGlobals;
    made.set(site, globals);
  }
  return globals;
}
