import os from "node:os";
import path from "node:path";
import type MarkdownIt from "markdown-it";
import type { ImageProcessor } from "../images/index.js";
import { readArticle, type ArticleCache, type ArticleContext, type ArticleResult } from "./article.js";
import { readAuthors } from "./authors.js";
import { compareNewestFirst } from "./checks.js";
import { listMarkdown } from "./files.js";
import { ContentError } from "./problems.js";
import { readSiteSettings } from "./site.js";
import { fromTransfer, readInWorker, useSecondThread } from "./threads.js";
import type { Article, Author, Problem, SiteConfig } from "./types.js";

/** Everything read from a content folder: the sound articles, and every problem found in the rest. */
export interface Content {
  readonly site: SiteConfig;
  readonly authors: ReadonlyMap<string, Author>;
  /** Every article without a problem, drafts included, newest first (ties: title, then slug). */
  readonly articles: readonly Article[];
  /** Problems that stop the build, in file order: site settings, authors, then articles. */
  readonly problems: readonly Problem[];
  /** Things worth an editor's look that do not stop the build (unknown fields, say). */
  readonly warnings: readonly Problem[];
  /** 2 when a worker thread read half the articles. */
  readonly threads: 1 | 2;
}

/** Options of {@link readContent}. */
export interface ReadOptions {
  /** The content folder, e.g. `content`. */
  readonly contentDir: string;
  /** Paths in problems are shown relative to this folder. */
  readonly rootDir: string;
  readonly markdown: MarkdownIt;
  /** Read the articles on a second thread: `auto` decides by the number of files. */
  readonly threads: "auto" | 1 | 2;
  /** Longest automatic summary, in characters. @default 220 */
  readonly summaryLength?: number;
  /** Processes local images (front matter and body); without it images are left as written. */
  readonly images?: ImageProcessor;
  /** The image processor's cache folder, for the worker thread's own processor. */
  readonly imageCacheDir?: string;
  /** Files kept by a watching process: an unchanged file is not parsed or checked again. */
  readonly cache?: ArticleCache;
}

/**
 * The folder problem paths are shown relative to: the working directory when the content is inside
 * it (`content/articles/x.md`), else the content folder's parent, never a path full of `../`.
 */
export function displayRoot(contentDir: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, contentDir));
  return relative.startsWith("..") || path.isAbsolute(relative) ? path.dirname(path.resolve(cwd, contentDir)) : cwd;
}

/**
 * Reads `site.json`, every author and every article under `contentDir`, and checks each file. Large
 * folders are read on two threads: this one reads the first half of the articles while a worker
 * reads the second (rendering Markdown is most of the time, and it is CPU-bound); the result and the
 * order of its problems are the same either way. Throws a {@link ContentError} only when the site
 * settings cannot be used at all; every other problem is returned.
 */
export async function readContent(options: ReadOptions): Promise<Content> {
  const { site, problems: siteProblems } = readSiteSettings(options.contentDir, options.rootDir);
  if (!site) throw new ContentError(siteProblems);
  const { authors, problems: authorProblems, warnings: authorWarnings } = readAuthors(path.join(options.contentDir, "authors"), options.rootDir, options.markdown);
  const files = listMarkdown(path.join(options.contentDir, "articles"));
  const context: ArticleContext = {
    rootDir: options.rootDir,
    contentDir: options.contentDir,
    site,
    authors,
    md: options.markdown,
    summaryLength: options.summaryLength ?? 220,
    images: options.images,
    cache: options.cache,
    contextKey: options.cache ? JSON.stringify([site, [...authors.keys()], options.contentDir, options.rootDir, options.summaryLength]) : "",
  };
  // A watching process keeps its cache on this thread, so it reads on this thread alone.
  const two = !options.cache && useSecondThread(files.length, options.threads, os.availableParallelism());
  const results = two ? await readOnTwoThreads(files, context, options.imageCacheDir ?? "") : files.map((file) => readArticle(file, context));
  const articles = results.flatMap((r) => (r.article ? [r.article] : []));
  return {
    site,
    authors,
    articles: articles.sort(compareNewestFirst),
    problems: [...siteProblems, ...authorProblems, ...results.flatMap((r) => r.problems)],
    warnings: [...authorWarnings, ...results.flatMap((r) => r.warnings)],
    threads: two ? 2 : 1,
  };
}

async function readOnTwoThreads(files: readonly string[], context: ArticleContext, imageCacheDir: string): Promise<ArticleResult[]> {
  const half = Math.ceil(files.length / 2);
  const theirs = readInWorker({
    files: files.slice(half),
    contentDir: context.contentDir,
    rootDir: context.rootDir,
    site: context.site,
    authors: [...context.authors],
    summaryLength: context.summaryLength,
    images: context.images !== undefined,
    imageCacheDir,
  });
  // The worker's answer waits in the queue while this thread reads its own half.
  const mine = files.slice(0, half).map((file) => readArticle(file, context));
  const output = await theirs;
  // The worker only measured its images; they are encoded and copied by this thread's processor.
  for (const request of output.images) context.images?.picture(request.file, request.alt, request.eager);
  return [...mine, ...output.results.map((r) => fromTransfer(r, context.site.timezone))];
}
