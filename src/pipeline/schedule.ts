import fs from "node:fs";
import path from "node:path";
import type { ArticleView } from "../collections/index.js";
import type { Article, FrontPage } from "../content/index.js";
import type { ChangeKind } from "../deploy/index.js";
import { NEWS_WINDOW_MS } from "../feeds/index.js";

/** What makes the site change with no new commit: the deploy loop names it when it rebuilds. */
export type { ChangeKind };

/** When the site will next change with no new commit, and why. */
export interface NextChange {
  /** Seconds since 1970, or absent when nothing is due. */
  readonly epoch?: number;
  readonly at?: string;
  readonly reason?: string;
  readonly kind?: ChangeKind;
  /** The instant the build stood for. */
  readonly builtFor: number;
}

/**
 * The next instant at which the site changes by itself: an embargoed story's release (a draft has
 * none), a story's leaving the news sitemap two days after it was published, or the expiry of an
 * editors' pick or of a breaking-news line (each language's). The masthead's date
 * is drawn in the reader's browser, so midnight changes nothing. A scheduled run builds only when
 * this instant has passed.
 * @example nextChange([embargoedFor9am], [], eightAm).reason // "content/articles/x.md is released"
 */
export function nextChange(articles: readonly Article[], news: readonly ArticleView[], buildMs: number, frontPage?: FrontPage): NextChange {
  let best: { ms: number; reason: string; kind: ChangeKind } | undefined;
  const consider = (ms: number, reason: string, kind: ChangeKind): void => {
    if (ms > buildMs && (!best || ms < best.ms)) best = { ms, reason, kind };
  };
  for (const article of articles) if (!article.draft) consider(article.date.toMillis(), `${article.sourcePath} is released`, "embargo");
  for (const article of news) consider(article.published.epochMs + NEWS_WINDOW_MS, `${article.url} leaves the news sitemap`, "news-sitemap");
  // The editors' picks drop back into the chronology, and the breaking line goes, at their expiry.
  const picks = frontPage ? [...(frontPage.lead ? [frontPage.lead] : []), ...frontPage.top] : [];
  for (const pick of picks) if (pick.until) consider(pick.until.toMillis(), `the pick of ${pick.story} expires`, "pick");
  // Each language's line goes at its own expiry; a line written alone keeps the words it always had.
  for (const line of frontPage?.breaking ?? []) consider(line.until.toMillis(), line.where === "breaking" ? "the breaking-news line expires" : `the ${line.lang} breaking-news line expires`, "breaking");
  const builtFor = Math.floor(buildMs / 1000);
  if (!best) return { builtFor };
  // Rounded up to the second, so that a build at that second includes the change.
  const epoch = Math.ceil(best.ms / 1000);
  return { epoch, at: new Date(epoch * 1000).toISOString(), reason: best.reason, kind: best.kind, builtFor };
}

/** The file beside the build cache that says when the site next changes with no new commit. */
export const NEXT_CHANGE = "next-change.json";

/** Writes `next` beside the cache in `dir`: the scheduled deploy reads it before it installs anything. */
export function writeNextChange(dir: string, next: NextChange): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, NEXT_CHANGE), `${JSON.stringify(next, null, 2)}\n`);
}

/**
 * Sets the instant the build in `dir` stood for to `builtFor` (seconds since 1970), for a build that
 * found nothing to change: its output stands for this instant as well. False when there is no file.
 */
export function restampNextChange(dir: string, builtFor: number): boolean {
  const file = path.join(dir, NEXT_CHANGE);
  try {
    const next = JSON.parse(fs.readFileSync(file, "utf8")) as NextChange;
    writeNextChange(dir, { ...next, builtFor });
    return true;
  } catch {
    return false;
  }
}
