import type { DateTime } from "luxon";
import { contentHash } from "../hash/index.js";
import type { Article, Author, FrontPage, Section, SiteConfig, Topic } from "../content/index.js";
import { sectionTitle, topicsOfLanguage } from "../content/index.js";
import { formatMasthead, formatMonth, isoWithOffset, monthName } from "../dates/index.js";
import { tagKey } from "../languages/tags.js";
import { translationAlternates, type Alternate } from "../languages/translations.js";
import { slugify } from "../slugs/index.js";
import {
  AUTHORS_URL, HOME_URL, LATEST_FRAGMENT_URL, LATEST_URL, NOT_FOUND_URL, SEARCH_URL, SITE_FEED_URL, TAGS_URL, WEB_MANIFEST_URL,
  absoluteUrl, articleUrlAt, feedUrl, inLanguage, languagePrefix, monthUrl, sectionUrl, tagUrl, twitterProfileUrl, yearUrl,
} from "../urls/index.js";
import { groupBy } from "./group.js";
import { paginate, type Listing } from "./paginate.js";
import { breakingFor, breakingView, chooseStories, homeStories, type BreakingView } from "./picks.js";
import type { Redirect } from "./redirects.js";
import { tagDisplayNames, topicTranslations, topicViews, type TopicTranslations, type TopicView } from "./topics.js";
import { articleView, authorView, dateViews, sectionView, type ArticleView, type AuthorView, type DateViews, type TermView, type TranslationLink, type ViewContext } from "./views.js";

/** What the model is built from: the site settings, the authors and the sound articles, newest first. */
export interface ModelContent {
  readonly site: SiteConfig;
  readonly authors: ReadonlyMap<string, Author>;
  readonly articles: readonly Article[];
  /** The editors' picks, when there are any. */
  readonly frontPage?: FrontPage;
  /** The topic files, by tag slug; without them every tag is named by its most used spelling. */
  readonly topics?: ReadonlyMap<string, Topic>;
}

/** Every story of one section, author or tag, newest first: what its list pages and its feed show. */
export interface ArticleGroup {
  readonly key: string;
  readonly title: string;
  /** The list's front page. */
  readonly url: string;
  readonly items: readonly ArticleView[];
}

/** A section block on the home page. */
export interface HomeSection {
  readonly section: TermView;
  readonly items: readonly ArticleView[];
}

/** The home page: the lead story, the next few (the editors' picks first, then the newest), then the newest of each section. */
export interface HomePage {
  readonly lead?: ArticleView;
  readonly top: readonly ArticleView[];
  readonly sections: readonly HomeSection[];
}

/** A row of `/authors/`. */
export interface AuthorEntry {
  readonly author: AuthorView;
  readonly count: number;
}

/** A row of `/tags/`. */
export interface TagEntry {
  readonly key: string;
  readonly name: string;
  readonly url: string;
  readonly count: number;
}

/** Tags under one initial on `/tags/`. */
export interface TagLetter {
  readonly letter: string;
  /** The fragment id of the letter's heading. */
  readonly id: string;
  readonly tags: readonly TagEntry[];
}

export interface MonthEntry {
  readonly month: number;
  readonly name: string;
  readonly url: string;
  readonly count: number;
}

/** A year archive: its months with their counts. */
export interface YearPage {
  readonly year: number;
  readonly url: string;
  readonly count: number;
  readonly months: readonly MonthEntry[];
  readonly prev?: { year: number; url: string };
  readonly next?: { year: number; url: string };
}

/**
 * One language's side of the site, its edition: its stories, lists, fronts and addresses. A
 * one-language site has one edition, the default language's, whose addresses have no prefix.
 */
export interface Edition {
  /** The edition's language code. */
  readonly lang: string;
  /** What the pages of a site with `languages` say of their language; absent on a one-language site. */
  readonly language?: LanguageView;
  readonly sections: readonly TermView[];
  /** The edition's published articles (in preview, drafts and embargoed ones too), newest first. */
  readonly articles: readonly ArticleView[];
  /** The "Latest" sidebar. */
  readonly latest: readonly ArticleView[];
  /** The edition's breaking-news line, while it holds: shown on every page of its language through its shared fragment. */
  readonly breaking?: BreakingView;
  readonly home: HomePage;
  /** Every page of every list, by kind; the page writer renders each with its kind's template. */
  readonly listings: {
    readonly latest: ReadonlyArray<Listing<ArticleView>>;
    readonly section: ReadonlyArray<Listing<ArticleView>>;
    readonly author: ReadonlyArray<Listing<ArticleView>>;
    readonly tag: ReadonlyArray<Listing<ArticleView>>;
    readonly month: ReadonlyArray<Listing<ArticleView>>;
  };
  /** The groups the feeds follow, in the order of the lists. */
  readonly groups: { readonly section: readonly ArticleGroup[]; readonly author: readonly ArticleGroup[]; readonly tag: readonly ArticleGroup[] };
  readonly authors: readonly AuthorEntry[];
  readonly authorsById: Readonly<Record<string, AuthorView>>;
  readonly tags: readonly TagLetter[];
  /** The topic of each tag that has a topic file and a published article, by tag slug. */
  readonly topics: Readonly<Record<string, TopicView>>;
  readonly years: readonly YearPage[];
  /** The edition's own addresses the templates link to (see `src/urls/`). */
  readonly urls: SiteUrls;
}

/** A language as the pages of a site with `languages` name it, and the other languages' front pages. */
export interface LanguageView {
  readonly code: string;
  /** Its name in its own words: "Azərbaycanca". */
  readonly name: string;
  /** The site's other languages, each with its name in its own words and its front page. */
  readonly others: readonly { readonly lang: string; readonly name: string; readonly url: string }[];
  /** The front pages of every language as `hreflang` names them, with `x-default` on the default language's. */
  readonly alternates: readonly Alternate[];
}

/**
 * Everything the templates render, built once per build from checked content. Its own list fields
 * are the default language's edition (on a one-language site, the whole site, as ever); `articles`
 * holds every language's stories, and `editions` every language's edition, the default's first.
 */
export interface SiteModel extends Edition {
  readonly site: SiteConfig;
  readonly build: { readonly iso: string; readonly masthead: string; readonly year: number; readonly preview: boolean };
  /** Published articles of every language (in preview, drafts and embargoed ones too), newest first. */
  readonly articles: readonly ArticleView[];
  /** Every language's edition, the default language's first (the same as the model's own fields). */
  readonly editions: readonly Edition[];
  /** Old addresses of articles (their aliases); filled in once every page URL is known. */
  readonly redirects: readonly Redirect[];
  /** Each article's related news, best first (see `related.ts`); filled in by the build's related stage. */
  readonly related: ReadonlyMap<ArticleView, readonly ArticleView[]>;
}

/** The site's own addresses, as the templates see them. */
export interface SiteUrls {
  readonly home: string;
  readonly latest: string;
  readonly authors: string;
  readonly tags: string;
  readonly feed: string;
  readonly search: string;
  readonly notFound: string;
  /** The list of the "Latest" sidebar, fetched by every page. */
  readonly latestFragment: string;
  /** The web app manifest. */
  readonly webManifest: string;
  /** The site's Twitter profile, when site.json names an account. */
  readonly twitter?: string;
}

/** Views made by earlier builds of a watching process, by article object (see {@link reusedViews}). */
export type ViewCache = WeakMap<Article, { readonly key: string; readonly view: ArticleView }>;

/** Options of {@link buildSiteModel}. */
export interface ModelOptions {
  /** The instant the build stands for; later articles are embargoed. */
  readonly buildDate: DateTime;
  /** Show drafts and embargoed articles (with banners). @default false */
  readonly preview?: boolean;
  /** Articles per section block on the home page. @default 4 */
  readonly homePerSection?: number;
  /** Articles under the lead story on the home page. @default 4 */
  readonly homeTop?: number;
  /** Views kept by a watching process; without it every view is made afresh. */
  readonly viewCache?: ViewCache;
  /** Date views, from the build cache's last build; without them every date is formatted afresh. */
  readonly dates?: DateViews;
  /** The words the lists are titled with, from the interface strings; English without them. */
  readonly words?: ModelWords;
}

function tagLetter(key: string): string {
  const first = key.charAt(0);
  return /[a-z]/.test(first) ? first.toUpperCase() : "#";
}

/**
 * Makes article views, reusing the view an earlier build made of the same article object when
 * everything else it shows is unchanged too: the site settings, the authors, the sections, the
 * spellings of its tags and whether it is embargoed. In watch mode unchanged articles are the same
 * objects between rebuilds, so their views (and the page keys made from them) are not made again.
 */
function reusedViews(ctx: ViewContext, cache: ViewCache | undefined): (article: Article) => ArticleView {
  if (!cache) return (article) => articleView(article, ctx);
  const shared = contentHash(JSON.stringify([ctx.site, [...ctx.authors.values()], [...ctx.sections.values()], ctx.prefix ?? null, ctx.and ?? null]));
  return (article) => {
    const versions = ctx.translations?.get(article);
    const key = [shared, article.date.toMillis() > ctx.buildMs, ...article.tags.map((t) => ctx.tagNames.get(ctx.tagSlugs(t)) ?? t), ...(versions ? [JSON.stringify(versions)] : [])].join("\0");
    const known = cache.get(article);
    if (known?.key === key) return known.view;
    const view = articleView(article, ctx);
    cache.set(article, { key, view });
    return view;
  };
}

/** The few words of the interface the model writes into its lists, in a language. */
export type ModelWords = (lang: string, key: "latest.news" | "authors.all" | "tags.all" | "archive.allOf" | "byline.and", values?: Readonly<Record<string, string | number>>) => string;

/** The English words of the lists, for a model built without the interface strings (unit tests). */
const ENGLISH_WORDS: ModelWords = (_lang, key, values) =>
  ({ "latest.news": "Latest news", "authors.all": "All authors", "tags.all": "All tags", "archive.allOf": `All of ${values?.["year"] ?? ""}`, "byline.and": "and" })[key];

/**
 * Builds the whole site model: each language's edition in one pass over its articles (views, groups
 * by section, author, tag and month, every listing page), the default language's first. The cost
 * grows with the number of articles, never articles × tags.
 */
export function buildSiteModel(content: ModelContent, options: ModelOptions): SiteModel {
  const { site } = content;
  const preview = options.preview ?? false;
  const buildMs = options.buildDate.toMillis();
  const published = content.articles.filter((a) => preview || (!a.draft && a.date.toMillis() <= buildMs));
  const dates = options.dates ?? dateViews();
  const codes = site.languages ? Object.keys(site.languages) : [site.language];
  const order = [site.language, ...codes.filter((c) => c !== site.language)];
  const prefixOf = (lang: string): string | undefined => languagePrefix(site, lang);
  // A story's versions, linked both ways: computed from the articles, before any view is made.
  const urlOf = (a: Article): string => inLanguage(prefixOf(a.lang), articleUrlAt(dates(a.date, a.lang).path, a.slug));
  const translations = new Map<Article, { alternates: readonly Alternate[]; links: readonly TranslationLink[] }>();
  for (const [article, alternates] of translationAlternates(published, site, urlOf)) {
    const links = alternates
      .filter((x) => x.hreflang !== "x-default" && x.hreflang !== article.lang)
      .map((x) => ({ lang: x.hreflang, name: site.languages?.[x.hreflang]?.name ?? x.hreflang, url: x.href.slice(site.url.length) || HOME_URL }));
    translations.set(article, { alternates, links });
  }
  // A topic's pages in the languages whose stories have its tag, linked both ways like a story's versions.
  const tagged = new Set(published.flatMap((a) => a.tags.map((t) => tagKey(a.lang, slugify(t), site.language))));
  const topicLinks = topicTranslations(content.topics ?? new Map<string, Topic>(), site, (slug, lang) => tagged.has(tagKey(lang, slug, site.language)));
  const editions = order.map((lang) =>
    buildEdition(lang, { ...content, articles: published.filter((a) => a.lang === lang) }, { ...options, dates, words: options.words ?? ENGLISH_WORDS, translations, topicLinks }),
  );
  const first = editions[0] as Edition;
  // The edition's views, in the order of the articles (newest first), whatever their language.
  const viewOf = new Map<string, ArticleView>(editions.flatMap((e) => e.articles.map((a) => [a.sourcePath, a] as const)));
  const articles = published.flatMap((a) => viewOf.get(a.sourcePath) ?? []);
  return {
    ...first,
    site,
    build: { iso: isoWithOffset(options.buildDate), masthead: formatMasthead(options.buildDate), year: options.buildDate.year, preview },
    articles,
    editions,
    redirects: [],
    related: new Map(),
  };
}

/** What {@link buildEdition} is given besides the model's options. */
interface EditionOptions extends ModelOptions {
  readonly dates: DateViews;
  readonly words: ModelWords;
  readonly translations: ViewContext["translations"];
  /** Each topic page's versions in the other languages, by its tag's key (see `tagKey`). */
  readonly topicLinks: ReadonlyMap<string, TopicTranslations>;
}

/** One language's edition, from the published articles of that language (newest first). */
function buildEdition(lang: string, content: ModelContent, options: EditionOptions): Edition {
  const { site } = content;
  const buildMs = options.buildDate.toMillis();
  const published = content.articles;
  const prefix = languagePrefix(site, lang);
  const at = (url: string): string => inLanguage(prefix, url);
  // The lists' words and months: a one-language site keeps the English ones it always had.
  const wordsLang = site.languages ? lang : "en";
  const word: ModelWords = (_lang, key, values) => options.words(wordsLang, key, values);

  const authors = new Map<string, AuthorView>();
  for (const author of content.authors.values()) authors.set(author.id, authorView(author, prefix));
  const sections = new Map<string, TermView>(site.sections.map((s) => [s.id, sectionView(s.id, sectionTitle(s, lang), prefix)]));
  // Topic files name the default language's tags, and another language's where they give its name.
  const topics = topicsOfLanguage(content.topics ?? new Map<string, Topic>(), lang, site.language);
  const tagNames = tagDisplayNames(published.flatMap((a) => a.tags.map((t) => [slugify(t), t] as const)), topics);
  const ctx: ViewContext = {
    site, authors, tagNames, tagSlugs: slugify, sections, buildMs, dates: options.dates,
    ...(prefix !== undefined ? { prefix } : {}),
    ...(site.languages ? { and: word(lang, "byline.and") } : {}),
    ...(options.translations && options.translations.size > 0 ? { translations: options.translations } : {}),
  };
  const articles = published.map(reusedViews(ctx, options.viewCache));
  const perPage = site.perPage;
  const titleOf = (s: Section): string => sectionTitle(s, lang);
  const sectionAt = (id: string): string => at(sectionUrl(id));
  const tagAt = (key: string): string => at(tagUrl(key));
  const urls: SiteUrls = {
    home: at(HOME_URL),
    latest: at(LATEST_URL),
    authors: at(AUTHORS_URL),
    tags: at(TAGS_URL),
    feed: at(SITE_FEED_URL),
    search: at(SEARCH_URL),
    notFound: at(NOT_FOUND_URL),
    latestFragment: at(LATEST_FRAGMENT_URL),
    webManifest: WEB_MANIFEST_URL,
    ...(site.twitter ? { twitter: twitterProfileUrl(site.twitter) } : {}),
  };

  const latest = paginate(articles, { kind: "latest", key: "latest", title: word(lang, "latest.news"), baseUrl: urls.latest, perPage });

  const bySection = groupBy(articles, (a) => [a.section.key]);
  const section = site.sections.flatMap((s) =>
    paginate(bySection.get(s.id) ?? [], { kind: "section", key: s.id, title: titleOf(s), baseUrl: sectionAt(s.id), perPage, feedUrl: feedUrl(sectionAt(s.id)) }),
  );

  const byAuthor = groupBy(articles, (a) => a.authors.map((x) => x.id));
  const authorList = [...authors.values()].sort((a, b) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id));
  const author = authorList.flatMap((a) =>
    paginate(byAuthor.get(a.id) ?? [], { kind: "author", key: a.id, title: a.name, baseUrl: a.url, perPage, up: { url: urls.authors, title: word(lang, "authors.all") }, feedUrl: a.feedUrl }),
  );

  const byTag = groupBy(articles, (a) => a.tags.map((t) => t.key));
  const tagKeys = [...byTag.keys()].sort();
  const tag = tagKeys.flatMap((key) =>
    paginate(byTag.get(key) ?? [], { kind: "tag", key, title: tagNames.get(key) ?? key, baseUrl: tagAt(key), perPage, up: { url: urls.tags, title: word(lang, "tags.all") }, feedUrl: feedUrl(tagAt(key)) }),
  );

  const byMonth = groupBy(articles, (a) => [`${a.year}/${String(a.month).padStart(2, "0")}`]);
  const monthKeys = [...byMonth.keys()].sort().reverse();
  const month = monthKeys.flatMap((key) => {
    const [y, m] = key.split("/").map(Number) as [number, number];
    return paginate(byMonth.get(key) ?? [], { kind: "month", key, title: formatMonth(y, m, wordsLang), baseUrl: at(monthUrl(y, m)), perPage, up: { url: at(yearUrl(y)), title: word(lang, "archive.allOf", { year: y }) } });
  });

  const yearNumbers = [...new Set(articles.map((a) => a.year))].sort((a, b) => b - a);
  const years: YearPage[] = yearNumbers.map((year, i) => {
    const months = monthKeys
      .filter((key) => key.startsWith(`${year}/`))
      .map((key) => Number(key.slice(5)))
      .sort((a, b) => a - b)
      .map((m) => ({ month: m, name: monthName(m, wordsLang), url: at(monthUrl(year, m)), count: byMonth.get(`${year}/${String(m).padStart(2, "0")}`)?.length ?? 0 }));
    const newer = yearNumbers[i - 1];
    const older = yearNumbers[i + 1];
    return {
      year,
      url: at(yearUrl(year)),
      count: months.reduce((sum, m) => sum + m.count, 0),
      months,
      ...(older !== undefined ? { prev: { year: older, url: at(yearUrl(older)) } } : {}),
      ...(newer !== undefined ? { next: { year: newer, url: at(yearUrl(newer)) } } : {}),
    };
  });

  const tagEntries: TagEntry[] = tagKeys
    .map((key) => ({ key, name: tagNames.get(key) ?? key, url: tagAt(key), count: byTag.get(key)?.length ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.key.localeCompare(b.key));
  const letters = groupBy(tagEntries, (t) => [tagLetter(t.key)]);
  const tags: TagLetter[] = [...letters.keys()]
    .sort((a, b) => (a === "#" ? -1 : b === "#" ? 1 : a.localeCompare(b)))
    .map((letter) => ({ letter, id: letter === "#" ? "digits" : `letter-${letter.toLowerCase()}`, tags: letters.get(letter) ?? [] }));

  const homeTop = options.homeTop ?? 4;
  const home = homeStories(chooseStories(content.frontPage, articles, buildMs, site.url), articles, homeTop);
  const shown = new Set([...(home.lead ? [home.lead] : []), ...home.top]);
  // Each language's pages carry its own breaking line; a line written alone is the default language's.
  const breaking = breakingView(breakingFor(content.frontPage, lang), buildMs, options.dates);
  const homeSections = site.sections
    .map((s) => ({
      section: sections.get(s.id) as TermView,
      items: (bySection.get(s.id) ?? []).filter((a) => !shown.has(a)).slice(0, options.homePerSection ?? 4),
    }))
    .filter((s) => s.items.length > 0);
  const language = languageView(site, lang);

  return {
    lang,
    ...(language ? { language } : {}),
    sections: site.sections.map((s) => sections.get(s.id) as TermView),
    articles,
    latest: articles.slice(0, site.latestCount),
    ...(breaking ? { breaking } : {}),
    home: { ...home, sections: homeSections },
    listings: { latest, section, author, tag, month },
    groups: {
      section: site.sections.map((s) => ({ key: s.id, title: titleOf(s), url: sectionAt(s.id), items: bySection.get(s.id) ?? [] })),
      author: authorList.map((a) => ({ key: a.id, title: a.name, url: a.url, items: byAuthor.get(a.id) ?? [] })),
      tag: tagKeys.map((key) => ({ key, title: tagNames.get(key) ?? key, url: tagAt(key), items: byTag.get(key) ?? [] })),
    },
    authors: authorList.map((a) => ({ author: a, count: byAuthor.get(a.id)?.length ?? 0 })),
    authorsById: Object.fromEntries(authorList.map((a) => [a.id, a])),
    tags,
    topics: topicViews(topics, tagNames, tagAt, (slug) => options.topicLinks.get(tagKey(lang, slug, site.language))),
    years,
    urls,
  };
}

/**
 * What the pages of a language say of it on a site with `languages`: its name, the other languages'
 * front pages, and every front page as `hreflang` names it. A one-language site has none.
 */
export function languageView(site: SiteConfig, lang: string): LanguageView | undefined {
  if (!site.languages) return undefined;
  const homeOf = (code: string): string => inLanguage(languagePrefix(site, code), HOME_URL);
  const codes = Object.keys(site.languages);
  return {
    code: lang,
    name: site.languages[lang]?.name ?? lang,
    others: codes.filter((c) => c !== lang).map((c) => ({ lang: c, name: site.languages?.[c]?.name ?? c, url: homeOf(c) })),
    alternates: [...codes.map((c) => ({ hreflang: c, href: absoluteUrl(site.url, homeOf(c)) })), { hreflang: "x-default", href: absoluteUrl(site.url, homeOf(site.language)) }],
  };
}
