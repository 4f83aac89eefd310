import type { ArticleImage, SiteConfig, Topic, TopicVersion } from "../content/index.js";
import { tagKey } from "../languages/tags.js";
import { alternatesOf, type Alternate } from "../languages/translations.js";
import { languageUrl, tagUrl } from "../urls/index.js";
import { mostUsedSpellings } from "./group.js";
import type { TranslationLink } from "./views.js";

/** A tag's topic as its page shows it: the name every mention uses, the description and the image. */
export interface TopicView {
  /** The tag's slug. */
  readonly key: string;
  readonly name: string;
  readonly url: string;
  /** The description, rendered from the topic file's body (empty when it has none). */
  readonly descriptionHtml: string;
  /** Its first paragraph as plain text: the page's meta description. */
  readonly descriptionText: string;
  readonly image?: ArticleImage;
  /** The topic's pages in every language that has its tag, for `hreflang` (when there are two or more). */
  readonly alternates?: readonly Alternate[];
  /** Links to the topic's pages in the other languages, each in its own language's name. */
  readonly translations?: readonly TranslationLink[];
}

/** A topic's pages in the site's languages, linked as versions of one page. */
export interface TopicTranslations {
  readonly alternates: readonly Alternate[];
  readonly links: readonly TranslationLink[];
}

/**
 * The name each tag shows everywhere (its page, its mentions on articles, /tags/, feeds, search):
 * the topic file's `name` where there is one, else the spelling editors used most (see
 * {@link mostUsedSpellings}). `uses` are the tags of the published articles, newest article first.
 * @example tagDisplayNames([["oil", "OIL"]], new Map([["oil", { slug: "oil", name: "Oil", ... }]])) // Map { "oil" => "Oil" }
 */
export function tagDisplayNames(uses: Iterable<readonly [slug: string, spelling: string]>, topics: ReadonlyMap<string, Pick<TopicVersion, "name">>): Map<string, string> {
  const names = mostUsedSpellings(uses);
  for (const slug of names.keys()) {
    const name = topics.get(slug)?.name;
    if (name !== undefined) names.set(slug, name);
  }
  return names;
}

/**
 * The topic views of the tags that have both a topic file and a published article, by slug: a file
 * for a tag no article uses has no page to show it (see `unusedTopicWarnings`). `topics` are one
 * language's (see `topicsOfLanguage`), `urlOf` gives a tag's page in that language, and
 * `translations` the pages of the same topic in the other languages, where there are any.
 */
export function topicViews(
  topics: ReadonlyMap<string, TopicVersion>,
  names: ReadonlyMap<string, string>,
  urlOf: (slug: string) => string = tagUrl,
  translations?: (slug: string) => TopicTranslations | undefined,
): Record<string, TopicView> {
  // No prototype: a tag called "constructor" without a topic file must find nothing here.
  const views = Object.create(null) as Record<string, TopicView>;
  for (const [slug, name] of names) {
    const topic = topics.get(slug);
    if (!topic) continue;
    const linked = translations?.(slug);
    views[slug] = {
      key: slug,
      name,
      url: urlOf(slug),
      descriptionHtml: topic.descriptionHtml,
      descriptionText: topic.descriptionText,
      ...(topic.image ? { image: topic.image } : {}),
      ...(linked ? { alternates: linked.alternates, translations: linked.links } : {}),
    };
  }
  return views;
}

/**
 * The pages of each topic in the languages whose stories have its tag, linked to each other, by
 * the key of each page's tag (see `tagKey`): reciprocal `hreflang` alternates (with `x-default` on the default
 * language's page, when it has one) and links in each language's own name. A topic with a page in
 * one language only has nothing to link and is left out.
 * @example topicTranslations(topics, site, used).get("az:xezer-denizi")?.links // [{ lang: "en", name: "English", url: "/tags/caspian-sea/" }, ...]
 */
export function topicTranslations(topics: ReadonlyMap<string, Topic>, site: SiteConfig, hasPage: (slug: string, lang: string) => boolean): Map<string, TopicTranslations> {
  const linked = new Map<string, TopicTranslations>();
  if (!site.languages) return linked;
  const codes = Object.keys(site.languages);
  for (const topic of topics.values()) {
    const pages = codes
      .map((lang) => ({ lang, slug: lang === site.language ? topic.slug : topic.versions?.[lang]?.slug }))
      .filter((p): p is { lang: string; slug: string } => p.slug !== undefined && hasPage(p.slug, p.lang));
    if (pages.length < 2) continue;
    const urlOf = (p: { lang: string; slug: string }): string => languageUrl(site, p.lang, tagUrl(p.slug));
    const alternates = alternatesOf(pages, site, urlOf);
    for (const page of pages) {
      const links = pages.filter((p) => p !== page).map((p) => ({ lang: p.lang, name: site.languages?.[p.lang]?.name ?? p.lang, url: urlOf(p) }));
      linked.set(tagKey(page.lang, page.slug, site.language), { alternates, links });
    }
  }
  return linked;
}
