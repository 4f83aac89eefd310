import type { Article, BreakingNews, FrontPage, Problem, StoryPick } from "../content/index.js";
import type { DateView } from "./views.js";

/** A story as the picks can find it: by its address or by its file. */
interface Findable {
  readonly url: string;
  readonly sourcePath: string;
}

/** The breaking-news line as the pages show it. */
export interface BreakingView {
  readonly text: string;
  /** The page or web address it leads to. */
  readonly link?: string;
  readonly until: DateView;
}

/** The picks that hold at a given instant, as stories of the site. */
export interface ChosenStories<T> {
  readonly lead?: T;
  /** In the editors' order, without the lead. */
  readonly top: readonly T[];
}

/**
 * What a pick's `story` names, reduced to compare: an address (`/2016/03/03/slug/`, the site's own
 * absolute URL too) or a file under `content/articles/` (`2016/03/slug`, with or without `.md`).
 * @example storyRef("https://example.org/2016/03/03/x", "https://example.org") // { url: "/2016/03/03/x/" }
 * @example storyRef("content/articles/2016/03/x.md", "") // { file: "articles/2016/03/x.md" }
 */
export function storyRef(story: string, siteUrl: string): { url: string } | { file: string } {
  const local = siteUrl && story.startsWith(siteUrl) ? story.slice(siteUrl.length) || "/" : story;
  if (local.startsWith("/")) {
    const bare = local.split(/[?#]/)[0] ?? local;
    return { url: bare.endsWith("/") ? bare : `${bare}/` };
  }
  const file = local.replace(/^\.?\/?(content\/)?(articles\/)?/, "").replace(/\.md$/, "");
  return { file: `articles/${file}.md` };
}

/** Finds the story a pick names among `stories`, or `undefined`. */
export function findStory<T extends Findable>(story: string, stories: readonly T[], siteUrl: string): T | undefined {
  const ref = storyRef(story, siteUrl);
  if ("url" in ref) return stories.find((s) => s.url === ref.url);
  return stories.find((s) => s.sourcePath === ref.file || s.sourcePath.endsWith(`/${ref.file}`));
}

/** Whether a pick or a breaking line holds at `atMs`: it has no expiry, or has not reached it. */
export const holds = (item: { readonly until?: { toMillis(): number } }, atMs: number): boolean => item.until === undefined || atMs < item.until.toMillis();

/**
 * The home page's chosen lead and top stories at `atMs`: picks that have expired, or whose story is
 * not published (yet), are left out; a story chosen twice counts once, where it was first chosen.
 */
export function chooseStories<T extends Findable>(frontPage: FrontPage | undefined, published: readonly T[], atMs: number, siteUrl: string): ChosenStories<T> {
  if (!frontPage) return { top: [] };
  const pick = (p: StoryPick | undefined): T | undefined => (p && holds(p, atMs) ? findStory(p.story, published, siteUrl) : undefined);
  const lead = pick(frontPage.lead);
  const seen = new Set<T>(lead ? [lead] : []);
  const top: T[] = [];
  for (const p of frontPage.top) {
    const story = pick(p);
    if (story && !seen.has(story)) {
      seen.add(story);
      top.push(story);
    }
  }
  return { ...(lead ? { lead } : {}), top };
}

/**
 * The home page's lead and top stories: the editors' picks first, in their order, then the newest
 * stories not chosen, up to `count` under the lead.
 */
export function homeStories<T>(chosen: ChosenStories<T>, newestFirst: readonly T[], count: number): { lead?: T; top: T[] } {
  const lead = chosen.lead ?? newestFirst.find((a) => !chosen.top.includes(a));
  const taken = new Set<T>([...(lead ? [lead] : []), ...chosen.top]);
  const top = [...chosen.top.slice(0, count), ...newestFirst.filter((a) => !taken.has(a))].slice(0, count);
  return { ...(lead ? { lead } : {}), top };
}

/**
 * A problem for each pick whose story is not a story the site publishes: not there at all, or a
 * draft. An embargoed story is not a problem: it takes its place once it is released.
 */
export function pickProblems(frontPage: FrontPage | undefined, articles: readonly Article[], urlOf: (article: Article) => string, siteUrl: string, preview: boolean): Problem[] {
  if (!frontPage) return [];
  const stories = articles.map((article) => ({ url: urlOf(article), sourcePath: article.sourcePath, article }));
  const problems: Problem[] = [];
  const picks = [...(frontPage.lead ? [{ where: "lead", pick: frontPage.lead }] : []), ...frontPage.top.map((pick, i) => ({ where: `top[${i}]`, pick }))];
  for (const { where, pick } of picks) {
    const found = findStory(pick.story, stories, siteUrl);
    const line = pick.line !== undefined ? { line: pick.line } : {};
    if (!found) {
      problems.push({ file: frontPage.sourcePath, ...line, message: `${where}: story "${pick.story}" is not an article of this site; give its address, like /2016/03/03/baku-summit-opens/, or its file under content/articles, like 2016/03/baku-summit-opens` });
    } else if (found.article.draft && !preview) {
      problems.push({ file: frontPage.sourcePath, ...line, message: `${where}: story "${pick.story}" is a draft (${found.sourcePath}); publish it or remove the pick` });
    }
  }
  return problems;
}

/**
 * The breaking-news line of one language's pages: the one the picks file gives for `lang`, if any.
 * A line written alone is the default language's (see `src/content/breaking.ts`).
 */
export function breakingFor(frontPage: FrontPage | undefined, lang: string): BreakingNews | undefined {
  return frontPage?.breaking?.find((line) => line.lang === lang);
}

/** The breaking-news line while it holds at `atMs`. */
export function breakingView(breaking: BreakingNews | undefined, atMs: number, dateView: (d: BreakingNews["until"]) => DateView): BreakingView | undefined {
  if (!breaking || !holds(breaking, atMs)) return undefined;
  return { text: breaking.text, ...(breaking.link ? { link: breaking.link } : {}), until: dateView(breaking.until) };
}
