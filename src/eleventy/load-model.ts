import type MarkdownIt from "markdown-it";
import { buildSiteModel, type SiteModel } from "../collections/index.js";
import { formatProblem, loadContent } from "../content/index.js";
import { buildInstant } from "../dates/index.js";

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
}

/** Reads and checks the content, then builds the model. Throws ContentError with every problem. */
export function loadModel(markdown: MarkdownIt, options: NewsOptions = {}): SiteModel {
  const env = options.env ?? process.env;
  const content = loadContent({ contentDir: options.contentDir ?? "content", markdown });
  if (options.warn ?? true) {
    for (const warning of content.warnings) process.stderr.write(`warning: ${formatProblem(warning)}\n`);
  }
  return buildSiteModel(content, {
    buildDate: buildInstant(env, content.site.timezone),
    preview: options.preview ?? env["NEWS_PREVIEW"] === "1",
  });
}
