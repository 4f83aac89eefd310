import fs from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import yaml from "js-yaml";
import { readSiteSettings } from "../content/index.js";
import { isoWithOffset } from "../dates/index.js";
import { isPlainSlug, slugify } from "../slugs/index.js";
import { articleUrl } from "../urls/index.js";

/** What an editor asks for with `npm run new`. */
export interface ScaffoldRequest {
  readonly headline: string;
  readonly byline: readonly string[];
  readonly section?: string;
  readonly tags: readonly string[];
  readonly draft: boolean;
}

/** A new article file, ready to write. */
export interface Scaffold {
  /** Path of the new file, relative to the working directory. */
  readonly file: string;
  readonly url: string;
  readonly text: string;
}

/** Thrown for a request that cannot be scaffolded; the message says what to change. */
export class ScaffoldError extends Error {
  override readonly name = "ScaffoldError";
}

/**
 * Plans a new article: checks the byline and section against the content, dates it `now` in the site
 * zone, and names the file `content/articles/yyyy/mm/<slug>.md`. Writes nothing.
 */
export function planArticle(request: ScaffoldRequest, contentDir: string, now: (zone: string) => DateTime): Scaffold {
  const { site, problems } = readSiteSettings(contentDir, process.cwd());
  if (!site) throw new ScaffoldError(problems.map((p) => `${p.file}: ${p.message}`).join("\n"));
  const headline = request.headline.trim();
  if (headline === "") throw new ScaffoldError('give the headline first: npm run new -- "Headline" --byline author-id');
  const slug = slugify(headline);
  if (!isPlainSlug(slug)) throw new ScaffoldError(`the headline "${headline}" has no letters or digits to make a file name from`);
  if (request.byline.length === 0) throw new ScaffoldError("give the author: --byline author-id (a file name in content/authors/ without .md)");
  const authorsDir = path.join(contentDir, "authors");
  for (const id of request.byline) {
    if (!isPlainSlug(id) || !fs.existsSync(path.join(authorsDir, `${id}.md`))) {
      const known = fs.existsSync(authorsDir) ? fs.readdirSync(authorsDir).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3)).sort() : [];
      throw new ScaffoldError(`unknown author "${id}": there is no ${path.join(authorsDir, `${id}.md`)}. Known authors: ${known.join(", ") || "none yet"}`);
    }
  }
  if (request.section !== undefined && !site.sections.some((s) => s.id === request.section)) {
    throw new ScaffoldError(`unknown section "${request.section}": use one of ${site.sections.map((s) => s.id).join(", ")}`);
  }
  const date = now(site.timezone).startOf("second");
  const file = path.join(contentDir, "articles", date.toFormat("yyyy"), date.toFormat("LL"), `${slug}.md`);
  const frontMatter: Record<string, unknown> = {
    title: headline,
    date: isoWithOffset(date),
    byline: request.byline.length === 1 ? request.byline[0] : [...request.byline],
    ...(request.section ? { section: request.section } : {}),
    ...(request.tags.length ? { tags: [...request.tags] } : {}),
    summary: "",
    ...(request.draft ? { draft: true } : {}),
  };
  const header = yaml.dump(frontMatter, { lineWidth: -1, schema: yaml.CORE_SCHEMA }).replace(/^summary: ''$/m, 'summary: ""   # one sentence; leave empty to use the first paragraph');
  const text = `---\n${header}---\nWrite the story here. The first paragraph is the summary unless you fill in \`summary\` above.\n`;
  return { file, url: articleUrl(date, slug), text };
}

/** Writes the planned file, refusing to overwrite one that exists. */
export function writeScaffold(scaffold: Scaffold): void {
  fs.mkdirSync(path.dirname(scaffold.file), { recursive: true });
  try {
    fs.writeFileSync(scaffold.file, scaffold.text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new ScaffoldError(`${scaffold.file} already exists; nothing was written. Choose another headline, or edit that file.`);
    }
    throw error;
  }
}
