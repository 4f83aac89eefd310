import path from "node:path";
import type MarkdownIt from "markdown-it";
import { buildRedirects, buildSiteModel, type SiteModel } from "../collections/index.js";
import { ContentError, formatProblem, loadContent, loadContentParallel, type Content, type ContentCache, type LoadOptions } from "../content/index.js";
import { buildInstant } from "../dates/index.js";
import type { ImageProcessor } from "../images/index.js";
import { count, stage, stageAsync } from "./progress.js";

/** Pages the site writes besides those of the model; no alias may take their addresses. */
export const EXTRA_PAGES: readonly string[] = ["/404.html", "/search/", "/manifest.json", "/_headers"];

/** Options shared by the Eleventy plugin and the build command. */
export interface NewsOptions {
  /** The content folder. @default "content" */
  readonly contentDir?: string;
  /** The templates folder. @default "templates" */
  readonly templatesDir?: string;
  /** Show drafts and embargoed articles. @default process.env.NEWS_PREVIEW === "1" */
  readonly preview?: boolean;
  /** Where `SOURCE_DATE_EPOCH` is read. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Report warnings (unknown fields) on stderr. @default true */
  readonly warn?: boolean;
  /** Build the Pagefind search index (in its own process, while the pages render). @default true */
  readonly search?: boolean;
  /** Processes local images; without it images are left as written. */
  readonly images?: ImageProcessor;
  /** Parsed files kept between the builds of one process (watch mode). */
  readonly cache?: ContentCache;
}

/**
 * The folder problem paths are shown relative to: the working directory when the content is inside
 * it (`content/articles/x.md`), else the content folder's parent, never a path full of `../`.
 */
export function displayRoot(contentDir: string): string {
  const relative = path.relative(process.cwd(), path.resolve(contentDir));
  return relative.startsWith("..") || path.isAbsolute(relative) ? path.dirname(path.resolve(contentDir)) : process.cwd();
}

function loadOptions(markdown: MarkdownIt, options: NewsOptions): LoadOptions {
  const contentDir = options.contentDir ?? "content";
  return {
    contentDir,
    rootDir: displayRoot(contentDir),
    markdown,
    ...(options.images ? { images: options.images } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
  };
}

const contentReport = (c: Content): string =>
  `${count(c.articles.length)} articles, ${count(c.authors.size)} authors read and checked${c.threads === 2 ? " on two threads" : ""}`;

/** Builds the model from checked content. Throws ContentError on alias problems. */
function modelOf(content: Content, options: NewsOptions): SiteModel {
  const env = options.env ?? process.env;
  if (options.warn ?? true) {
    for (const warning of content.warnings) process.stderr.write(`warning: ${formatProblem(warning)}\n`);
  }
  const model = stage(
    "model",
    () => buildSiteModel(content, { buildDate: buildInstant(env, content.site.timezone), preview: options.preview ?? env["NEWS_PREVIEW"] === "1" }),
    (m) => {
      const { latest, section, author, tag, month } = m.listings;
      return `${count(m.articles.length)} published, ${count(latest.length + section.length + author.length + tag.length + month.length)} list pages`;
    },
  );
  const { redirects, problems } = buildRedirects(model, EXTRA_PAGES);
  if (problems.length > 0) throw new ContentError(problems);
  return { ...model, redirects };
}

/** Reads and checks the content, then builds the model. Throws ContentError with every problem. */
export function loadModel(markdown: MarkdownIt, options: NewsOptions = {}): SiteModel {
  return modelOf(stage("content", () => loadContent(loadOptions(markdown, options)), contentReport), options);
}

/** {@link loadModel}, reading the articles on two threads where that pays (see `loadContentParallel`). */
export async function loadModelParallel(markdown: MarkdownIt, options: NewsOptions = {}): Promise<SiteModel> {
  return modelOf(await stageAsync("content", () => loadContentParallel(loadOptions(markdown, options)), contentReport), options);
}
