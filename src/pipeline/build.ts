/**
 * A build of the site, stage by stage. This file is the map of the pipeline: each stage is one call
 * below, a function with typed input and output and no hidden state, timed and reported as one line.
 *
 *   content ─► model ─► check ─► search starts ─► Eleventy's pages ─► pages ─► images ─► search ends ─► manifest ─► swap
 *
 * `runBuild` (the build command and the build tests) runs them in that order into a staging folder
 * and swaps it in place of the output only when every stage has succeeded. A watching process
 * (`npm start`) runs the same two halves around Eleventy's own rendering, from Eleventy's
 * `eleventy.before` and `eleventy.after` events (see `src/eleventy/plugin.ts`), straight into its
 * output folder, with a {@link BuildSession} that keeps what an edit did not change.
 */
import path from "node:path";
import { buildRedirects, buildSiteModel, type Redirect, type SiteModel } from "../collections/index.js";
import { ContentError, displayRoot, duplicateUrls, readContent, type Content } from "../content/index.js";
import { buildInstant } from "../dates/index.js";
import { writeManifest, type Manifest } from "../deploy/index.js";
import { renderEleventyPages } from "../eleventy/host.js";
import { buildSyndication, type Syndication } from "../feeds/index.js";
import { createImageProcessor, type ImageProcessor } from "../images/index.js";
import { createMarkdown } from "../markdown/index.js";
import { bulkPages, createRenderer, fingerprintAssets, SHARED_FRAGMENTS, templateFilters, type Assets, type Renderer } from "../render/index.js";
import { searchShards, startSearchIndex, type SearchIndexJob } from "../search/index.js";
import { discard, stagingDir, swapInto } from "./atomic.js";
import type { BuildOptions } from "./options.js";
import { count, timed, type Reporter } from "./report.js";
import { BuildSession } from "./session.js";

/** What the first half of a build hands to the page renderers: Eleventy's and the page writer. */
export interface PreparedSite {
  readonly model: SiteModel;
  readonly syndication: Syndication;
  /** The fingerprinted assets: their URLs for the pages, their copies for Eleventy. */
  readonly assets: Assets;
  /** The older search bundles of a large archive, which the search page merges into the main one. */
  readonly searchBundles: readonly string[];
  /** Partials that are the same on every page, rendered once: autoescaped output, safe to insert. */
  readonly fragments: Readonly<Record<string, string>>;
  /** One Nunjucks environment for the whole build, so no template is compiled twice. */
  readonly renderer: Renderer;
  readonly images: ImageProcessor;
  /** The search index being written by Pagefind while the pages render; absent when not built. */
  readonly search?: SearchIndexJob;
}

/** What a finished build reports. */
export interface BuildResult {
  /** Articles published (in a preview, drafts and embargoed ones too). */
  readonly articles: number;
  /** Files in the output folder. */
  readonly files: number;
  readonly seconds: number;
}

/**
 * The first half of a build: reads and checks the content, builds the site model, and starts the
 * search index. Throws a {@link ContentError} listing every content problem at once; nothing has
 * been written when it does.
 */
export async function prepareSite(options: BuildOptions, session: BuildSession, outputDir: string, reporter: Reporter): Promise<PreparedSite> {
  const markdown = createMarkdown();
  const images = createImageProcessor({ cacheDir: options.imageCacheDir });

  // 1. Content: site settings, authors and every article, each file checked field by field.
  const content = await timed(reporter, "content", () => readContent({
    contentDir: options.contentDir,
    rootDir: displayRoot(options.contentDir, process.cwd()),
    markdown,
    threads: options.threads,
    images,
    imageCacheDir: options.imageCacheDir,
    ...(session.articles ? { cache: session.articles } : {}),
  }), describeContent);
  for (const warning of content.warnings) reporter.warning(warning);

  // 2. Model: article views, every list page, the archives and the home page, in one pass.
  const buildDate = buildInstant(options.buildEpoch, content.site.timezone);
  const built = await timed(reporter, "model", () => buildSiteModel(content, {
    buildDate,
    preview: options.preview,
    ...(session.views ? { viewCache: session.views } : {}),
  }), describeModel);

  // 3. Check: what no single file shows (two articles at one URL, an alias on a page's address),
  //    with every problem of the first two stages, in one list. Nothing is rendered past a problem.
  const redirects = await timed(reporter, "check", () => checkSite(content, built), (r) => `no problems${r.length > 0 ? `, ${count(r.length)} old addresses redirected` : ""}`);
  const model: SiteModel = { ...built, redirects };

  // 4. Search: Pagefind indexes the model in its own process while the pages render. A watching
  //    process indexes once, at its first build (restart `npm start` to refresh search).
  const shards = searchShards(model.articles, options.searchBundleSize);
  const indexing = options.search && !(session.watching && session.searchIndexed);
  const search = indexing ? startSearchIndex({ shards, language: model.site.language, bodyWords: model.site.searchBodyWords, outputDir }) : undefined;
  if (indexing) session.searchIndexed = true;

  const assets = session.assets;
  const renderer = createRenderer(options.templatesDir, templateFilters(assets.urls));
  const fragments = Object.fromEntries(SHARED_FRAGMENTS.map((name) => [name, renderer.render(`partials/${name}.njk`, { news: model })]));
  return {
    model,
    syndication: buildSyndication(model, Date.parse(model.build.iso)),
    assets,
    searchBundles: shards.slice(1).map((s) => s.bundle),
    fragments,
    renderer,
    images,
    ...(search ? { search } : {}),
  };
}

/**
 * The second half: the pages of which there are thousands, the images, and the end of the search
 * index. In a watching process only the pages whose content changed are rewritten.
 */
export async function completeSite(site: PreparedSite, outputDir: string, session: BuildSession, reporter: Reporter): Promise<void> {
  const { model, syndication, renderer } = site;
  const shared = { news: model, syndication, assets: site.assets.urls, fragments: site.fragments };
  const sharedKey = JSON.stringify([site.fragments, site.assets.urls, model.site, model.build, model.sections]);
  const incremental = session.watching;

  // 6. Pages: every article, list page, feed, archive and redirect page, written one at a time.
  await timed(reporter, "pages", () => session.writer.write(renderer, outputDir, bulkPages(model, syndication, session.pageKeys), shared, sharedKey, incremental),
    (r) => `${count(r.written)} pages written${incremental ? `, ${count(r.unchanged)} unchanged` : ""}`);

  // 7. Images: the responsive files every page asked for, encoded once into the image cache.
  await timed(reporter, "images", () => site.images.writeTo(outputDir), (n) => `${count(n)} image files`);

  // 8. Search: wait for the bundles Pagefind has been writing since stage 4.
  const search = site.search;
  if (search) await timed(reporter, "search", () => search.finish(), (r) => `${count(r.pages)} articles indexed${r.bundles > 1 ? ` in ${count(r.bundles)} bundles` : ""}`);
}

/** 9. Manifest: every file with its hash, for deploys (`npm run changed`); last, once every file is in place. */
export async function writeManifestStage(outputDir: string, reporter: Reporter): Promise<Manifest> {
  return timed(reporter, "manifest", () => writeManifest(outputDir), (m) => `${count(m.files.length)} files hashed`);
}

/**
 * One whole build into `options.outputDir`: every stage into a staging folder beside it, then the
 * swap. A build that fails at any stage leaves the previous output as it was.
 */
export async function runBuild(options: BuildOptions, reporter: Reporter, eleventyLog?: (line: string) => void): Promise<BuildResult> {
  const started = performance.now();
  const session = new BuildSession(false, fingerprintAssets(path.join(options.templatesDir, "assets")));
  const staging = stagingDir(options.outputDir);
  let site: PreparedSite | undefined;
  try {
    site = await prepareSite(options, session, staging, reporter);
    const prepared = site;
    // 5. Eleventy's pages: the home page, the indexes of authors and tags, search, 404, the sitemaps,
    //    robots.txt and the CDN's files, and the fingerprinted assets copied.
    await timed(reporter, "eleventy", () => renderEleventyPages(prepared, options, staging, eleventyLog),
      (r) => `${count(r.pages)} pages and files (home, indexes, sitemaps), ${count(r.copied)} assets copied`);
    await completeSite(site, staging, session, reporter);
    const manifest = await writeManifestStage(staging, reporter);
    // 10. Swap: the staging folder takes the output's place in two renames.
    await timed(reporter, "swap", () => swapInto(staging, options.outputDir), () => `${options.outputDir}/ replaced`);
    // The manifest lists every file but itself.
    return { articles: site.model.articles.length, files: manifest.files.length + 1, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    // Pagefind may still be writing into the staging folder: stop it before removing the folder.
    await site?.search?.cancel().catch(() => undefined);
    discard(staging);
    throw error;
  }
}

/**
 * Every problem of the content, aliases included, in one list: those found reading each file, two
 * articles at one URL, and aliases that would take the address of a page or of another alias.
 * Returns the redirects of the aliases when there is none; throws a {@link ContentError} otherwise.
 */
export function checkSite(content: Content, model: SiteModel): Redirect[] {
  const { redirects, problems: aliasProblems } = buildRedirects(model);
  const problems = [...content.problems, ...duplicateUrls(content.articles), ...aliasProblems];
  if (problems.length > 0) throw new ContentError(problems);
  return redirects;
}

const describeContent = (c: Content): string =>
  `${count(c.articles.length)} articles, ${count(c.authors.size)} authors read and checked${c.threads === 2 ? " on two threads" : ""}`;

const describeModel = (m: SiteModel): string => {
  const { latest, section, author, tag, month } = m.listings;
  return `${count(m.articles.length)} published, ${count(latest.length + section.length + author.length + tag.length + month.length)} list pages`;
};
