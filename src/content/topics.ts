import fs from "node:fs";
import path from "node:path";
import type MarkdownIt from "markdown-it";
import { localImagePath, type ImageProcessor } from "../images/index.js";
import { clipText, renderBody } from "../markdown/index.js";
import { isPlainSlug, slugify } from "../slugs/index.js";
import { tagUrl } from "../urls/index.js";
import { listMarkdown } from "./files.js";
import { parseFrontMatter } from "./frontmatter.js";
import { tryPicture } from "./pictures.js";
import { checkFrontMatter, lineOf } from "./messages.js";
import { topicFrontMatter, type TopicFrontMatter } from "./schema.js";
import type { ArticleImage, Problem, Topic } from "./types.js";

/** What a field of a topic file must look like, where it differs from an article's or an author's. */
const TOPIC_HINTS: Readonly<Record<string, string>> = {
  name: 'must be the name the tag shows, like: name: "Caspian Sea"',
};

/** Longest meta description taken from a topic's first paragraph, as for an article's summary. */
const DESCRIPTION_LENGTH = 220;

const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Where {@link readTopics} looks and what it does with images. */
export interface TopicOptions {
  /** The topics folder, `<contentDir>/tags`. */
  readonly dir: string;
  /** The content folder: `/images/x.jpg` in a topic file is under it. */
  readonly contentDir: string;
  /** Paths in problems are shown relative to this folder. */
  readonly rootDir: string;
  readonly markdown: MarkdownIt;
  /** Processes the topics' local images; without it images are left as written. */
  readonly images?: ImageProcessor;
  /**
   * Whether any article (drafts included) has the tag: the picture of a topic no article has is
   * checked but not processed, since no page shows it. @default every tag is in use
   */
  readonly inUse?: (slug: string) => boolean;
}

/**
 * Every topic of `<contentDir>/tags/`, by tag slug (the file name), with the problems and warnings
 * found. A topic file gives a tag its display name, a description (the body) and an image; each is
 * optional. A file name that is not a plain slug, a bad field or a missing image is a problem; an
 * unknown field is a warning.
 * @example readTopics({ dir: "content/tags", ... }).topics.get("caspian-sea")?.name // "Caspian Sea"
 */
export function readTopics(options: TopicOptions): { topics: Map<string, Topic>; problems: Problem[]; warnings: Problem[] } {
  const topics = new Map<string, Topic>();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const full of listMarkdown(options.dir)) {
    const file = path.relative(options.rootDir, full);
    const slug = path.basename(full, ".md");
    if (path.dirname(full) !== path.normalize(options.dir)) {
      problems.push({ file, message: `a topic file must sit directly in ${path.relative(options.rootDir, options.dir)}/; move it to ${path.join(path.relative(options.rootDir, options.dir), `${slugify(slug) || "a-tag"}.md`)}` });
      continue;
    }
    if (!isPlainSlug(slug)) {
      problems.push({ file, message: `the tag comes from the file name, which must be the tag's plain slug as in its URL; rename the file to ${slugify(slug) || "a-tag"}.md` });
      continue;
    }
    const parsed = parseFrontMatter(fs.readFileSync(full, "utf8"));
    const checked = checkFrontMatter(parsed, file, topicFrontMatter, TOPIC_HINTS);
    warnings.push(...checked.warnings);
    if (!checked.readable || checked.problems.length > 0) {
      problems.push(...checked.problems);
      continue;
    }
    const fm = checked.values as TopicFrontMatter;
    const found: Problem[] = [];
    if (fm.name !== undefined && CONTROL_CHARS.test(fm.name)) found.push({ file, ...lineOf(parsed, "name"), message: "name contains a control character; retype it as plain text" });
    let image: ArticleImage | undefined;
    if (fm.image) {
      const { src, alt, caption, credit } = fm.image;
      const local = localImagePath(src, full, options.contentDir);
      image = { src, alt, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
      if (local && !fs.existsSync(local)) {
        found.push({ file, ...lineOf(parsed, "image"), message: `image "${src}" is not there (looked for ${path.relative(options.rootDir, local)}); add the file or fix the path` });
      } else if (local && options.images && found.length === 0 && (options.inUse?.(slug) ?? true)) {
        // The topic's picture heads its page, above the fold: it loads at once.
        const images = options.images;
        const processed = tryPicture(() => images.picture(local, alt, true), { file, ...lineOf(parsed, "image") }, src, local, options.rootDir, found);
        if (processed) image = { ...image, html: processed.html, shareUrl: processed.shareUrl };
      }
    }
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const description = renderBody(options.markdown, parsed.body);
    topics.set(slug, {
      slug,
      ...(fm.name !== undefined ? { name: fm.name } : {}),
      ...(image ? { image } : {}),
      descriptionHtml: description.html,
      descriptionText: clipText(description.firstParagraph, DESCRIPTION_LENGTH),
      // Links of the description to pages of the site, with their lines, for the check that they lead somewhere.
      links: description.links.filter((l) => l.href.startsWith("/")).map((l) => ({ href: l.href, line: parsed.bodyLine + l.line - 1 })),
      sourcePath: file,
    });
  }
  return { topics, problems, warnings };
}

/**
 * A warning for each topic file whose tag no published article uses: its page does not exist, so
 * the file shows nowhere (often a file name that is not the tag's slug).
 * @example unusedTopicWarnings(topics, new Set(["oil"])) // [{ file: "content/tags/oli.md", message: "no published article ..." }]
 */
export function unusedTopicWarnings(topics: ReadonlyMap<string, Topic>, usedSlugs: ReadonlySet<string>): Problem[] {
  return [...topics.values()]
    .filter((t) => !usedSlugs.has(t.slug))
    .map((t) => ({ file: t.sourcePath, message: `no published article has the tag "${t.slug}", so this topic file shows nowhere; check that the file name is the tag's slug as in its URL (${tagUrl(t.slug)}), or remove the file` }));
}
