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
import type { ArticleImage, Problem, Topic, TopicVersion } from "./types.js";

/** What a field of a topic file must look like, where it differs from an article's or an author's. */
const TOPIC_HINTS: Readonly<Record<string, string>> = {
  name: 'must be the name the tag shows, like: name: "Caspian Sea", or one per language, like: name: { en: "Caspian Sea", az: "Xəzər dənizi" }',
  description: 'must give the description in each language but the default one (whose description is the body), like: description: { az: "Xəzər dənizi ..." }',
  image: 'must be like: image: { src: ./photo.jpg, alt: "What the photo shows" }, where alt and caption may be one text per language, like: alt: { en: "...", az: "..." }',
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
  /** The site's default language and all its languages (`languages` in site.json). @default one language, "en" */
  readonly languages?: { readonly default: string; readonly codes: readonly string[] };
  /**
   * Whether any article (drafts included) of language `lang` has the tag: the picture of a topic no
   * article has is checked but not processed, since no page shows it. @default every tag is in use
   */
  readonly inUse?: (slug: string, lang: string) => boolean;
}

/** A topic file's front matter with its descriptions per language (one text as description is ignored). */
type TopicFields = Omit<TopicFrontMatter, "description"> & { readonly description?: Readonly<Record<string, string>> };

/** A text of a topic file that may be given once or once per language. */
type PerLanguage = string | Readonly<Record<string, string>>;

/** The text of `value` in `lang`: its own, or the one text given for every language. */
function inLanguage(value: PerLanguage | undefined, lang: string): string | undefined {
  return value === undefined || typeof value === "string" ? value : value[lang];
}

/**
 * What is wrong with a topic file's languages: a key that is not a language of the site, a
 * description in a language the name does not give (the name is what finds the tag there), a
 * description map entry for the default language (whose description is the body), a name that
 * makes no slug, and an alt text missing for a language the topic is shown in.
 */
function languageProblems(fm: TopicFields, file: string, parsed: ReturnType<typeof parseFrontMatter>, languages: { readonly default: string; readonly codes: readonly string[] }): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string): { line?: number } => lineOf(parsed, field);
  const list = languages.codes.join(", ");
  const unknownKeys = (value: PerLanguage | undefined, field: string): void => {
    if (value === undefined || typeof value === "string") return;
    for (const code of Object.keys(value)) {
      if (!languages.codes.includes(code)) problems.push({ file, ...at(field), message: `${field}.${code}: "${code}" is not a language of the site (${list}); use one of them, or add it to languages in site.json` });
    }
  };
  unknownKeys(fm.name, "name");
  unknownKeys(fm.description, "description");
  unknownKeys(fm.image?.alt, "image");
  unknownKeys(fm.image?.caption, "image");
  if (fm.description?.[languages.default] !== undefined) {
    problems.push({ file, ...at("description"), message: `description.${languages.default}: the default language's description is the file's body, under the front matter; move the text there` });
  }
  const names = typeof fm.name === "object" ? fm.name : {};
  for (const code of Object.keys(fm.description ?? {})) {
    if (code !== languages.default && languages.codes.includes(code) && names[code] === undefined) {
      problems.push({ file, ...at("description"), message: `description.${code} has no name.${code} beside it: the name in ${code} is what finds the tag of ${code} stories, so add it, like name: { ${code}: "..." }` });
    }
  }
  for (const [code, name] of Object.entries(names)) {
    if (CONTROL_CHARS.test(name)) problems.push({ file, ...at("name"), message: `name.${code} contains a control character; retype it as plain text` });
    else if (code !== languages.default && slugify(name) === "") problems.push({ file, ...at("name"), message: `name.${code} "${name}" has no letter or digit to make the tag's address from; write the name as the stories' tags spell it` });
  }
  const alt = fm.image?.alt;
  if (alt !== undefined && typeof alt === "object") {
    const shown = [languages.default, ...Object.keys(names).filter((c) => c !== languages.default)];
    const missing = shown.filter((code) => languages.codes.includes(code) && alt[code] === undefined);
    if (missing.length > 0) problems.push({ file, ...at("image"), message: `image.alt has no text for ${missing.join(", ")}: the picture shows on the topic's page in ${missing.length === 1 ? "that language" : "those languages"}; give the alt text in each, or one text for all` });
  }
  return problems;
}

/**
 * Every topic of `<contentDir>/tags/`, by tag slug (the file name), with the problems and warnings
 * found. A topic file gives a tag its display name, a description (the body) and an image; each is
 * optional. On a site with `languages` it may also name the subject in the other languages, each
 * with its description and the image's alt text: the tag of a language is the one whose slug its
 * name makes (`Xəzər dənizi` → `xezer-denizi`). A file name that is not a plain slug, a bad field, a
 * missing image, a language the site does not have, or two files naming one tag of a language are
 * problems; an unknown field is a warning.
 * @example readTopics({ dir: "content/tags", ... }).topics.get("caspian-sea")?.name // "Caspian Sea"
 * @example readTopics({ dir: "content/tags", ... }).topics.get("caspian-sea")?.versions?.["az"]?.slug // "xezer-denizi"
 */
export function readTopics(options: TopicOptions): { topics: Map<string, Topic>; problems: Problem[]; warnings: Problem[] } {
  const topics = new Map<string, Topic>();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const languages = options.languages ?? { default: "en", codes: ["en"] };
  /** The file that named each tag of another language first, by `lang:slug`. */
  const claimed = new Map<string, string>();
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
    const values = checked.values as TopicFrontMatter;
    // One text as description was an unknown field before languages: it still builds, with a warning.
    const { description: written, ...rest } = values;
    if (typeof written === "string") {
      warnings.push({ file, ...lineOf(parsed, "description"), message: "description is ignored: a topic's description is the file's body, under the front matter (description gives the other languages' descriptions, like description: { az: \"...\" })" });
    }
    const fm: TopicFields = { ...rest, ...(typeof written === "object" ? { description: written } : {}) };
    const found: Problem[] = languageProblems(fm, file, parsed, languages);
    const defaultName = inLanguage(fm.name, languages.default);
    if (typeof fm.name === "string" && CONTROL_CHARS.test(fm.name)) found.push({ file, ...lineOf(parsed, "name"), message: "name contains a control character; retype it as plain text" });
    // The other languages the file names, each with its tag's slug.
    const others = typeof fm.name === "object" ? Object.entries(fm.name).filter(([code]) => code !== languages.default && languages.codes.includes(code)) : [];
    if (found.length === 0) {
      for (const [code, name] of others) {
        const key = `${code}:${slugify(name)}`;
        const first = claimed.get(key);
        if (first !== undefined) found.push({ file, ...lineOf(parsed, "name"), message: `name.${code} "${name}" names the ${code} tag "${slugify(name)}", which ${first} already names; keep one topic file per tag` });
        else claimed.set(key, file);
      }
    }
    // The picture is one file, looked for once; each language has its own alt text and caption.
    const local = fm.image ? localImagePath(fm.image.src, full, options.contentDir) : undefined;
    if (fm.image && local && !fs.existsSync(local)) {
      found.push({ file, ...lineOf(parsed, "image"), message: `image "${fm.image.src}" is not there (looked for ${path.relative(options.rootDir, local)}); add the file or fix the path` });
    }
    const pictureOf = (lang: string, inUse: boolean): ArticleImage | undefined => {
      if (!fm.image) return undefined;
      const { src, credit } = fm.image;
      const alt = inLanguage(fm.image.alt, lang) ?? "";
      const caption = inLanguage(fm.image.caption, lang);
      const image: ArticleImage = { src, alt, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
      if (!local || !options.images || found.length > 0 || !inUse) return image;
      // The topic's picture heads its page, above the fold: it loads at once.
      const images = options.images;
      const processed = tryPicture(() => images.picture(local, alt, true), { file, ...lineOf(parsed, "image") }, src, local, options.rootDir, found);
      return processed ? { ...image, html: processed.html, shareUrl: processed.shareUrl } : image;
    };
    const describe = (source: string, firstLine: number): Pick<TopicVersion, "descriptionHtml" | "descriptionText" | "links"> => {
      const description = renderBody(options.markdown, source);
      return {
        descriptionHtml: description.html,
        descriptionText: clipText(description.firstParagraph, DESCRIPTION_LENGTH),
        // Links of the description to pages of the site, with their lines, for the check that they lead somewhere.
        links: description.links.filter((l) => l.href.startsWith("/")).map((l) => ({ href: l.href, line: firstLine + l.line - 1 })),
      };
    };
    const versions: Record<string, TopicVersion> = {};
    for (const [code, name] of others) {
      const tag = slugify(name);
      const image = pictureOf(code, options.inUse?.(tag, code) ?? true);
      const text = fm.description?.[code];
      versions[code] = {
        slug: tag,
        name,
        ...(image ? { image } : {}),
        ...(text === undefined ? { descriptionHtml: "", descriptionText: "", links: [] } : describe(text, lineOf(parsed, "description").line ?? 1)),
      };
    }
    const image = pictureOf(languages.default, options.inUse?.(slug, languages.default) ?? true);
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    topics.set(slug, {
      slug,
      ...(defaultName !== undefined ? { name: defaultName } : {}),
      ...(image ? { image } : {}),
      ...describe(parsed.body, parsed.bodyLine),
      ...(others.length > 0 ? { versions } : {}),
      sourcePath: file,
    });
  }
  return { topics, problems, warnings };
}

/**
 * A topic's versions as one language's pages see them, by that language's tag slug: in the default
 * language the topics themselves, in another the versions the files give for it.
 * @example topicsOfLanguage(topics, "az", "en").get("xezer-denizi")?.name // "Xəzər dənizi"
 */
export function topicsOfLanguage(topics: ReadonlyMap<string, Topic>, lang: string, defaultLanguage: string): Map<string, TopicVersion> {
  if (lang === defaultLanguage) return new Map(topics);
  const own = new Map<string, TopicVersion>();
  for (const topic of topics.values()) {
    const version = topic.versions?.[lang];
    if (version) own.set(version.slug, version);
  }
  return own;
}

/**
 * A warning for each topic file whose tag no published article uses: its page does not exist, so
 * the file shows nowhere (often a file name that is not the tag's slug). A file that names the
 * subject in other languages is warned about for each language whose tag no story of that language
 * has; for the default language's tag only when none of its tags is used, since a topic may be
 * written for another language's tag alone.
 * @example unusedTopicWarnings(topics, (slug, lang) => slug === "oil", "en") // [{ file: "content/tags/oli.md", message: "no published article ..." }]
 */
export function unusedTopicWarnings(topics: ReadonlyMap<string, Topic>, used: (slug: string, lang: string) => boolean, defaultLanguage: string): Problem[] {
  const warnings: Problem[] = [];
  for (const topic of topics.values()) {
    const versions = Object.entries(topic.versions ?? {});
    const unusedVersions = versions.filter(([code, v]) => !used(v.slug, code));
    if (!used(topic.slug, defaultLanguage) && unusedVersions.length === versions.length) {
      warnings.push({ file: topic.sourcePath, message: `no published article has the tag "${topic.slug}", so this topic file shows nowhere; check that the file name is the tag's slug as in its URL (${tagUrl(topic.slug)}), or remove the file` });
      if (versions.length === 0) continue;
    }
    for (const [code, version] of unusedVersions) {
      warnings.push({ file: topic.sourcePath, message: `name.${code} "${version.name ?? version.slug}" names the ${code} tag "${version.slug}", which no published ${code} story has, so its part of the file shows nowhere; spell the name as the ${code} stories' tags do` });
    }
  }
  return warnings;
}
