import fs from "node:fs";
import path from "node:path";
import type MarkdownIt from "markdown-it";
import { parseContentDate } from "../dates/index.js";
import { localImagePath, type ImageProcessor } from "../images/index.js";
import { clipText, renderBody, type RenderedBody } from "../markdown/index.js";
import { isPlainSlug, slugify } from "../slugs/index.js";
import { contentHash, fileHash } from "../hash/index.js";
import { leadText } from "../markdown/index.js";
import { parseFrontMatter, type ParsedFile } from "./frontmatter.js";
import { DEPLOY_STATE_URL } from "../urls/index.js";
import { languageCodes } from "./languages.js";
import { tryPicture } from "./pictures.js";
import { checkFrontMatter, lineOf } from "./messages.js";
import { articleFrontMatter, type ArticleFrontMatter } from "./schema.js";
import type { Article, Author, Correction, Problem, SiteConfig } from "./types.js";

/** What reading one article needs besides its file. */
export interface ArticleContext {
  /** Paths in problems are shown relative to this folder. */
  readonly rootDir: string;
  readonly contentDir: string;
  readonly site: SiteConfig;
  readonly authors: ReadonlyMap<string, Author>;
  readonly md: MarkdownIt;
  /** Longest automatic summary, in characters. */
  readonly summaryLength: number;
  /** Processes local images; without it images are left as written. */
  readonly images: ImageProcessor | undefined;
  /** Files read by earlier builds of a watching process. */
  readonly cache: ArticleCache | undefined;
  /** What reading an article depends on besides its file and images (zone, sections, author ids), as a key. */
  readonly contextKey: string;
}

/** One picture an article asked the image processor for. */
export interface ImageRequest {
  readonly file: string;
  readonly alt: string;
  /** The lead image (every form of it the site shows) or a picture in the body. */
  readonly kind: "lead" | "body";
}

/** Asks an image processor again for a picture an article asked for in an earlier read, so that this build writes it. */
export function requestPicture(images: ImageProcessor | undefined, request: ImageRequest): void {
  if (request.kind === "lead") images?.lead(request.file, request.alt);
  else images?.picture(request.file, request.alt, false);
}

/** What reading one file gives: the article when it has no problem at all, and what was found. */
export interface ArticleResult {
  readonly article?: Article;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** Local files the article refers to (its images), found or not: a change to one changes the article. */
  readonly deps: readonly string[];
  /** The pictures it asked for, to ask again when the result is reused from a cache. */
  readonly pictures: readonly ImageRequest[];
  /** The content hash of the file's text, which the build cache keeps it by. */
  readonly sourceHash: string;
}

/** What a watching process keeps of one article file between its builds. */
export interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly parsed: ParsedFile;
  readonly sourceHash: string;
  readonly body?: RenderedBody;
  /** The whole result, reused while the file and what checking it depends on are unchanged. */
  readonly result?: ArticleResult;
  readonly contextKey?: string;
}

/** Files kept between the builds of a watching process, by path. */
export interface ArticleCache {
  get(file: string): CachedFile | undefined;
  set(file: string, entry: CachedFile): unknown;
}

const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;


/** Why an alias cannot be used, or `undefined` when it can. */
export function aliasProblem(alias: string): string | undefined {
  if (!alias.startsWith("/")) return `alias "${alias}" must be a path on this site starting with /`;
  if (CONTROL_CHARS.test(alias) || /\s/.test(alias)) return `alias "${alias}" must not contain spaces or control characters`;
  if (alias.split("/").some((part) => part === ".." || part === ".")) return `alias "${alias}" must not contain . or .. segments`;
  if (alias.includes("\\") || alias.includes("?") || alias.includes("#")) return `alias "${alias}" must be a plain path without \\, ? or #`;
  if (alias.startsWith(DEPLOY_STATE_URL) || `${alias}/` === DEPLOY_STATE_URL) return `alias "${alias}" is under ${DEPLOY_STATE_URL}, which the deploy keeps for itself; choose the old address as it was`;
  return undefined;
}

/**
 * Reads and checks one article file. Every field is checked, even after another has failed, so that
 * an editor sees every problem of the file at once; an article with any problem is not returned.
 * In a watching process an unchanged file, checked against unchanged settings and authors, gives
 * back the same result object, so the views and page keys made from its article can be reused too.
 */
export function readArticle(full: string, context: ArticleContext, source?: string): ArticleResult {
  const { rootDir, contentDir, site, authors, md, summaryLength, images, cache } = context;
  const file = path.relative(rootDir, full);
  const stat = cache ? fs.statSync(full) : undefined;
  const cached = stat ? cache?.get(full) : undefined;
  const hit = cached !== undefined && stat !== undefined && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size;
  if (hit && cached.result && cached.contextKey === context.contextKey) return cached.result;

  const problems: Problem[] = [];
  const text = hit ? undefined : (source ?? fs.readFileSync(full, "utf8"));
  const sourceHash = hit ? cached.sourceHash : contentHash(text ?? "");
  const parsed = hit ? cached.parsed : parseFrontMatter(text ?? "");
  const checked = checkFrontMatter(parsed, file, articleFrontMatter);
  if (!checked.readable) return { problems: checked.problems, warnings: [], deps: [], pictures: [], sourceHash };
  const at = (key: string): { line?: number } => lineOf(parsed, key);
  const warnings = checked.warnings;
  problems.push(...checked.problems);
  const fields = checked.values;

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
  const languages = languageCodes(site);
  const lang = fields.lang ?? site.language;
  if (!languages.includes(lang)) {
    const fix = site.languages ? `use one of the site's languages (${languages.join(", ")}) or add "${lang}" to languages in site.json` : `this site has one language, ${site.language}: remove lang, or list the site's languages in site.json`;
    problems.push({ file, ...at("lang"), message: `lang "${lang}" is not a language of the site: ${fix}` });
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
    const reason = aliasProblem(alias);
    if (reason) problems.push({ file, ...at("aliases"), message: reason });
  }
  for (const key of ["title", "dateline", "summary", "translationKey"] as const) {
    const value = fields[key];
    if (value !== undefined && CONTROL_CHARS.test(value)) {
      problems.push({ file, ...at(key), message: `${key} contains a control character; retype it as plain text` });
    }
  }
  const seenTags = new Set<string>();
  const tags: string[] = [];
  for (const tag of fields.tags ?? []) {
    const tagSlug = slugify(tag);
    if (tagSlug === "") {
      problems.push({ file, ...at("tags"), message: `tag "${tag}" has no letters or digits to make a URL from` });
    } else if (!seenTags.has(tagSlug)) {
      seenTags.add(tagSlug);
      tags.push(tag);
    }
  }

  // Local images must exist; they are processed into responsive pictures.
  const deps: string[] = [];
  const pictures: ImageRequest[] = [];
  const picture = (local: string, alt: string, src: string) => {
    if (!images) return undefined;
    const made = tryPicture(() => images.picture(local, alt, false), { file }, src, local, rootDir, problems);
    if (made) pictures.push({ file: local, alt, kind: "body" });
    return made;
  };
  let image: Article["image"];
  if (fields.image) {
    const { src, alt, caption, credit } = fields.image;
    const local = localImagePath(src, full, contentDir);
    image = { src, alt, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
    if (local) deps.push(local);
    if (local && !fs.existsSync(local)) {
      problems.push({ file, ...at("image"), message: `image "${src}" is not there (looked for ${path.relative(rootDir, local)}); add the file or fix the path` });
    } else if (local && images && problems.length === 0) {
      const lead = tryPicture(() => images.lead(local, alt), { file, ...at("image") }, src, local, rootDir, problems);
      if (lead) {
        pictures.push({ file: local, alt, kind: "lead" });
        image = { ...image, html: lead.html, shareUrl: lead.shareUrl, front: lead.front, card: lead.card, thumb: lead.thumb, crops: lead.crops };
      }
    }
  }
  const pictureFor = (src: string, alt: string): string | undefined => {
    const local = localImagePath(src, full, contentDir);
    if (!local) return undefined;
    deps.push(local);
    if (!fs.existsSync(local)) {
      problems.push({ file, message: `the body's image "${src}" is not there (looked for ${path.relative(rootDir, local)}); add the file or fix the path` });
      return undefined;
    }
    return picture(local, alt, src)?.html;
  };
  // The body is rendered only for an article that is otherwise sound. A body with images is rendered
  // every time: rendering registers its pictures with this build's image processor.
  const reusable = !/!\[|<img/i.test(parsed.body);
  const body = problems.length > 0 || !date?.ok ? undefined : hit && reusable && cached.body ? cached.body : renderBody(md, parsed.body, { pictureFor });
  const keep = (result: ArticleResult): ArticleResult => {
    // Articles with images are read every time, for the same reason as their bodies.
    if (cache && stat) cache.set(full, { mtimeMs: stat.mtimeMs, size: stat.size, parsed, sourceHash, ...(body && reusable ? { body } : {}), ...(reusable && !image ? { result, contextKey: context.contextKey } : {}) });
    return result;
  };
  // A link to a file beside the article (not a page, not an image) must point at a file that is there.
  for (const link of body?.links ?? []) {
    if (/^[a-z][a-z0-9+.-]*:|^\/|^#|^\?/i.test(link.href)) continue;
    const local = path.join(path.dirname(full), decodeURIComponent(link.href.split(/[?#]/)[0] ?? ""));
    deps.push(local);
    if (!fs.existsSync(local)) problems.push({ file, line: parsed.bodyLine + link.line - 1, message: `links to "${link.href}", which is not there (looked for ${path.relative(rootDir, local)}); add the file or fix the link` });
  }
  if (problems.length > 0 || !date?.ok || !body) return keep({ problems, warnings, deps, pictures, sourceHash });

  const fm = fields as ArticleFrontMatter;
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
    lang,
    ...(fm.translationKey ? { translationKey: fm.translationKey } : {}),
    // What the article was made from: its file, what checking it depended on, and its images' bytes.
    contentKey: contentHash([sourceHash, context.contextKey, ...deps.map(fileHash)].join("\0")),
    leadKey: contentHash(leadText(body.html, site.searchBodyWords)),
    links: body.links.filter((l) => l.href.startsWith("/") || l.href.startsWith(site.url)).map((l) => ({ href: l.href, line: parsed.bodyLine + l.line - 1 })),
  };
  return keep({ article, problems, warnings, deps, pictures, sourceHash });
}
