import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createMarkdown } from "../markdown/index.js";
import type { SiteModel } from "../collections/index.js";
import { loadModel, type NewsOptions } from "./load-model.js";

/** The part of Eleventy's config API this plugin uses (Eleventy ships no types). */
export interface EleventyConfigApi {
  setLibrary(name: string, library: unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  addTemplate(path: string, content: string, data?: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(spec: Record<string, string>): void;
  addWatchTarget(target: string): void;
  setQuietMode(quiet: boolean): void;
  on(event: string, handler: (...args: unknown[]) => unknown): void;
  ignores: { add(glob: string): void };
  addPlugin<T>(plugin: (config: EleventyConfigApi, options: T) => void, options?: T): void;
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setLayoutsDirectory(dir: string): void;
  setDataDirectory(dir: string): void;
}

/** How a page template is laid out: one page at a URL, or one page per item of a list in the model. */
type PageSpec = { readonly url: string } | { readonly data: string; readonly alias: string };

/**
 * Each page template in `templates/pages/` and what it renders. Paginated ones take one item per page
 * from a list in the global `news` (the SiteModel); every item carries its own `url`.
 */
const PAGES: Readonly<Record<string, PageSpec>> = {
  home: { url: "/" },
  authors: { url: "/authors/" },
  tags: { url: "/tags/" },
  article: { data: "news.articles", alias: "article" },
  latest: { data: "news.listings.latest", alias: "listing" },
  section: { data: "news.listings.section", alias: "listing" },
  author: { data: "news.listings.author", alias: "listing" },
  tag: { data: "news.listings.tag", alias: "listing" },
  month: { data: "news.listings.month", alias: "listing" },
  year: { data: "news.years", alias: "year" },
};

/** Eleventy's front-matter data for one page template. */
export function pageData(spec: PageSpec): Record<string, unknown> {
  if ("url" in spec) return { permalink: spec.url, eleventyExcludeFromCollections: true };
  const { alias } = spec;
  return {
    pagination: { data: spec.data, size: 1, alias },
    permalink: (data: Record<string, unknown>): string => (data[alias] as { url: string }).url,
    eleventyExcludeFromCollections: true,
  };
}

/** A content hash for asset file names, so a CDN may cache them for good. */
export function contentHash(content: string | Buffer): string {
  return crypto.createHash("sha256").update(content).digest("hex").slice(0, 10);
}

/**
 * The Eleventy plugin: our markdown-it, strict Nunjucks, the checked site model as the global
 * `news`, and the page templates registered as virtual templates.
 */
export function newsPlugin(eleventyConfig: EleventyConfigApi, options: NewsOptions = {}): void {
  const contentDir = options.contentDir ?? "content";
  const templatesDir = options.templatesDir ?? "templates";
  const markdown = createMarkdown();
  eleventyConfig.setLibrary("md", markdown);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });

  // Articles and authors are read by src/content, not rendered by Eleventy one by one.
  eleventyConfig.ignores.add(`${contentDir}/articles/**`);
  eleventyConfig.ignores.add(`${contentDir}/authors/**`);
  eleventyConfig.addWatchTarget(`${contentDir}/**/*.md`);
  eleventyConfig.addWatchTarget(`${templatesDir}/**`);

  const css = fs.readFileSync(path.join(templatesDir, "assets", "site.css"));
  const cssUrl = `/assets/site.${contentHash(css)}.css`;
  eleventyConfig.addPassthroughCopy({ [path.join(templatesDir, "assets", "site.css")]: cssUrl.slice(1) });

  // The model is rebuilt at the start of every build (and every watch rebuild), before any page renders;
  // bad content stops the build there, with every problem listed.
  let model: SiteModel | undefined;
  eleventyConfig.on("eleventy.before", () => {
    model = loadModel(markdown, { ...options, contentDir });
  });
  eleventyConfig.addGlobalData("news", () => {
    model ??= loadModel(markdown, { ...options, contentDir });
    return model;
  });
  eleventyConfig.addGlobalData("assets", { css: cssUrl });

  for (const [name, spec] of Object.entries(PAGES)) {
    const file = path.join(templatesDir, "pages", `${name}.njk`);
    eleventyConfig.addTemplate(`pages/${name}.njk`, fs.readFileSync(file, "utf8"), pageData(spec));
  }
}
