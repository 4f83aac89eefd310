import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type MarkdownIt from "markdown-it";
import type { z } from "zod";
import { parseContentDate } from "../dates/index.js";
import { localImagePath, type ImageProcessor } from "../images/index.js";
import { clipText, renderBody, type RenderedBody } from "../markdown/index.js";
import { isPlainSlug, slugify } from "../slugs/index.js";
import { articleUrl, RESERVED_SEGMENTS } from "../urls/index.js";
import { parseFrontMatter, type ParsedFile } from "./frontmatter.js";
import { ContentError } from "./problems.js";
import {
  ARTICLE_FIELDS,
  AUTHOR_FIELDS,
  articleFrontMatter,
  authorFrontMatter,
  type ArticleFrontMatter,
  siteSchema,
} from "./schema.js";
import type { Article, Author, Correction, Problem, SiteConfig } from "./types.js";
import { isValidZone } from "../dates/index.js";
import { fromTransfer, readInWorker } from "./parallel.js";
import { useSecondThread } from "../threads/spawn.js";

/** Everything read from `content/`, checked. */
export interface Content {
  readonly site: SiteConfig;
  readonly authors: ReadonlyMap<string, Author>;
  /** Every article, drafts included, newest first (ties: title, then slug). */
  readonly articles: readonly Article[];
  /** Things worth an editor's look that do not stop the build (unknown fields, say). */
  readonly warnings: readonly Problem[];
  /** Set to 2 when a worker thread read half the articles (see {@link loadContentParallel}). */
  readonly threads?: number;
}

/** Options of {@link loadContent}. */
export interface LoadOptions {
  /** The content folder, e.g. `content`. */
  readonly contentDir: string;
  /** Paths in problems are shown relative to this folder. @default process.cwd() */
  readonly rootDir?: string;
  readonly markdown: MarkdownIt;
  /** Longest automatic summary, in characters. @default 220 */
  readonly summaryLength?: number;
  /** Processes local images (front matter and body); without it images are left as written. */
  readonly images?: ImageProcessor;
  /**
   * Parsed files kept between builds of one process (watch mode): a file whose size and modification
   * time are unchanged is not parsed or rendered again.
   */
  readonly cache?: ContentCache;
}

/** What {@link LoadOptions.cache} keeps of one article file. */
export interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly parsed: ParsedFile;
  readonly body?: RenderedBody;
  /** The checked article, reused while the file and what checking it depends on are unchanged. */
  readonly article?: Article;
  readonly warnings?: readonly Problem[];
  readonly contextKey?: string;
}
export type ContentCache = Map<string, CachedFile>;

/** What an editor should write for each field when its value is wrong. */
const FIELD_HINTS: Readonly<Record<string, string>> = {
  title: 'must be plain text, like: title: "Parliament passes the budget"',
  date: "must be a date like 2016-03-03T12:55:00+04:00 (no offset means the site time zone)",
  byline: "must be an author id (a file name in content/authors/ without .md) or a list of them",
  dateline: "must be a place name, like: dateline: Baku",
  tags: "must be a list like: tags: [Energy, Caspian Sea]",
  section: "must be a section id from site.json",
  summary: "must be one sentence of plain text",
  image: 'must be like: image: { src: ./photo.jpg, alt: "What the photo shows" }',
  updated: "must be a date like 2016-03-04T09:00:00+04:00",
  corrections: "must be a list like: corrections: [ { date: 2016-03-04T09:00:00+04:00, text: \"...\" } ]",
  draft: "must be true or false",
  slug: "must be a plain slug like baku-summit-opens",
  aliases: "must be an old URL path like /politics/94020.html, or a list of them",
  name: 'must be the author\'s name, like: name: "Amina Nazarli"',
  role: "must be plain text, like: role: Staff correspondent",
  twitter: "must be a handle without @, like: twitter: amina_nazarli",
  photo: "must be an image path",
};

const MISSING_HINTS: Readonly<Record<string, string>> = {
  title: 'title is missing: add a line like title: "Parliament passes the budget" to the front matter',
  date: "date is missing: add a line like date: 2016-03-03T12:55:00+04:00 to the front matter",
  byline: "byline is missing: add a line like byline: amina-nazarli (a file name in content/authors/) to the front matter",
  name: 'name is missing: add a line like name: "Amina Nazarli" to the front matter',
};

function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  data: Record<string, unknown>,
  file: string,
  parsed: ParsedFile,
): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) continue;
    seen.add(field);
    const line = parsed.lineOf(field);
    const missing = data[field] === undefined || data[field] === null;
    const where = issue.path.length > 1 ? issue.path.map(String).join(".") : field;
    let nested: unknown = data;
    for (const key of issue.path) nested = nested !== null && typeof nested === "object" ? (nested as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    let message: string;
    if (missing) message = MISSING_HINTS[field] ?? `${field} is missing`;
    else if (issue.path.length > 1 && nested === undefined) message = `${where} is missing: ${field} ${FIELD_HINTS[field] ?? issue.message}`;
    else if (issue.message === "is empty") message = `${where} is empty: ${FIELD_HINTS[field] ?? "give it a value"}`;
    else message = `${where} ${FIELD_HINTS[field] ?? issue.message}`;
    problems.push({ file, ...(line === undefined ? {} : { line }), message });
  }
  return problems;
}

function unknownFieldWarnings(data: Record<string, unknown>, known: ReadonlySet<string>, file: string, parsed: ParsedFile): Problem[] {
  return Object.keys(data)
    .filter((key) => !known.has(key))
    .map((key) => {
      const line = parsed.lineOf(key);
      return { file, ...(line === undefined ? {} : { line }), message: `unknown field "${key}" is ignored (known fields: ${[...known].join(", ")})` };
    });
}

/** Checks each field of `data` against its own schema; collects the values that pass and every issue. */
function parseFields<S extends z.ZodRawShape>(
  schema: z.ZodObject<S>,
  data: Record<string, unknown>,
): { values: Partial<z.output<z.ZodObject<S>>>; issues: z.core.$ZodIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: z.core.$ZodIssue[] = [];
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    const result = (fieldSchema as z.ZodType).safeParse(data[key]);
    if (result.success) {
      if (result.data !== undefined) values[key] = result.data;
    } else {
      issues.push(...result.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })));
    }
  }
  return { values: values as Partial<z.output<z.ZodObject<S>>>, issues };
}

const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((name) => name.endsWith(".md") && !name.split(path.sep).some((part) => part.startsWith(".") || part.startsWith("_")))
    .map((name) => path.join(dir, name))
    .sort();
}

/** Reads and checks `site.json`. */
export function loadSiteConfig(contentDir: string, rootDir: string): { site?: SiteConfig; problems: Problem[] } {
  const file = path.join(contentDir, "_data", "site.json");
  const shown = path.relative(rootDir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : "cannot be read: create it with at least name and url";
    return { problems: [{ file: shown, message: `site settings ${reason}` }] };
  }
  const result = siteSchema.safeParse(raw);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => ({
        file: shown,
        message: `${issue.path.map(String).join(".") || "site.json"}: ${issue.message}`,
      })),
    };
  }
  const value = result.data;
  const problems: Problem[] = [];
  if (!isValidZone(value.timezone)) {
    problems.push({ file: shown, message: `timezone "${value.timezone}" is not an IANA time zone name like Asia/Baku` });
  }
  const ids = new Set<string>();
  for (const section of value.sections) {
    if (!isPlainSlug(section.id)) problems.push({ file: shown, message: `section id "${section.id}" must be a plain slug like politics` });
    else if (RESERVED_SEGMENTS.has(section.id) || /^\d+$/.test(section.id)) {
      problems.push({ file: shown, message: `section id "${section.id}" is taken by the site's own pages; choose another` });
    }
    if (ids.has(section.id)) problems.push({ file: shown, message: `section id "${section.id}" is listed twice` });
    ids.add(section.id);
  }
  const defaultSection = value.defaultSection ?? value.sections[0]?.id ?? "";
  if (!ids.has(defaultSection)) {
    problems.push({ file: shown, message: `defaultSection "${defaultSection}" is not one of the sections (${[...ids].join(", ")})` });
  }
  const site: SiteConfig = {
    ...value,
    url: value.url.replace(/\/+$/, ""),
    defaultSection,
    ...(value.twitter ? { twitter: value.twitter } : {}),
  };
  return { site, problems };
}

function loadAuthors(dir: string, rootDir: string, md: MarkdownIt, problems: Problem[], warnings: Problem[]): Map<string, Author> {
  const authors = new Map<string, Author>();
  for (const full of listMarkdown(dir)) {
    const file = path.relative(rootDir, full);
    const id = path.basename(full, ".md");
    const parsed = parseFrontMatter(fs.readFileSync(full, "utf8"));
    if (parsed.errors.length > 0) {
      for (const e of parsed.errors) problems.push({ file, ...(e.line ? { line: e.line } : {}), message: `the front matter is not valid YAML: ${e.message}` });
      continue;
    }
    if (!isPlainSlug(id)) {
      problems.push({ file, message: `the author id comes from the file name and must be a plain slug; rename the file to ${slugify(id) || "a-name"}.md` });
      continue;
    }
    const result = authorFrontMatter.safeParse(parsed.data);
    warnings.push(...unknownFieldWarnings(parsed.data, AUTHOR_FIELDS, file, parsed));
    if (!result.success) {
      problems.push(...schemaProblems(result.error.issues, parsed.data, file, parsed));
      continue;
    }
    const fm = result.data;
    authors.set(id, {
      id,
      name: fm.name,
      ...(fm.role ? { role: fm.role } : {}),
      ...(fm.twitter ? { twitter: fm.twitter } : {}),
      ...(fm.photo ? { photo: fm.photo } : {}),
      ...bio(renderBody(md, parsed.body)),
      sourcePath: file,
    });
  }
  return authors;
}

function bio(body: { html: string; firstParagraph: string }): { bioHtml: string; bioText: string } {
  return { bioHtml: body.html, bioText: body.firstParagraph };
}

function checkAlias(alias: string): string | undefined {
  if (!alias.startsWith("/")) return `alias "${alias}" must be a path on this site starting with /`;
  if (CONTROL_CHARS.test(alias) || /\s/.test(alias)) return `alias "${alias}" must not contain spaces or control characters`;
  if (alias.split("/").some((part) => part === ".." || part === ".")) return `alias "${alias}" must not contain . or .. segments`;
  if (alias.includes("\\") || alias.includes("?") || alias.includes("#")) return `alias "${alias}" must be a plain path without \\, ? or #`;
  return undefined;
}

/** What reading one article needs; problems and warnings are collected into its arrays. */
export interface ArticleContext {
  readonly rootDir: string;
  readonly contentDir: string;
  readonly site: SiteConfig;
  readonly authors: ReadonlyMap<string, Author>;
  readonly md: MarkdownIt;
  readonly summaryLength: number;
  readonly images: ImageProcessor | undefined;
  readonly cache: ContentCache | undefined;
  readonly problems: Problem[];
  readonly warnings: Problem[];
  /** What checking an article depends on besides its file (site settings, author ids), as a key. */
  readonly contextKey: string;
}

function readArticle(full: string, context: ArticleContext): Article | undefined {
  const { rootDir, contentDir, site, authors, md, summaryLength, images, cache, problems, warnings } = context;
  const file = path.relative(rootDir, full);
  const stat = cache ? fs.statSync(full) : undefined;
  const cached = stat ? cache?.get(full) : undefined;
  const hit = cached !== undefined && stat !== undefined && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size;
  // An unchanged file checked against unchanged settings and authors is the same article: the object
  // itself is reused, so the views and page keys made from it can be too.
  if (hit && cached.article && cached.contextKey === context.contextKey) {
    warnings.push(...(cached.warnings ?? []));
    return cached.article;
  }
  const warningsBefore = warnings.length;
  const problemsBefore = problems.length;
  const parsed = hit ? cached.parsed : parseFrontMatter(fs.readFileSync(full, "utf8"));
  if (parsed.errors.length > 0) {
    for (const e of parsed.errors) problems.push({ file, ...(e.line ? { line: e.line } : {}), message: `the front matter is not valid YAML: ${e.message}` });
    return undefined;
  }
  const at = (key: string): { line?: number } => {
    const line = parsed.lineOf(key);
    return line === undefined ? {} : { line };
  };
  warnings.push(...unknownFieldWarnings(parsed.data, ARTICLE_FIELDS, file, parsed));
  // Each field is checked on its own, so that one bad field never hides the problems of another.
  const checked = parseFields(articleFrontMatter, parsed.data);
  problems.push(...schemaProblems(checked.issues, parsed.data, file, parsed));
  const fields = checked.values;
  const before = problems.length;

  // Fields are checked one by one even when the schema failed elsewhere, so that every problem shows at once.
  const zone = site.timezone;
  const date = fields.date === undefined ? undefined : parseContentDate(fields.date, zone);
  if (date && !date.ok) problems.push({ file, ...at("date"), message: `date ${date.reason}` });
  const updated = fields.updated === undefined ? undefined : parseContentDate(fields.updated, zone);
  if (updated && !updated.ok) problems.push({ file, ...at("updated"), message: `updated ${updated.reason}` });
  if (date?.ok && updated?.ok && updated.value < date.value) {
    problems.push({ file, ...at("updated"), message: "updated is earlier than date: an update comes after publication" });
  }
  const corrections: Correction[] = [];
  for (const [i, correction] of (fields.corrections ?? []).entries()) {
    const d = parseContentDate(correction.date, zone);
    if (d.ok) corrections.push({ date: d.value, text: correction.text });
    else problems.push({ file, ...at("corrections"), message: `corrections[${i}].date ${d.reason}` });
  }

  for (const id of fields.byline ?? []) {
    if (!authors.has(id)) {
      const known = [...authors.keys()].slice(0, 8).join(", ");
      problems.push({ file, ...at("byline"), message: `byline "${id}" has no author file: add content/authors/${isPlainSlug(id) ? id : slugify(id) || "id"}.md or use a known id (${known}${authors.size > 8 ? ", ..." : ""})` });
    }
  }
  const section = fields.section ?? site.defaultSection;
  if (!site.sections.some((s) => s.id === section)) {
    problems.push({ file, ...at("section"), message: `section "${section}" is not one of the site's sections (${site.sections.map((s) => s.id).join(", ")})` });
  }

  let slug = slugify(path.basename(full, ".md"));
  if (fields.slug !== undefined) {
    if (isPlainSlug(fields.slug)) slug = fields.slug;
    else problems.push({ file, ...at("slug"), message: `slug "${fields.slug}" is not a plain slug; use lower-case letters, digits and hyphens, like ${slugify(fields.slug) || "baku-summit-opens"}` });
  } else if (slug === "") {
    problems.push({ file, message: "the file name gives no slug: rename the file with letters or digits, like baku-summit-opens.md" });
  }
  for (const alias of fields.aliases ?? []) {
    const reason = checkAlias(alias);
    if (reason) problems.push({ file, ...at("aliases"), message: reason });
  }
  for (const key of ["title", "dateline", "summary"] as const) {
    const value = fields[key];
    if (value !== undefined && CONTROL_CHARS.test(value)) {
      problems.push({ file, ...at(key), message: `${key} contains a control character; retype it as plain text` });
    }
  }

  // Local images must exist; they are processed into responsive pictures.
  let image: Article["image"];
  if (fields.image) {
    const { src, alt, caption, credit } = fields.image;
    const local = localImagePath(src, full, contentDir);
    image = { src, alt, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
    if (local && !fs.existsSync(local)) {
      problems.push({ file, ...at("image"), message: `image "${src}" is not there (looked for ${path.relative(rootDir, local)}); add the file or fix the path` });
    } else if (local && images) {
      const processed = images.picture(local, alt, true);
      image = { ...image, html: processed.html, shareUrl: processed.shareUrl };
    }
  }
  const pictureFor = (src: string, alt: string): string | undefined => {
    const local = localImagePath(src, full, contentDir);
    if (!local) return undefined;
    if (!fs.existsSync(local)) {
      problems.push({ file, message: `the body's image "${src}" is not there (looked for ${path.relative(rootDir, local)}); add the file or fix the path` });
      return undefined;
    }
    return images?.picture(local, alt, false).html;
  };
  // A body with images is rendered every time: rendering registers its pictures for this build.
  const reusable = !/!\[|<img/i.test(parsed.body);
  const body = problems.length > before || !date?.ok ? undefined : hit && reusable && cached.body ? cached.body : renderBody(md, parsed.body, { pictureFor });
  if (cache && stat) cache.set(full, { mtimeMs: stat.mtimeMs, size: stat.size, parsed, ...(body && reusable ? { body } : {}) });

  if (problems.length > before || !date?.ok || !body) return undefined;
  const fm = fields as ArticleFrontMatter;

  const seenTags = new Set<string>();
  const tags: string[] = [];
  for (const tag of fm.tags ?? []) {
    const tagSlug = slugify(tag);
    if (tagSlug === "") {
      problems.push({ file, ...at("tags"), message: `tag "${tag}" has no letters or digits to make a URL from` });
      continue;
    }
    if (!seenTags.has(tagSlug)) {
      seenTags.add(tagSlug);
      tags.push(tag);
    }
  }
  const ownSummary = fm.summary !== undefined && fm.summary !== "";
  const article: Article = {
    sourcePath: file,
    slug,
    title: fm.title,
    date: date.value,
    ...(updated?.ok ? { updated: updated.value } : {}),
    ...(fm.dateline ? { place: fm.dateline } : {}),
    byline: fm.byline,
    tags,
    section,
    summary: ownSummary ? (fm.summary as string) : clipText(body.firstParagraph, summaryLength),
    hasOwnSummary: ownSummary,
    html: body.html,
    ...(image ? { image } : {}),
    corrections: corrections.sort((a, b) => a.date.toMillis() - b.date.toMillis()),
    draft: fm.draft ?? false,
    aliases: fm.aliases ?? [],
  };
  // Articles with images are checked every time: checking registers their pictures for this build.
  if (cache && stat && reusable && !image && problems.length === problemsBefore) {
    cache.set(full, { mtimeMs: stat.mtimeMs, size: stat.size, parsed, body, article, warnings: warnings.slice(warningsBefore), contextKey: context.contextKey });
  }
  return article;
}

/** Newest first; ties by title, then slug, so the order never depends on the file system. */
export function compareNewestFirst(a: Article, b: Article): number {
  return b.date.toMillis() - a.date.toMillis() || a.title.localeCompare(b.title, "en") || a.slug.localeCompare(b.slug);
}

/** Site, authors and the article files of a content folder, read and checked before the articles. */
interface Prepared {
  readonly site: SiteConfig;
  readonly authors: Map<string, Author>;
  readonly files: readonly string[];
  readonly context: ArticleContext;
}

function prepare(options: LoadOptions): Prepared {
  const rootDir = options.rootDir ?? process.cwd();
  const md = options.markdown;
  const { site, problems } = loadSiteConfig(options.contentDir, rootDir);
  if (!site) throw new ContentError(problems);
  const warnings: Problem[] = [];
  const authors = loadAuthors(path.join(options.contentDir, "authors"), rootDir, md, problems, warnings);
  const context: ArticleContext = {
    rootDir,
    contentDir: options.contentDir,
    site,
    authors,
    md,
    summaryLength: options.summaryLength ?? 220,
    images: options.images,
    cache: options.cache,
    problems,
    warnings,
    contextKey: options.cache ? JSON.stringify([site, [...authors.keys()], options.contentDir, rootDir, options.summaryLength]) : "",
  };
  return { site, authors, files: listMarkdown(path.join(options.contentDir, "articles")), context };
}

/** Reads and checks the given article files, in order; problems go to the context. */
export function readArticles(files: readonly string[], context: ArticleContext): Article[] {
  const articles: Article[] = [];
  for (const full of files) {
    const article = readArticle(full, context);
    if (article) articles.push(article);
  }
  return articles;
}

/** The checks across files (one URL, one article), then the order every list starts from. */
function finish(prepared: Prepared, articles: Article[]): Content {
  const { site, authors, context } = prepared;
  const { problems, warnings } = context;
  const byUrl = new Map<string, Article>();
  for (const article of articles) {
    const url = articleUrl(article.date, article.slug);
    const other = byUrl.get(url);
    if (other) {
      problems.push({ file: article.sourcePath, message: `has the same URL ${url} as ${other.sourcePath}: give one of them another slug (front matter "slug:") or file name` });
    } else {
      byUrl.set(url, article);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  articles.sort(compareNewestFirst);
  return { site, authors, articles, warnings };
}

/**
 * Reads `site.json`, every author and every article under `contentDir`, and checks them all.
 * Throws a {@link ContentError} listing every problem at once; nothing is returned half-checked.
 */
export function loadContent(options: LoadOptions): Content {
  const prepared = prepare(options);
  return finish(prepared, readArticles(prepared.files, prepared.context));
}

/** Fewest article files worth a second thread: below it, starting one costs more than it saves. */
const PARALLEL_MIN = 2_000;

/**
 * {@link loadContent} on two threads: this one reads the first half of the articles while a worker
 * thread reads the second half (Markdown rendering is most of the time, and it is CPU-bound).
 * The result, problems and their order are those of {@link loadContent}. Small folders, watch mode
 * (its cache lives in this thread), one-core machines and `NEWS_THREADS=1` read on this thread alone;
 * `NEWS_THREADS=2` reads on two threads whatever the size.
 */
export async function loadContentParallel(options: LoadOptions): Promise<Content> {
  const prepared = prepare(options);
  const { files, context } = prepared;
  if (options.cache || !useSecondThread(files.length, PARALLEL_MIN, os.availableParallelism(), process.env)) return finish(prepared, readArticles(files, context));
  const half = Math.ceil(files.length / 2);
  const theirs = readInWorker({
    files: files.slice(half),
    contentDir: context.contentDir,
    rootDir: context.rootDir,
    site: context.site,
    authors: [...context.authors],
    summaryLength: context.summaryLength,
    images: context.images !== undefined,
  });
  // The worker's answer waits in the queue while this thread reads its own half.
  const mine = readArticles(files.slice(0, half), context);
  const result = await theirs;
  context.problems.push(...result.problems);
  context.warnings.push(...result.warnings);
  // The worker only measured its images; they are encoded and copied by this thread's processor.
  for (const request of result.images) context.images?.picture(request.file, request.alt, request.eager);
  const zone = context.site.timezone;
  return { ...finish(prepared, [...mine, ...result.articles.map((a) => fromTransfer(a, zone))]), threads: 2 };
}
