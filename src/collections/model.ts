import type { DateTime } from "luxon";
import { contentHash } from "../hash/index.js";
import type { Article, Author, FrontPage, SiteConfig, Topic } from "../content/index.js";
import { formatMasthead, isoWithOffset } from "../dates/index.js";
import { slugify } from "../slugs/index.js";
import {
  AUTHORS_URL, HOME_URL, LATEST_FRAGMENT_URL, LATEST_URL, NOT_FOUND_URL, SEARCH_URL, SITE_FEED_URL, TAGS_URL, WEB_MANIFEST_URL,
  authorUrl, feedUrl, monthUrl, sectionUrl, tagUrl, twitterProfileUrl, yearUrl,
} from "../urls/index.js";
import { groupBy } from "./group.js";
import { paginate, type Listing } from "./paginate.js";
import { breakingView, chooseStories, homeStories, type BreakingView } from "./picks.js";
import type { Redirect } from "./redirects.js";
import { tagDisplayNames, topicViews, type TopicView } from "./topics.js";
import { articleView, authorView, dateViews, sectionView, type ArticleView, type AuthorView, type DateViews, type TermView, type ViewContext } from "./views.js";

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

/** Everything the templates render, built once per build from checked content. */
export interface SiteModel {
  readonly site: SiteConfig;
  readonly build: { readonly iso: string; readonly masthead: string; readonly year: number; readonly preview: boolean };
  readonly sections: readonly TermView[];
  /** Published articles (in preview, drafts and embargoed ones too), newest first. */
  readonly articles: readonly ArticleView[];
  /** The "Latest" sidebar. */
  readonly latest: readonly ArticleView[];
  /** The breaking-news line, while it holds; shown on every page through the shared fragment. */
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
  /** The site's own addresses the templates link to (see `src/urls/`). */
  readonly urls: SiteUrls;
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
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

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
  const shared = contentHash(JSON.stringify([ctx.site, [...ctx.authors.values()], [...ctx.sections.values()]]));
  return (article) => {
    const key = [shared, article.date.toMillis() > ctx.buildMs, ...article.tags.map((t) => ctx.tagNames.get(ctx.tagSlugs(t)) ?? t)].join("\0");
    const known = cache.get(article);
    if (known?.key === key) return known.view;
    const view = articleView(article, ctx);
    cache.set(article, { key, view });
    return view;
  };
}

/**
 * Builds the whole site model in one pass over the articles: views, groups by section, author, tag and
 * month, and every listing page. The cost grows with the number of articles, never articles × tags.
 */
export function buildSiteModel(content: ModelContent, options: ModelOptions): SiteModel {
  const { site } = content;
  const preview = options.preview ?? false;
  const buildMs = options.buildDate.toMillis();
  const published = content.articles.filter((a) => preview || (!a.draft && a.date.toMillis() <= buildMs));

  const authors = new Map<string, AuthorView>();
  for (const author of content.authors.values()) authors.set(author.id, authorView(author));
  const sections = new Map<string, TermView>(site.sections.map((s) => [s.id, sectionView(s.id, s.title)]));
  const topics = content.topics ?? new Map<string, Topic>();
  const tagNames = tagDisplayNames(published.flatMap((a) => a.tags.map((t) => [slugify(t), t] as const)), topics);
  const ctx = { site, authors, tagNames, tagSlugs: slugify, sections, buildMs, dates: options.dates ?? dateViews() };
  const articles = published.map(reusedViews(ctx, options.viewCache));
  const perPage = site.perPage;

  const latest = paginate(articles, { kind: "latest", key: "latest", title: "Latest news", baseUrl: LATEST_URL, perPage });

  const bySection = groupBy(articles, (a) => [a.section.key]);
  const section = site.sections.flatMap((s) =>
    paginate(bySection.get(s.id) ?? [], { kind: "section", key: s.id, title: s.title, baseUrl: sectionUrl(s.id), perPage, feedUrl: feedUrl(sectionUrl(s.id)) }),
  );

  const byAuthor = groupBy(articles, (a) => a.authors.map((x) => x.id));
  const authorList = [...authors.values()].sort((a, b) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id));
  const author = authorList.flatMap((a) =>
    paginate(byAuthor.get(a.id) ?? [], { kind: "author", key: a.id, title: a.name, baseUrl: authorUrl(a.id), perPage, up: { url: AUTHORS_URL, title: "All authors" }, feedUrl: a.feedUrl }),
  );

  const byTag = groupBy(articles, (a) => a.tags.map((t) => t.key));
  const tagKeys = [...byTag.keys()].sort();
  const tag = tagKeys.flatMap((key) =>
    paginate(byTag.get(key) ?? [], { kind: "tag", key, title: tagNames.get(key) ?? key, baseUrl: tagUrl(key), perPage, up: { url: TAGS_URL, title: "All tags" }, feedUrl: feedUrl(tagUrl(key)) }),
  );

  const byMonth = groupBy(articles, (a) => [`${a.year}/${String(a.month).padStart(2, "0")}`]);
  const monthKeys = [...byMonth.keys()].sort().reverse();
  const month = monthKeys.flatMap((key) => {
    const [y, m] = key.split("/").map(Number) as [number, number];
    return paginate(byMonth.get(key) ?? [], { kind: "month", key, title: `${MONTHS[m - 1]} ${y}`, baseUrl: monthUrl(y, m), perPage, up: { url: yearUrl(y), title: `All of ${y}` } });
  });

  const yearNumbers = [...new Set(articles.map((a) => a.year))].sort((a, b) => b - a);
  const years: YearPage[] = yearNumbers.map((year, i) => {
    const months = monthKeys
      .filter((key) => key.startsWith(`${year}/`))
      .map((key) => Number(key.slice(5)))
      .sort((a, b) => a - b)
      .map((m) => ({ month: m, name: MONTHS[m - 1] ?? "", url: monthUrl(year, m), count: byMonth.get(`${year}/${String(m).padStart(2, "0")}`)?.length ?? 0 }));
    const newer = yearNumbers[i - 1];
    const older = yearNumbers[i + 1];
    return {
      year,
      url: yearUrl(year),
      count: months.reduce((sum, m) => sum + m.count, 0),
      months,
      ...(older !== undefined ? { prev: { year: older, url: yearUrl(older) } } : {}),
      ...(newer !== undefined ? { next: { year: newer, url: yearUrl(newer) } } : {}),
    };
  });

  const tagEntries: TagEntry[] = tagKeys
    .map((key) => ({ key, name: tagNames.get(key) ?? key, url: tagUrl(key), count: byTag.get(key)?.length ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.key.localeCompare(b.key));
  const letters = groupBy(tagEntries, (t) => [tagLetter(t.key)]);
  const tags: TagLetter[] = [...letters.keys()]
    .sort((a, b) => (a === "#" ? -1 : b === "#" ? 1 : a.localeCompare(b)))
    .map((letter) => ({ letter, id: letter === "#" ? "digits" : `letter-${letter.toLowerCase()}`, tags: letters.get(letter) ?? [] }));

  const homeTop = options.homeTop ?? 4;
  const home = homeStories(chooseStories(content.frontPage, articles, buildMs, site.url), articles, homeTop);
  const shown = new Set([...(home.lead ? [home.lead] : []), ...home.top]);
  const breaking = breakingView(content.frontPage?.breaking, buildMs, ctx.dates);
  const homeSections = site.sections
    .map((s) => ({
      section: sections.get(s.id) as TermView,
      items: (bySection.get(s.id) ?? []).filter((a) => !shown.has(a)).slice(0, options.homePerSection ?? 4),
    }))
    .filter((s) => s.items.length > 0);

  return {
    site,
    build: { iso: isoWithOffset(options.buildDate), masthead: formatMasthead(options.buildDate), year: options.buildDate.year, preview },
    sections: site.sections.map((s) => sections.get(s.id) as TermView),
    articles,
    latest: articles.slice(0, site.latestCount),
    ...(breaking ? { breaking } : {}),
    home: { ...home, sections: homeSections },
    listings: { latest, section, author, tag, month },
    groups: {
      section: site.sections.map((s) => ({ key: s.id, title: s.title, url: sectionUrl(s.id), items: bySection.get(s.id) ?? [] })),
      author: authorList.map((a) => ({ key: a.id, title: a.name, url: a.url, items: byAuthor.get(a.id) ?? [] })),
      tag: tagKeys.map((key) => ({ key, title: tagNames.get(key) ?? key, url: tagUrl(key), items: byTag.get(key) ?? [] })),
    },
    authors: authorList.map((a) => ({ author: a, count: byAuthor.get(a.id)?.length ?? 0 })),
    authorsById: Object.fromEntries(authorList.map((a) => [a.id, a])),
    tags,
    topics: topicViews(topics, tagNames),
    years,
    urls: {
      home: HOME_URL,
      latest: LATEST_URL,
      authors: AUTHORS_URL,
      tags: TAGS_URL,
      feed: SITE_FEED_URL,
      search: SEARCH_URL,
      notFound: NOT_FOUND_URL,
      latestFragment: LATEST_FRAGMENT_URL,
      webManifest: WEB_MANIFEST_URL,
      ...(site.twitter ? { twitter: twitterProfileUrl(site.twitter) } : {}),
    },
    redirects: [],
    related: new Map(),
  };
}
