import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { redirectsFile, type ArticleView, type Listing, type Redirect, type SiteModel, type YearPage } from "../collections/index.js";
import { PageWriter, type PageKind } from "./page-writer.js";
import { atomFeed, buildSyndication, newsSitemapXml, robotsTxt, sitemapIndex, sitemapXml, type FeedSpec, type SitemapPart, type Syndication } from "../feeds/index.js";
import { createMarkdown } from "../markdown/index.js";
import { createRenderer, type Renderer } from "../render/nunjucks.js";
import { searchShards, startSearchIndex, type SearchIndexJob, type SearchShard } from "../search/index.js";
import { createImageProcessor } from "../images/index.js";
import type { ContentCache } from "../content/index.js";
import { headersFile, writeManifest } from "../deploy/index.js";
import { fingerprintAssets } from "./assets.js";
import { count, onStage, stageAsync } from "./progress.js";
import { loadModel, loadModelParallel, type NewsOptions } from "./load-model.js";
import { templateFilters } from "./filters.js";

/** The part of Eleventy's config API this project uses (Eleventy ships no types). */
export interface EleventyConfigApi {
  setLibrary(name: string, library: unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(spec: Record<string, string>): void;
  addWatchTarget(target: string): void;
  setChokidarConfig(options: Record<string, unknown>): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  on(event: string, handler: (...args: unknown[]) => unknown): void;
  ignores: { add(glob: string): void };
  addPlugin<T>(plugin: (config: EleventyConfigApi, options: T) => void, options?: T): void;
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setLayoutsDirectory(dir: string): void;
  setDataDirectory(dir: string): void;
}

/** How a page is laid out: one page at a URL, or one page per item of a list in the global data. */
type PageSpec = { readonly url: string } | { readonly data: string; readonly alias: string };

/** The pages Eleventy renders itself: one each. */
const PAGES: Readonly<Record<string, PageSpec>> = {
  home: { url: "/" },
  authors: { url: "/authors/" },
  tags: { url: "/tags/" },
  search: { url: "/search/" },
  "not-found": { url: "/404.html" },
};

/** Keys worked out once per view object: unchanged articles keep their views between watch rebuilds. */
function memoized<T extends object>(keyOf: (item: T) => string): (item: T) => string {
  const keys = new WeakMap<T, string>();
  return (item) => {
    let key = keys.get(item);
    if (key === undefined) keys.set(item, (key = keyOf(item)));
    return key;
  };
}

const digest = (text: string): string => crypto.createHash("sha1").update(text).digest("base64");

/** What a list item shows, as a short key: a list page changes only when one of these does. */
const itemKey = memoized((a: ArticleView): string =>
  digest([a.url, a.title, a.summary, a.published.iso, a.place ?? "", a.section.key, a.byline.map((b) => b.name).join(",")].join("|")),
);
/** What an article page shows of its own article. */
const articleKey = memoized((a: ArticleView): string => digest(JSON.stringify(a)));
/** What a full-content feed entry shows. */
const entryKey = memoized((a: ArticleView): string => digest(itemKey(a) + a.modified.iso + a.html));

function listingKey(l: Listing<ArticleView>): string {
  return JSON.stringify([l.url, l.title, l.pageNumber, l.totalPages, l.total, l.prev, l.next, l.up, l.pager, l.items.map(itemKey)]);
}

/**
 * The pages of which there are thousands, rendered by {@link PageWriter} one per item: every article,
 * every page of every list, the year archives and the redirect pages.
 */
function bulkPages(model: SiteModel, syndication: Syndication): PageKind[] {
  const { latest, section, author, tag, month } = model.listings;
  const feedKey = (f: FeedSpec): string => JSON.stringify([f.title, f.fullContent, f.items.map((a) => (f.fullContent === false ? itemKey(a) + a.modified.iso : entryKey(a)))]);
  return [
    { template: "atom", alias: "feed", items: syndication.feeds, keyOf: feedKey, render: (f: FeedSpec) => atomFeed(f, model.site) },
    { template: "pages/article.njk", alias: "article", items: model.articles, keyOf: articleKey },
    { template: "pages/latest.njk", alias: "listing", items: latest, keyOf: listingKey },
    { template: "pages/section.njk", alias: "listing", items: section, keyOf: listingKey },
    {
      template: "pages/author.njk",
      alias: "listing",
      items: author,
      keyOf: (l: Listing<ArticleView>) => listingKey(l) + JSON.stringify(model.authorsById[l.key]),
    },
    { template: "pages/tag.njk", alias: "listing", items: tag, keyOf: listingKey },
    { template: "pages/month.njk", alias: "listing", items: month, keyOf: listingKey },
    { template: "pages/year.njk", alias: "year", items: model.years, keyOf: (y: YearPage) => JSON.stringify(y) },
    { template: "pages/redirect.njk", alias: "redirect", items: model.redirects, keyOf: (r: Redirect) => JSON.stringify(r) },
  ];
}

/** Eleventy's front-matter data for one page. */
export function pageData(spec: PageSpec): Record<string, unknown> {
  if ("url" in spec) return { permalink: spec.url, eleventyExcludeFromCollections: true };
  const { alias } = spec;
  return {
    pagination: { data: spec.data, size: 1, alias },
    permalink: (data: Record<string, unknown>): string => (data[alias] as { url: string }).url,
    eleventyExcludeFromCollections: true,
  };
}

/** Partials with no page-specific data, rendered once per build (see `fragments` in the templates). */
const SHARED_FRAGMENTS = ["latest", "footer"] as const;

/** What the machine-readable outputs see in Eleventy's data. */
interface MachineData {
  readonly news: SiteModel;
  readonly syndication: Syndication;
}

/**
 * The Eleventy plugin: our markdown-it, strict Nunjucks, the checked site model as the global
 * `news`, the page templates, the feeds, sitemaps and robots.txt, and fingerprinted assets.
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
  // A saved article is a few kilobytes written at once: 50 ms without change is enough to trust it
  // (Eleventy waits 150 ms), and the page shows the edit that much sooner.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });

  const assets = fingerprintAssets(path.join(templatesDir, "assets"));
  eleventyConfig.addPassthroughCopy(assets.copies);
  eleventyConfig.addGlobalData("assets", assets.urls);

  // The model is rebuilt at the start of every build (and every watch rebuild), before any page renders;
  // bad content stops the build there, with every problem listed.
  let model: SiteModel | undefined;
  let syndication: Syndication | undefined;
  let images = createImageProcessor();
  // Kept for the life of the process: in watch mode an edit re-reads only the files that changed.
  const cache: ContentCache = new Map();
  let watching = false;
  let indexedOnce = false;
  let reporting: (() => void) | undefined;
  const modelOptions = (): NewsOptions => ({ ...options, contentDir, images, ...(watching ? { cache } : {}) });
  // Loaded in eleventy.before (on two threads where that pays); the fallback serves data asked for earlier.
  const current = (): SiteModel => (model ??= loadModel(markdown, modelOptions()));
  let search: SearchIndexJob | undefined;
  let shards: SearchShard[] | undefined;
  let renderer: Renderer | undefined;
  let fragments: Record<string, string> | undefined;
  eleventyConfig.on("eleventy.before", async (...args: unknown[]) => {
    const event = args[0] as { runMode?: string; directories?: { output?: string } } | undefined;
    // Only a watching process keeps parsed files: a one-off build would hold them for nothing.
    watching = event?.runMode !== "build";
    // `npm start` prints the stage lines the build command prints, so an editor sees what a save did.
    if (watching && !reporting) reporting = onStage((r) => console.log(`[news] ${r.stage.padEnd(8)} ${r.detail} (${r.seconds.toFixed(2)} s)`));
    if (search) await search.cancel();
    model = undefined;
    syndication = undefined;
    search = undefined;
    shards = undefined;
    renderer = undefined;
    fragments = undefined;
    images = createImageProcessor();
    const built = (model = await loadModelParallel(markdown, modelOptions()));
    // Pagefind indexes in its own process while the pages render, and writes each bundle as soon as
    // its records are in. A watching process indexes once, at its first build: re-indexing the archive
    // on every save would hold each rebuild up for the time a whole index takes. Restart `npm start`
    // to refresh search.
    const output = event?.directories?.output;
    if (options.search !== false && output && !(watching && indexedOnce)) {
      search = startSearchIndex({ shards: currentShards(), language: built.site.language, bodyWords: built.site.searchBodyWords, outputDir: output });
      indexedOnce = true;
    }
  });
  // NEWS_SEARCH_BUNDLE_SIZE lowers the bundle size on a machine with less memory for the indexer.
  const bundleSize = Number(process.env["NEWS_SEARCH_BUNDLE_SIZE"]) || undefined;
  const currentShards = (): SearchShard[] => (shards ??= searchShards(current().articles, bundleSize));
  // The search page merges the older bundles of a large archive into the main one.
  eleventyConfig.addGlobalData("searchBundles", () => currentShards().slice(1).map((s) => s.bundle));
  eleventyConfig.addGlobalData("news", () => current());
  const currentSyndication = (): Syndication => (syndication ??= buildSyndication(current(), Date.parse(current().build.iso), ["/search/"]));
  eleventyConfig.addGlobalData("syndication", currentSyndication);

  const filters = templateFilters(assets.urls);
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);

  // Every page renders its Nunjucks template through one environment per build, so no template is
  // compiled more than once: Eleventy's single pages below, and the bulk pages of the page writer.
  // Parts that are the same on every page (the "Latest" sidebar, the footer) are rendered once per
  // build and reused: autoescaped template output, safe to insert as it is.
  const sharedFragments = (): Record<string, string> => {
    const r = (renderer ??= createRenderer(templatesDir, filters));
    const data = { news: current() };
    return (fragments ??= Object.fromEntries(SHARED_FRAGMENTS.map((name) => [name, r.render(`partials/${name}.njk`, data)])));
  };
  eleventyConfig.addGlobalData("fragments", sharedFragments);
  const writer = new PageWriter(() => (renderer ??= createRenderer(templatesDir, filters)));
  for (const [name, spec] of Object.entries(PAGES)) {
    const page = `pages/${name}.njk`;
    if (!fs.existsSync(path.join(templatesDir, page))) throw new Error(`${path.join(templatesDir, page)} is missing`);
    eleventyConfig.addTemplate(
      `pages/${name}.11ty.js`,
      (data: object) => (renderer ??= createRenderer(templatesDir, filters)).render(page, data),
      pageData(spec),
    );
  }

  // Machine-readable outputs are JavaScript templates: src/feeds makes the XML, nothing is templated by hand.
  const machine = { eleventyExcludeFromCollections: true };
  eleventyConfig.addTemplate(
    "machine/sitemap.11ty.js",
    (data: MachineData & { part: SitemapPart }) => sitemapXml(data.part, data.news.site),
    { ...machine, ...pageData({ data: "syndication.sitemaps", alias: "part" }) },
  );
  eleventyConfig.addTemplate(
    "machine/sitemap-index.11ty.js",
    (data: MachineData) => sitemapIndex(data.syndication.sitemaps, data.news.site),
    { ...machine, permalink: (data: MachineData) => (data.syndication.sitemapIsIndex ? "/sitemap.xml" : false) },
  );
  eleventyConfig.addTemplate("machine/news-sitemap.11ty.js", (data: MachineData) => newsSitemapXml(data.syndication.news, data.news.site), {
    ...machine,
    permalink: "/news-sitemap.xml",
  });
  eleventyConfig.addTemplate("machine/redirects.11ty.js", (data: MachineData) => redirectsFile(data.news.redirects), {
    ...machine,
    permalink: "/_redirects",
  });
  // After Eleventy's own pages: the bulk pages, the images, the search index Pagefind has been building
  // since the model was ready, and last the manifest; all before the build is swapped in.
  eleventyConfig.on("eleventy.after", async (...args: unknown[]) => {
    const event = args[0] as { directories?: { output?: string } } | undefined;
    const output = event?.directories?.output;
    if (!output) return;
    const built = current();
    const shared = { news: built, syndication: currentSyndication(), assets: assets.urls, fragments: sharedFragments() };
    const sharedKey = JSON.stringify([shared.fragments, shared.assets, built.site, built.build, built.sections, shared.syndication.feeds.map((f) => f.pageUrl)]);
    // A watching process keeps page keys and rewrites only the pages whose key changed.
    const incremental = watching;
    await stageAsync(
      "pages",
      () => writer.write(output, bulkPages(built, shared.syndication), shared, sharedKey, incremental),
      (r) => `${count(r.written)} pages written${incremental ? `, ${count(r.unchanged)} unchanged` : ""}`,
    );
    await stageAsync("images", () => images.writeTo(output), (n) => `${count(n)} image files`);
    const job = search;
    search = undefined;
    if (job) await stageAsync("search", () => job.finish(), (r) => `${count(r.pages)} articles indexed${r.bundles > 1 ? ` in ${count(r.bundles)} bundles` : ""}`);
    // Last, once every file is in place: the deploy manifest (for deploys; a watching process skips it).
    if (!watching) await stageAsync("manifest", async () => writeManifest(output), (m) => `${count(m.files.length)} files hashed`);
  });
  eleventyConfig.addTemplate("machine/headers.11ty.js", () => headersFile(), { ...machine, permalink: "/_headers" });
  eleventyConfig.addTemplate("machine/robots.11ty.js", (data: MachineData) => robotsTxt(data.news.site), { ...machine, permalink: "/robots.txt" });
}
