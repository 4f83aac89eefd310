import type { Article, SiteConfig } from "../content/types.js";
import { absoluteUrl } from "../urls/index.js";

/**
 * Stories linked to their translations: the versions of one story in the site's languages share a
 * `translationKey`. Pure functions over plain articles; the pages that show the links come later.
 */

/** One version of a story, as `<link rel="alternate" hreflang>` and the sitemap's `xhtml:link` name it. */
export interface Alternate {
  /** The language code, or `x-default` for the version readers of any other language are sent to. */
  readonly hreflang: string;
  /** Absolute URL of that version. */
  readonly href: string;
}

/**
 * The articles that carry a `translationKey`, grouped by it, each group in the order of the site's
 * languages (then by file, for two of one language, which {@link duplicateTranslationKeys} refuses).
 * @example translationGroups([en, az]).get("summit") // [en, az]
 */
export function translationGroups(articles: readonly Article[], languageOrder: readonly string[] = []): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    if (article.translationKey === undefined) continue;
    const group = groups.get(article.translationKey);
    if (group) group.push(article);
    else groups.set(article.translationKey, [article]);
  }
  const rank = (lang: string): number => {
    const i = languageOrder.indexOf(lang);
    return i === -1 ? languageOrder.length : i;
  };
  for (const group of groups.values()) {
    group.sort((a, b) => rank(a.lang) - rank(b.lang) || a.lang.localeCompare(b.lang) || (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  }
  return groups;
}

/** What {@link alternatesOf} needs of the site. */
export type AlternateSite = Pick<SiteConfig, "url" | "language" | "languages">;

/**
 * The `hreflang` alternates of one story's versions (`group`, one per language, published ones
 * only): every version with its language, itself included, and `x-default` on the default
 * language's version. Every version of a story gets the same list, so the links are reciprocal by
 * construction. A story told in one language only has none: there is nothing to link. A story with
 * no version in the default language gets no `x-default`: no version is meant for readers of
 * every other language, and search engines then choose by the reader's language alone.
 * @example alternatesOf([en, az], site, url) // [{ hreflang: "en", ... }, { hreflang: "az", ... }, { hreflang: "x-default", href: <en's URL> }]
 */
export function alternatesOf<T extends { readonly lang: string }>(group: readonly T[], site: AlternateSite, urlOf: (version: T) => string): Alternate[] {
  if (group.length < 2) return [];
  const alternates = group.map((article) => ({ hreflang: article.lang, href: absoluteUrl(site.url, urlOf(article)) }));
  const fallback = group.find((article) => article.lang === site.language);
  return fallback ? [...alternates, { hreflang: "x-default", href: absoluteUrl(site.url, urlOf(fallback)) }] : alternates;
}

/**
 * The alternates of every published article that has translations, by article: drafts are left out
 * of every list, as they are of every page. Articles without a translation are not in the map.
 */
export function translationAlternates(articles: readonly Article[], site: AlternateSite, urlOf: (article: Article) => string): Map<Article, Alternate[]> {
  const order = site.languages ? Object.keys(site.languages) : [site.language];
  const byArticle = new Map<Article, Alternate[]>();
  for (const group of translationGroups(articles.filter((a) => !a.draft), order).values()) {
    const alternates = alternatesOf(group, site, urlOf);
    if (alternates.length === 0) continue;
    for (const article of group) byArticle.set(article, alternates);
  }
  return byArticle;
}
