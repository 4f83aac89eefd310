import { slugify } from "../slugs/index.js";
import { languageUrl, tagUrl, type LanguageSite } from "../urls/index.js";

/**
 * Tags belong to their language: "Нефть" on a Russian story and "Oil" on an English one are two
 * tags with two pages, and so are "neft" in Azerbaijani and "нефть" in Russian, though both slugs
 * read `neft`. A tag is keyed by its language and its slug.
 */

/** One tag of one language: its key among all the site's tags, its slug and its page. */
export interface LanguageTag {
  /** Unique across languages: the slug alone for the default language (as on a one-language site), `lang:slug` for another. */
  readonly key: string;
  readonly lang: string;
  readonly slug: string;
  /** `/tags/oil/` in the default language, `/az/tags/neft/` under a language's prefix. */
  readonly url: string;
}

/**
 * The key of a tag in a language. The default language's tags keep the plain slug, so the keys (and
 * everything built from them) of a one-language site do not change; another language's carry it in
 * front, with a colon that no slug contains.
 * @example tagKey("az", "neft", "en") // "az:neft"
 * @example tagKey("en", "oil", "en") // "oil"
 */
export function tagKey(lang: string, slug: string, defaultLanguage: string): string {
  return lang === defaultLanguage ? slug : `${lang}:${slug}`;
}

/**
 * A tag as an editor wrote it on a story of language `lang`: folded or transliterated to its slug,
 * keyed, and given its page's URL.
 * @example languageTag("Neft", "az", site) // { key: "az:neft", lang: "az", slug: "neft", url: "/az/tags/neft/" }
 * @example languageTag("Нефть", "ru", site).url // "/ru/tags/neft/"
 */
export function languageTag(name: string, lang: string, site: LanguageSite): LanguageTag {
  const slug = slugify(name);
  return { key: tagKey(lang, slug, site.language), lang, slug, url: languageUrl(site, lang, tagUrl(slug)) };
}
