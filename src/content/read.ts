import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type MarkdownIt from "markdown-it";
import { contentHash } from "../hash/index.js";
import type { ImageProcessor } from "../images/index.js";
import { tagKey } from "../languages/tags.js";
import { slugify } from "../slugs/index.js";
import { readArticle, requestPicture, type ArticleCache, type ArticleContext, type ArticleResult } from "./article.js";
import { readAuthors } from "./authors.js";
import { readFrontPage } from "./frontpage.js";
import { compareNewestFirst, duplicateTranslations } from "./checks.js";
import { listMarkdown } from "./files.js";
import { languageCodes } from "./languages.js";
import { ContentError } from "./problems.js";
import { readSiteSettings } from "./site.js";
import { fromTransfer, readInWorker, useSecondThread } from "./threads.js";
import { readTopics } from "./topics.js";
import type { Article, Author, FrontPage, Problem, SiteConfig, Topic } from "./types.js";

/** Everything read from a content folder: the sound articles, and every problem found in the rest. */
export interface Content {
  readonly site: SiteConfig;
  readonly authors: ReadonlyMap<string, Author>;
  /** The editors' picks (`content/_data/frontpage.yml`), when there are any. */
  readonly frontPage?: FrontPage;
  /** The topic files of `content/tags/`, by tag slug. */
  readonly topics: ReadonlyMap<string, Topic>;
  /** Every article without a problem, drafts included, newest first (ties: title, then slug). */
  readonly articles: readonly Article[];
  /** Problems that stop the build, in file order: site settings, authors, topics, articles, then two versions of a story in one language. */
  readonly problems: readonly Problem[];
  /** Things worth an editor's look that do not stop the build (unknown fields, say). */
  readonly warnings: readonly Problem[];
  /** 2 when a worker thread read half the articles. */
  readonly threads: 1 | 2;
  /** Article files given back by the build cache, unchanged since the last build. */
  readonly reused: number;
}

/**
 * Article files kept by the build cache between runs: a file whose content, images and reading
 * context are what they were gives back its last result without being parsed again.
 */
export interface ArticleStore {
  /** Whether the store has nothing from a last build: then no file is hashed before it is read. */
  readonly empty: boolean;
  /**
   * Whether `file` is known to be as the last build read it (git says so; see `src/cache/sources.ts`):
   * then it is not read or hashed, and the store's own hash of it stands.
   */
  known(file: string): boolean;
  /**
   * The last result for the file at `file` (in the content folder) if nothing it was made from
   * changed; `hash` is the file's hash, or absent for a file that is {@link known}.
   */
  reuse(file: string, hash: string | undefined, context: string): ArticleResult | undefined;
  /** Keeps what this build read of a file, for the next one. */
  keep(file: string, hash: string, context: string, result: ArticleResult): void;
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
  /** Files kept by the build cache between runs (see `src/cache/`). */
  readonly store?: ArticleStore;
}

/**
 * What reading an article depends on besides its own file and images: the site zone, URL (an
 * article keeps its own absolute links to the site) and sections, the search index's lead length,
 * the author ids, the summary length and where paths are shown from, and the site's languages. Not the site's name, which
 * changes pages but not articles. A hash: it is kept with every article of the build cache.
 */
export function articleContextKey(site: SiteConfig, authors: ReadonlyMap<string, Author>, options: Pick<ReadOptions, "contentDir" | "rootDir" | "summaryLength">): string {
  return contentHash(JSON.stringify([site.timezone, site.url, site.sections, site.defaultSection, site.searchBodyWords, [...authors.keys()].sort(), options.summaryLength ?? 220, path.relative(options.rootDir, options.contentDir),
    // The default an article's lang takes, and the languages it is checked against.
    site.language, site.languages ? Object.keys(site.languages) : null]));
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
 * Reads `site.json`, every author, every topic and every article under `contentDir`, and checks each file. Large
 * folders are read on two threads: this one reads the first half of the articles while a worker
 * reads the second (rendering Markdown is most of the time, and it is CPU-bound); the result and the
 * order of its problems are the same either way. Throws a {@link ContentError} only when the site
 * settings cannot be used at all; every other problem is returned.
 */
export async function readContent(options: ReadOptions): Promise<Content> {
  const { site, problems: siteProblems } = readSiteSettings(options.contentDir, options.rootDir);
  if (!site) throw new ContentError(siteProblems);
  const { authors, problems: authorProblems, warnings: authorWarnings } = readAuthors(path.join(options.contentDir, "authors"), options.rootDir, options.markdown, options.images);
  const picks = readFrontPage(options.contentDir, options.rootDir, site);
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
    contextKey: articleContextKey(site, authors, options),
  };
  const { results, two, reused } = options.store ? await readThroughStore(files, context, options, options.store) : { ...(await readAll(files, context, options)), reused: 0 };
  const articles = results.flatMap((r) => (r.article ? [r.article] : []));
  // Tags belong to their language: `neft` on an Azerbaijani story is not `neft` on a Russian one.
  const tagged = new Set(articles.flatMap((a) => a.tags.map((t) => tagKey(a.lang, slugify(t), site.language))));
  const { topics, problems: topicProblems, warnings: topicWarnings } = readTopics({
    dir: path.join(options.contentDir, "tags"),
    contentDir: options.contentDir,
    rootDir: options.rootDir,
    markdown: options.markdown,
    ...(options.images ? { images: options.images } : {}),
    languages: { default: site.language, codes: languageCodes(site) },
    inUse: (slug, lang) => tagged.has(tagKey(lang, slug, site.language)),
  });
  return {
    site,
    authors,
    ...(picks.frontPage ? { frontPage: picks.frontPage } : {}),
    topics,
    articles: articles.sort(compareNewestFirst),
    problems: [...siteProblems, ...authorProblems, ...picks.problems, ...topicProblems, ...results.flatMap((r) => r.problems), ...duplicateTranslations(articles)],
    warnings: [...authorWarnings, ...picks.warnings, ...topicWarnings, ...results.flatMap((r) => r.warnings)],
    threads: two ? 2 : 1,
    reused,
  };
}

/** Reads every file, on two threads where that pays; a watching process reads on this thread, where its cache is. */
async function readAll(files: readonly string[], context: ArticleContext, options: ReadOptions): Promise<{ results: ArticleResult[]; two: boolean }> {
  const two = !options.cache && useSecondThread(files.length, options.threads, os.availableParallelism());
  return { results: two ? await readOnTwoThreads(files, context, options.imageCacheDir ?? "") : files.map((file) => readArticle(file, context)), two };
}

/**
 * Hashes every file not known to be unchanged, and reads only those the store cannot give back; the pictures of a reused
 * article are asked for again, so that this build's image processor writes them.
 */
async function readThroughStore(files: readonly string[], context: ArticleContext, options: ReadOptions, store: ArticleStore): Promise<{ results: ArticleResult[]; two: boolean; reused: number }> {
  if (store.empty) {
    // A full build: every file is read once, and kept by the hash of the text it was read from.
    const all = await readAll(files, context, options);
    for (const [i, result] of all.results.entries()) store.keep(files[i] as string, result.sourceHash, context.contextKey, result);
    return { ...all, reused: 0 };
  }
  const results: Array<ArticleResult | undefined> = [];
  const fresh: number[] = [];
  for (const [i, file] of files.entries()) {
    const hash = store.known(file) ? undefined : contentHash(fs.readFileSync(file, "utf8"));
    const kept = store.reuse(file, hash, context.contextKey);
    if (kept) for (const p of kept.pictures) requestPicture(context.images, p);
    else fresh.push(i);
    results.push(kept);
  }
  const { results: read, two } = await readAll(fresh.map((i) => files[i] as string), context, options);
  for (const [n, i] of fresh.entries()) {
    const result = read[n] as ArticleResult;
    results[i] = result;
    // Kept by the hash of the text it was read from, which a save between the two reads may have changed.
    store.keep(files[i] as string, result.sourceHash, context.contextKey, result);
  }
  return { results: results as ArticleResult[], two, reused: files.length - fresh.length };
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
    contextKey: context.contextKey,
  });
  // The worker's answer waits in the queue while this thread reads its own half.
  const mine = files.slice(0, half).map((file) => readArticle(file, context));
  const output = await theirs;
  // The worker only measured its images; they are encoded and copied by this thread's processor.
  for (const result of output.results) for (const p of result.pictures) requestPicture(context.images, p);
  return [...mine, ...output.results.map((r) => fromTransfer(r, context.site.timezone))];
}
