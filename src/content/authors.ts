import fs from "node:fs";
import path from "node:path";
import type MarkdownIt from "markdown-it";
import { localImagePath, type ImageProcessor } from "../images/index.js";
import { renderBody } from "../markdown/index.js";
import { isPlainSlug, slugify } from "../slugs/index.js";
import { listMarkdown } from "./files.js";
import { parseFrontMatter } from "./frontmatter.js";
import { tryPicture } from "./pictures.js";
import { checkFrontMatter, lineOf } from "./messages.js";
import { authorFrontMatter, type AuthorFrontMatter } from "./schema.js";
import type { Author, Problem } from "./types.js";

/** The picture files an author's photo may be, beside the author file, by extension, in this order. */
export const AUTHOR_PHOTO_EXTENSIONS = ["jpg", "jpeg", "png", "webp"] as const;

/**
 * Where an author's photo is: the file named by `photo` (beside the author file, or from the content
 * folder when it starts with `/`), else `<id>.jpg` (or .jpeg, .png, .webp) beside the author file.
 */
export function authorPhotoPath(dir: string, id: string, photo: string | undefined, contentDir: string): string | undefined {
  if (photo !== undefined) return localImagePath(photo, path.join(dir, `${id}.md`), contentDir);
  for (const ext of AUTHOR_PHOTO_EXTENSIONS) {
    const candidate = path.join(dir, `${id}.${ext}`);
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Every author of `<contentDir>/authors/`, by id (the file name), with the problems and warnings
 * found. With an image processor, each author's photo is cut square for the author page and the
 * author boxes of articles.
 */
export function readAuthors(dir: string, rootDir: string, md: MarkdownIt, images?: ImageProcessor): { authors: Map<string, Author>; problems: Problem[]; warnings: Problem[] } {
  const authors = new Map<string, Author>();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const full of listMarkdown(dir)) {
    const file = path.relative(rootDir, full);
    const id = path.basename(full, ".md");
    const parsed = parseFrontMatter(fs.readFileSync(full, "utf8"));
    const checked = checkFrontMatter(parsed, file, authorFrontMatter);
    if (!checked.readable) {
      problems.push(...checked.problems);
      continue;
    }
    if (!isPlainSlug(id)) {
      problems.push({ file, message: `the author id comes from the file name and must be a plain slug; rename the file to ${slugify(id) || "a-name"}.md` });
      continue;
    }
    warnings.push(...checked.warnings);
    if (checked.problems.length > 0) {
      problems.push(...checked.problems);
      continue;
    }
    const fm = checked.values as AuthorFrontMatter;
    const bio = renderBody(md, parsed.body);
    // An empty `photo` is no photo line at all: the photo beside the author file is looked for. A
    // photo with a problem stops the build, but the author is kept, so that their articles are not
    // also reported as having no author.
    const given = fm.photo === "" ? undefined : fm.photo;
    const remote = given !== undefined && /^https?:\/\//i.test(given);
    let photoFile = remote ? undefined : authorPhotoPath(dir, id, given, path.dirname(dir));
    if (given !== undefined && !remote && !photoFile) {
      problems.push({ file, ...lineOf(parsed, "photo"), message: `photo "${given}" must be a picture file (.jpg, .jpeg, .png or .webp) beside the author file or under content/, or a web address like https://example.org/amina.jpg` });
    } else if (photoFile && !fs.existsSync(photoFile)) {
      problems.push({ file, ...lineOf(parsed, "photo"), message: `photo "${given}" is not there (looked for ${path.relative(rootDir, photoFile)}); add the file, fix the path, or remove the line to use ${id}.jpg beside the author file` });
      photoFile = undefined;
    }
    // The photo sits beside the author's name on every page that shows it: it is decorative (empty alt).
    const where = { file, ...(given !== undefined ? lineOf(parsed, "photo") : {}) };
    const found = photoFile;
    const avatar = found && images ? tryPicture(() => images.avatar(found, ""), where, given ?? path.basename(found), found, rootDir, problems) : undefined;
    const photo = remote ? given : avatar ? (given ?? path.basename(found ?? "")) : undefined;
    authors.set(id, {
      id,
      name: fm.name,
      ...(fm.role ? { role: fm.role } : {}),
      ...(fm.twitter ? { twitter: fm.twitter } : {}),
      ...(photo ? { photo } : {}),
      ...(avatar ? { avatar } : {}),
      links: fm.links ?? [],
      bioHtml: bio.html,
      bioText: bio.firstParagraph,
      sourcePath: file,
    });
  }
  return { authors, problems, warnings };
}
