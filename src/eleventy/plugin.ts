import type { SitemapPart } from "../feeds/index.js";
import { decapCopies } from "../desk/index.js";
import type { Assets } from "../render/index.js";
import { inLanguage } from "../urls/index.js";
import { ELEVENTY_FILES, ELEVENTY_GLOBALS, eleventyGlobals, SITEMAP_PARTS, type EleventyGlobals, type EleventySite } from "../registry/index.js";

/** The part of Eleventy's config API this project uses (Eleventy ships no types). */
export interface EleventyConfigApi {
  addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(spec: Record<string, string>): void;
  addWatchTarget(target: string): void;
  setChokidarConfig(options: Record<string, unknown>): void;
  setTemplateFormats(formats: string | string[]): void;
  on(event: string, handler: (...args: unknown[]) => unknown): void;
  ignores: { add(glob: string): void };
  addPlugin<T>(plugin: (config: EleventyConfigApi, options: T) => void, options?: T): void;
  setInputDirectory(dir: string): void;
}

/** What Eleventy tells its `eleventy.before` and `eleventy.after` handlers. */
export interface EleventyEvent {
  readonly runMode?: string;
  readonly directories?: { readonly output?: string };
  /** What Eleventy wrote (`eleventy.after` only). */
  readonly results?: ReadonlyArray<{ readonly outputPath?: unknown }>;
}

/** Options of {@link newsPlugin}. */
export interface NewsPluginOptions {
  readonly contentDir: string;
  readonly templatesDir: string;
  /** The fingerprinted assets Eleventy copies into the output. */
  readonly assets: Assets;
  /** The prepared site Eleventy's pages render from, asked for while Eleventy renders. */
  readonly site: () => EleventySite;
  /**
   * When Eleventy hosts the build (`npm start`): the pipeline's two halves, run before and after
   * Eleventy renders its own pages. Without them the pipeline has prepared the site already.
   */
  readonly around?: {
    before(event: EleventyEvent): Promise<void>;
    after(event: EleventyEvent): Promise<void>;
  };
  /**
   * Whether Eleventy's own pages and files stand in the output as this build would write them (a
   * watching process, after an edit none of them shows): then Eleventy writes none of them.
   */
  readonly unchanged?: () => boolean;
}

/** Front matter shared by every page Eleventy renders: none belongs to a collection. */
const PAGE = { eleventyExcludeFromCollections: true };

/**
 * The Eleventy plugin. It tells Eleventy what Eleventy does in this project, and nothing else:
 * - the single pages it renders (the home page, the indexes, search, 404) through the project's
 *   Nunjucks renderer, and the sitemaps, robots.txt and the CDN's files from `src/feeds` and
 *   `src/deploy`, all as virtual JavaScript templates;
 * - the fingerprinted assets it copies;
 * - what it watches in `npm start`, and, there, the pipeline's halves around its own rendering.
 * The articles, lists and feeds are written by the pipeline's page writer (see `src/pipeline/build.ts`).
 */
export function newsPlugin(eleventyConfig: EleventyConfigApi, options: NewsPluginOptions): void {
  const { contentDir, templatesDir, site } = options;
  // Eleventy's only templates are the virtual ones below; the articles, authors and topics are read by src/content.
  eleventyConfig.setTemplateFormats("11ty.js");
  eleventyConfig.ignores.add(`${contentDir}/articles/**`);
  eleventyConfig.ignores.add(`${contentDir}/authors/**`);
  eleventyConfig.ignores.add(`${contentDir}/tags/**`);
  // Articles, authors and topics, the site's settings and the editors' picks, and the pictures.
  eleventyConfig.addWatchTarget(`${contentDir}/**/*.{md,json,yml,yaml,jpg,jpeg,png,webp,avif,gif}`);
  eleventyConfig.addWatchTarget(`${templatesDir}/**`);
  // A saved article is a few kilobytes written at once: 50 ms without change is enough to trust it
  // (Eleventy waits 150 ms), and the page shows the edit that much sooner.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
  eleventyConfig.addPassthroughCopy(options.assets.copies);
  // The web desk: Decap CMS's prebuilt bundle from its npm package, served from /admin/decap/.
  eleventyConfig.addPassthroughCopy(decapCopies());

  if (options.around) {
    const { before, after } = options.around;
    eleventyConfig.on("eleventy.before", (event: unknown) => before(event as EleventyEvent));
    eleventyConfig.on("eleventy.after", (event: unknown) => after(event as EleventyEvent));
  }

  // What the templates see (see ./data.ts), from the build under way. The machine files below read
  // the same globals and nothing else, since the build cache keys them on those globals.
  for (const name of ELEVENTY_GLOBALS) eleventyConfig.addGlobalData(name, () => eleventyGlobals(site())[name]);
  const globals = (): EleventyGlobals => eleventyGlobals(site());

  // Each page's address, or none (nothing written) when the output has it as it would be written.
  const at = <T>(url: (data: T) => string | false) => (data: T): string | false => (options.unchanged?.() ? false : url(data));
  // Every file of the registry that Eleventy writes (src/registry/files.ts), from the globals alone.
  // A page of the default language is told its language on a site with `languages` (`lang`, `language`).
  type Globals = { readonly defaultLanguage: EleventyGlobals["defaultLanguage"] };
  for (const file of ELEVENTY_FILES) {
    const { url, template, render } = file;
    const content = template ? (data: Globals) => site().renderer.render(template, { ...data, ...data.defaultLanguage }) : () => (render as NonNullable<typeof render>)(globals());
    eleventyConfig.addTemplate(`${file.name}.11ty.js`, content, { ...PAGE, permalink: at(() => (typeof url === "string" ? url : url(globals()))) });
  }
  // Each other language's copy of the per-language pages, under its prefix, from its own globals:
  // one page per language, none on a one-language site.
  type EditionData = { readonly edition: EleventyGlobals["editions"][number] };
  for (const file of ELEVENTY_FILES) {
    const { url, template } = file;
    if (!file.perLanguage || !template || typeof url !== "string") continue;
    eleventyConfig.addTemplate(`${file.name}.languages.11ty.js`, (data: EditionData) => site().renderer.render(template, { ...data, ...data.edition.page }), {
      ...PAGE,
      pagination: { data: "editions", size: 1, alias: "edition" },
      permalink: at((data: EditionData) => inLanguage(data.edition.prefix, url)),
    });
  }
  type Data = { readonly part: SitemapPart };
  eleventyConfig.addTemplate(`${SITEMAP_PARTS.name}.11ty.js`, (data: Data) => SITEMAP_PARTS.render(data.part, globals()), {
    ...PAGE,
    pagination: { data: SITEMAP_PARTS.data, size: 1, alias: "part" },
    permalink: at((data: Data) => SITEMAP_PARTS.url(data.part)),
  });
}
