import fs from "node:fs";
import path from "node:path";
import type MarkdownIt from "markdown-it";
import { renderBody } from "../markdown/index.js";
import { isPlainSlug, slugify } from "../slugs/index.js";
import { listMarkdown } from "./files.js";
import { parseFrontMatter } from "./frontmatter.js";
import { schemaProblems, unknownFieldWarnings, yamlProblems } from "./messages.js";
import { AUTHOR_FIELDS, authorFrontMatter } from "./schema.js";
import type { Author, Problem } from "./types.js";

/** Every author of `<contentDir>/authors/`, by id (the file name), with the problems and warnings found. */
export function readAuthors(dir: string, rootDir: string, md: MarkdownIt): { authors: Map<string, Author>; problems: Problem[]; warnings: Problem[] } {
  const authors = new Map<string, Author>();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const full of listMarkdown(dir)) {
    const file = path.relative(rootDir, full);
    const id = path.basename(full, ".md");
    const parsed = parseFrontMatter(fs.readFileSync(full, "utf8"));
    if (parsed.errors.length > 0) {
      problems.push(...yamlProblems(parsed, file));
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
    const bio = renderBody(md, parsed.body);
    authors.set(id, {
      id,
      name: fm.name,
      ...(fm.role ? { role: fm.role } : {}),
      ...(fm.twitter ? { twitter: fm.twitter } : {}),
      ...(fm.photo ? { photo: fm.photo } : {}),
      links: fm.links ?? [],
      bioHtml: bio.html,
      bioText: bio.firstParagraph,
      sourcePath: file,
    });
  }
  return { authors, problems, warnings };
}
