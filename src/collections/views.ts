import type { DateTime } from "luxon";
import type { Article, Author, SiteConfig } from "../content/index.js";
import { datePath, formatDateline, formatDay, isoWithOffset } from "../dates/index.js";
import type { Alternate } from "../languages/translations.js";
import { absoluteUrl, articleUrlAt, authorUrl, feedUrl, inLanguage, sectionUrl, tagUrl, twitterProfileUrl } from "../urls/index.js";

/** A date ready to print: machine-readable and as the dateline shows it. */
export interface DateView {
  /** ISO 8601 with the site zone's offset. */
  readonly iso: string;
  /** "3 March 2016 12:55 (UTC+04:00)". */
  readonly text: string;
  /** "3 March 2016". */
  readonly day: string;
  readonly epochMs: number;
  /** "2016/03/03": the date part of an article's URL, in the site zone. */
  readonly path: string;
}

export interface AuthorView {
  readonly id: string;
  readonly name: string;
  readonly role?: string;
  readonly twitter?: string;
  readonly twitterUrl?: string;
  readonly photo?: string;
  /** The processed photo (see `Author.avatar`). */
  readonly avatar?: Author["avatar"];
  /** The author file's profiles elsewhere. */
  readonly links: readonly string[];
  /** Every profile elsewhere: the Twitter profile first, then `links`. */
  readonly sameAs: readonly string[];
  readonly bioHtml: string;
  readonly bioText: string;
  readonly url: string;
  readonly feedUrl: string;
}

/** A name in a byline, with what goes before it: "", ", " or " and ". */
export interface BylineName {
  readonly name: string;
  readonly url: string;
  readonly separator: string;
}

export interface TermView {
  readonly key: string;
  readonly name: string;
  readonly url: string;
}

/** A link to one other version of a story: "Azərbaycanca", in the words of its own language. */
export interface TranslationLink {
  readonly lang: string;
  /** The language's name in its own words, from `languages` in site.json. */
  readonly name: string;
  readonly url: string;
}

export interface CorrectionView {
  readonly date: DateView;
  readonly text: string;
}

/** An article as every template sees it: every URL and date already made. */
export interface ArticleView {
  readonly url: string;
  readonly absoluteUrl: string;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly html: string;
  readonly place?: string;
  readonly published: DateView;
  readonly updated?: DateView;
  /** The later of published, updated and the last correction. */
  readonly modified: DateView;
  readonly authors: readonly AuthorView[];
  readonly byline: readonly BylineName[];
  readonly tags: readonly TermView[];
  readonly section: TermView;
  readonly image?: Article["image"];
  readonly corrections: readonly CorrectionView[];
  readonly draft: boolean;
  /** Set when the article is dated after the build (shown only in preview). */
  readonly embargoedUntil?: DateView;
  readonly aliases: readonly string[];
  /** The story's language code: its `lang`, else the site's default language. */
  readonly lang: string;
  /**
   * Its versions in every language, itself included, as `hreflang` names them (with `x-default`);
   * only on a story that has a translation (see `src/languages/translations.ts`).
   */
  readonly alternates?: readonly Alternate[];
  /** Its other versions, each in its own language's name, for the links under the headline; only on a story that has one. */
  readonly translations?: readonly TranslationLink[];
  readonly year: number;
  readonly month: number;
  readonly sourcePath: string;
  /** What the article was made from, as a hash (see `Article.contentKey`). */
  readonly contentKey: string;
  /** Its body's lead in the search index, as a hash (see `Article.leadKey`). */
  readonly leadKey: string;
}

/**
 * Makes date views, each date once: formatting with luxon is the costly part of a view. `made` holds
 * every view this build made, by instant and zone, for the build cache to give the next build.
 */
export type DateViews = ((date: DateTime, lang?: string) => DateView) & { readonly made: ReadonlyMap<string, DateView> };

/** A {@link DateViews} with its own memo, for one build, starting from the views of the last one. */
export function dateViews(known?: ReadonlyMap<string, DateView>): DateViews {
  const made = new Map<string, DateView>();
  const view = (date: DateTime, lang = "en"): DateView => {
    // English, the language dates were always written in, keeps its key of before.
    const key = `${date.toMillis()}|${date.zoneName ?? ""}${lang === "en" ? "" : `|${lang}`}`;
    let found = made.get(key);
    if (!found) made.set(key, (found = known?.get(key) ?? dateView(date, lang)));
    return found;
  };
  return Object.assign(view, { made });
}

/** The view of one date, its words in `lang`. */
export function dateView(date: DateTime, lang = "en"): DateView {
  return { iso: isoWithOffset(date), text: formatDateline(date, lang), day: formatDay(date, lang), epochMs: date.toMillis(), path: datePath(date) };
}

/** The view of one author, on the pages of the language with `prefix` (none for the default language). */
export function authorView(author: Author, prefix?: string): AuthorView {
  const url = inLanguage(prefix, authorUrl(author.id));
  return {
    id: author.id,
    name: author.name,
    ...(author.role ? { role: author.role } : {}),
    ...(author.twitter ? { twitter: author.twitter, twitterUrl: twitterProfileUrl(author.twitter) } : {}),
    ...(author.photo ? { photo: author.photo } : {}),
    ...(author.avatar ? { avatar: author.avatar } : {}),
    links: author.links,
    sameAs: [...(author.twitter ? [twitterProfileUrl(author.twitter)] : []), ...author.links],
    bioHtml: author.bioHtml,
    bioText: author.bioText,
    url,
    feedUrl: feedUrl(url),
  };
}

/**
 * Byline names with their separators.
 * @example bylineNames([a]) // [{ name: "A", separator: "" }]
 * @example bylineNames([a, b, c]) // separators "", ", ", " and "
 */
export function bylineNames(authors: readonly AuthorView[]): BylineName[] {
  return authors.map((author, i) => ({
    name: author.name,
    url: author.url,
    separator: i === 0 ? "" : i === authors.length - 1 ? " and " : ", ",
  }));
}

/**
 * Byline names with their separators in a language: `and` between the last two names. The desk's
 * preview script bundles {@link bylineNames} as it is, so a one-language site's files keep their bytes.
 * @example bylineNamesIn([a, b, c], "və") // separators "", ", ", " və "
 */
export function bylineNamesIn(authors: readonly AuthorView[], and: string): BylineName[] {
  return bylineNames(authors).map((name, i) => (i > 0 && i === authors.length - 1 ? { ...name, separator: ` ${and} ` } : name));
}

/** What an article view needs from the rest of the site. */
export interface ViewContext {
  readonly site: SiteConfig;
  readonly authors: ReadonlyMap<string, AuthorView>;
  /** Tag slug to the spelling shown on the site. */
  readonly tagNames: ReadonlyMap<string, string>;
  readonly tagSlugs: (tag: string) => string;
  readonly sections: ReadonlyMap<string, TermView>;
  readonly buildMs: number;
  readonly dates: DateViews;
  /** The first path segment of the language's pages; none for the default language. */
  readonly prefix?: string;
  /** The word between the last two names of a byline, in the language ("and", "və", "и"). @default "and" */
  readonly and?: string;
  /** The versions of each story that has translations (see {@link ArticleView.alternates}). */
  readonly translations?: ReadonlyMap<Article, { readonly alternates: readonly Alternate[]; readonly links: readonly TranslationLink[] }>;
}

/** Makes the view of one article: URLs, dates and names resolved once, reused by every page that lists it. */
export function articleView(article: Article, ctx: ViewContext): ArticleView {
  // A story's dates are written in its own language's words: "3 mart 2016 12:55 (UTC+04:00)".
  const published = ctx.dates(article.date, article.lang);
  const url = inLanguage(ctx.prefix, articleUrlAt(published.path, article.slug));
  const versions = ctx.translations?.get(article);
  const authors = article.byline.map((id) => {
    const author = ctx.authors.get(id);
    if (!author) throw new Error(`${article.sourcePath}: byline "${id}" has no author`);
    return author;
  });
  const corrections = article.corrections.map((c) => ({ date: ctx.dates(c.date, article.lang), text: c.text }));
  const updated = article.updated ? ctx.dates(article.updated, article.lang) : undefined;
  let modified = updated ?? published;
  for (const c of corrections) if (c.date.epochMs > modified.epochMs) modified = c.date;
  const section = ctx.sections.get(article.section);
  if (!section) throw new Error(`${article.sourcePath}: section "${article.section}" is unknown`);
  const card: ArticleCard = {
    url,
    absoluteUrl: absoluteUrl(ctx.site.url, url),
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    ...(article.place ? { place: article.place } : {}),
    published,
    ...(updated ? { updated } : {}),
    modified,
    authors,
    byline: ctx.and === undefined ? bylineNames(authors) : bylineNamesIn(authors, ctx.and),
    tags: article.tags.map((tag) => {
      const key = ctx.tagSlugs(tag);
      return { key, name: ctx.tagNames.get(key) ?? tag, url: inLanguage(ctx.prefix, tagUrl(key)) };
    }),
    section,
    ...(article.image ? { image: article.image } : {}),
    corrections,
    draft: article.draft,
    ...(published.epochMs > ctx.buildMs ? { embargoedUntil: published } : {}),
    aliases: article.aliases,
    lang: article.lang,
    ...(versions ? { alternates: versions.alternates, translations: versions.links } : {}),
    year: article.date.year,
    month: article.date.month,
    sourcePath: article.sourcePath,
  };
  const view: ArticleView = {
    ...card,
    contentKey: article.contentKey,
    leadKey: article.leadKey,
    // The body is the article's own, read only when a page that shows it is rendered: an article
    // from the build cache keeps its body on disk until then.
    get html() {
      return article.html;
    },
  };
  cards.set(view, card);
  return view;
}

/** An article as a list shows it: its view without the body and the hashes that stand for the body. */
export type ArticleCard = Omit<ArticleView, "html" | "contentKey" | "leadKey">;

const cards = new WeakMap<ArticleView, ArticleCard>();

/**
 * The card of an article view: every field of the view but the body, made once per view. Lists, the
 * related news and the fronts are handed cards, so that a page that does not show a body is not keyed
 * on it: an edit to a story's body re-renders its own page and the full-text feeds, not every list
 * that names it. A template that wants a body in a list must be handed the view, and is keyed on it.
 */
export function articleCard(view: ArticleView): ArticleCard {
  const card = cards.get(view);
  if (card) return card;
  // A view made elsewhere than articleView (none is, outside tests): its data properties, never its body.
  const fields: Record<string, unknown> = {};
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(view))) {
    if ("value" in descriptor && descriptor.enumerable && key !== "contentKey" && key !== "leadKey") fields[key] = descriptor.value;
  }
  cards.set(view, fields as unknown as ArticleCard);
  return fields as unknown as ArticleCard;
}

/** The view of a section, on the pages of the language with `prefix` (none for the default language). */
export function sectionView(id: string, title: string, prefix?: string): TermView {
  return { key: id, name: title, url: inLanguage(prefix, sectionUrl(id)) };
}
