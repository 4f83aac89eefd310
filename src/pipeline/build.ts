/**
 * A build of the site, stage by stage. This file is the map of the pipeline: each stage is one call
 * below, a function with typed input and output and no hidden state, timed and reported as one line.
 *
 *   content ─► model ─► check ─► search starts ─► Eleventy's pages ─► pages ─► images ─► search ends ─► manifest ─► swap or apply
 *
 * `runBuild` (the build command and the build tests) runs them in that order into a staging folder.
 * With no usable build cache it is a full build: the staging folder becomes the whole site and takes
 * the output's place when every stage has succeeded. With the cache of the last build (see
 * `src/cache/cache.ts`) it is an incremental build: only what changed is read, rendered and written into the
 * staging folder, and those files are moved into the output at the end. Either way a build that
 * fails leaves the previous output as it was, and its output is byte for byte a full build's.
 *
 * A watching process (`npm start`) runs the same two halves around Eleventy's own rendering, from
 * Eleventy's `eleventy.before` and `eleventy.after` events (see `src/eleventy/plugin.ts`), straight
 * into its output folder, with a {@link BuildSession} that keeps what an edit did not change.
 */
import path from "node:path";
import { codeVersion, folderVersion, templateKeys } from "../cache/fingerprint.js";
import { sourceChanges, type SourceChanges, type SourceMark } from "../cache/sources.js";
import type { Digests } from "../hash/index.js";
import { contentHash } from "../hash/index.js";
import { acquireLock } from "../cache/lock.js";
import type { CachedBundle } from "../cache/state.js";
import { brokenLinks, buildRedirects, buildRelatedNews, pickProblems, buildSiteModel, dateViews, type ArticleView, type DateView, type DateViews, type Edition, type Redirect, type SiteModel } from "../collections/index.js";
import { ContentError, displayRoot, duplicateUrls, readContent, readSiteSettings, unusedTopicWarnings, type Article, type ArticleStore, type Content } from "../content/index.js";
import { buildInstant } from "../dates/index.js";
import { deskFiles, type DeskFiles } from "../desk/index.js";
import { writeManifest, type Manifest } from "../deploy/index.js";
import type { Syndication } from "../feeds/index.js";
import { eleventyGlobals, ownUrls, siteRegistry, type SiteRegistry } from "../registry/index.js";
import { createImageProcessor, type ImageProcessor } from "../images/index.js";
import { createMarkdown } from "../markdown/index.js";
import { readInterfaceStrings, tagKey, translate } from "../languages/index.js";
import { createRenderer, fingerprintAssets, LANGUAGE_ASSETS, SHARED_FRAGMENTS, sharedPageData, templateFilters, writePages, type Assets, type Renderer } from "../render/index.js";
import { bundleFiles, searchRecordKeys, searchShards, startSearchIndex, type SearchIndexJob, type SearchShard } from "../search/index.js";
import { articleUrl, articleUrlAt, languageUrl, searchUiUrls } from "../urls/index.js";
import { discard, stagingDir, swapInto } from "./atomic.js";
import { finishIncremental, forgetState, openCache, saveCache, unchangedBuild, type CachePlace } from "../cache/cache.js";
import { listFiles } from "../files/index.js";
import { outputSettings, type BuildOptions } from "./options.js";
import { count, timed, type Reporter } from "./report.js";
import { nextChange, restampNextChange, writeNextChange, type NextChange } from "./schedule.js";
import { BuildSession } from "./session.js";

/** What the first half of a build hands to the page renderers: Eleventy's and the page writer. */
export interface PreparedSite {
  readonly model: SiteModel;
  readonly syndication: Syndication;
  /** Every file the build makes from the model, by kind (see `src/registry/`). */
  readonly registry: SiteRegistry;
  /** The fingerprinted assets: their URLs for the pages, their copies for Eleventy. */
  readonly assets: Assets;
  /** The older search bundles of a large archive, which the search page merges into the main one. */
  readonly searchBundles: readonly string[];
  /** Pagefind's interface files, from the bundle the search page opens first. */
  readonly searchUi: { readonly styles: string; readonly script: string };
  /** Every search bundle with the key of its stories, and those this build indexes. */
  readonly bundles: ReadonlyMap<string, string>;
  readonly indexed: ReadonlySet<string>;
  /** Partials that are the same on every page, rendered once: autoescaped output, safe to insert. */
  readonly fragments: Readonly<Record<string, string>>;
  /** On a site with `languages`: the same partials in each other language, by code. */
  readonly languageFragments: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** One Nunjucks environment for the whole build, so no template is compiled twice. */
  readonly renderer: Renderer;
  readonly images: ImageProcessor;
  /** The search index being written by Pagefind while the pages render; absent when nothing is indexed. */
  readonly search?: SearchIndexJob;
  /** When the site will next change with no new commit. */
  readonly next: NextChange;
  /** Every date this build formatted, for the next one. */
  readonly dates: DateViews;
  /** Each template's key (itself and what it includes), read once per build. */
  readonly templateKeys: ReadonlyMap<string, string>;
  /** The web desk's site-dependent files (`/admin/config.yml` and its page's settings). */
  readonly desk: DeskFiles;
}

/** What a finished build reports. */
export interface BuildResult {
  /** Articles published (in a preview, drafts and embargoed ones too). */
  readonly articles: number;
  /** Files in the output folder. */
  readonly files: number;
  readonly seconds: number;
  /** Whether it used the cache of the last build. */
  readonly incremental: boolean;
  /** Files of the output written or deleted (an incremental build), or all of them (a full one). */
  readonly changed: number;
  readonly deleted: number;
}

/** What the second half of a build wrote. */
export interface CompletedSite {
  /** The key of every page the page writer is responsible for, by output file. */
  readonly pages: ReadonlyMap<string, string>;
  /** Every image file the site uses, relative to the output. */
  readonly images: readonly string[];
}

/** What the last build left, for an incremental one. */
export interface PreviousBuild {
  readonly pages: ReadonlyMap<string, string>;
  /** The dates it formatted. */
  readonly dates?: ReadonlyMap<string, DateView>;
  readonly bundles: ReadonlyMap<string, CachedBundle>;
  /** Whether a file stands in the output. */
  readonly exists: (file: string) => boolean;
}

/**
 * The first half of a build: reads and checks the content, builds the site model, and starts the
 * search index. Throws a {@link ContentError} listing every content problem at once; nothing has
 * been written when it does. With `store`, unchanged article files come from the build cache; with
 * `previous`, only the search bundles whose stories changed are indexed.
 */
export async function prepareSite(options: BuildOptions, session: BuildSession, outputDir: string, reporter: Reporter, store?: ArticleStore, previous?: PreviousBuild): Promise<PreparedSite> {
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
    ...(store ? { store } : {}),
  }), describeContent);
  for (const warning of content.warnings) reporter.warning(warning);

  // 2. Model: article views, every list page, the archives and the home page of each language, in one pass.
  const buildDate = buildInstant(options.buildEpoch, content.site.timezone);
  const dates = dateViews(previous?.dates);
  const strings = readInterfaceStrings(options.templatesDir, content.site);
  const built = await timed(reporter, "model", () => buildSiteModel(content, {
    buildDate,
    dates,
    words: (lang, key, values) => translate(strings, lang, key, values),
    preview: options.preview,
    ...(session.views ? { viewCache: session.views } : {}),
  }), describeModel);
  const language = content.site.language;
  const tagged = new Set(built.editions.flatMap((e) => e.groups.tag.map((g) => tagKey(e.lang, g.key, language))));
  for (const warning of unusedTopicWarnings(content.topics, (slug, lang) => tagged.has(tagKey(lang, slug, language)), language)) reporter.warning(warning);

  // 3. Check: what no single file shows (two articles at one URL, an alias on a page's address, a link
  //    to a page the site does not have), with every problem of the first two stages, in one list.
  //    Nothing is rendered past a problem.
  const redirects = await timed(reporter, "check", () => checkSite(content, built, (a) => languageUrl(content.site, a.lang, articleUrlAt(dates(a.date).path, a.slug))), (r) => `no problems${r.length > 0 ? `, ${count(r.length)} old addresses redirected` : ""}`);

  // 4. Related news: for each article, the older stories that share its tags, section or byline,
  //    from one index by tag, section and author, built in one pass from the oldest story.
  //    Each language's stories are related among themselves.
  const related = await timed(reporter, "related", () => relatedNews(built, content.site.related), (r) => describeRelated(r, built.articles.length, content.site.related.count));

  // 5. Search: Pagefind indexes the bundles whose stories changed, in its own process, while the
  //    pages render. A watching process indexes once, at its first build (restart `npm start` to
  //    refresh search). The search page opens the first bundle and merges the others.
  const shards = searchShards(built.articles, options.searchBundleSize);
  const model: SiteModel = { ...built, redirects, related };
  const bundles = new Map(shards.map((s) => [s.bundle, bundleKey(s, model, session.digests)]));
  const wanted = options.search && !(session.watching && session.searchIndexed);
  const changed = shards.filter((s) => wanted && (!previous || previous.bundles.get(s.bundle)?.key !== bundles.get(s.bundle)));
  const search = changed.length > 0 ? startSearchIndex({ shards: changed, language: model.site.language, languages: model.site.languages ? Object.keys(model.site.languages) : undefined, bodyWords: model.site.searchBodyWords, outputDir }) : undefined;
  if (wanted) session.searchIndexed = true;

  const assets = session.assets;
  const keys = templateKeys(options.templatesDir);
  // A watching process keeps its renderer while the templates, the strings files (both in the
  // template keys), the fingerprinted asset names and the site's languages stay as they were.
  const rendererKey = new Map([...keys, ["(assets)", JSON.stringify(assets.urls)], ["(languages)", JSON.stringify([model.site.language, model.site.languages ?? null])]]);
  const renderer = session.renderer(rendererKey, () => createRenderer(options.templatesDir, templateFilters(assets.urls, strings)));
  const fragments = Object.fromEntries(SHARED_FRAGMENTS.map((name) => [name, renderer.render(`partials/${name}.njk`, { news: model, ...pageLanguage(model) })]));
  // On a site with `languages`, each other language's fragments, in its words and with its addresses.
  const languageFragments = new Map(model.editions.filter((e) => e !== model.editions[0]).map((edition) => [
    edition.lang,
    Object.fromEntries(SHARED_FRAGMENTS.map((name) => [name, renderer.render(`partials/${name}.njk`, { news: { ...model, ...edition }, ...pageLanguage(edition) })])),
  ]));
  const registry = siteRegistry(model, Date.parse(model.build.iso), (lang, title) => translate(strings, lang, "tag.heading", { title }));
  const syndication = registry.syndication;
  return {
    model,
    syndication,
    registry,
    next: nextChange(content.articles, syndication.news, Date.parse(model.build.iso), content.frontPage),
    dates,
    templateKeys: keys,
    desk: deskFiles(model, assets.urls, options.contentDir, options.deskBackend, (lang, key, values) => translate(strings, lang, key, values)),
    assets,
    searchBundles: shards.slice(1).map((s) => s.bundle),
    searchUi: searchUiUrls(shards[0]?.bundle),
    bundles,
    indexed: new Set(changed.map((s) => s.bundle)),
    fragments,
    languageFragments,
    renderer,
    images,
    ...(search ? { search } : {}),
  };
}

/** What a page of an edition is told of its language on a site with `languages`; nothing on a one-language site. */
function pageLanguage(edition: Edition): Readonly<Record<string, unknown>> {
  return edition.language ? { lang: edition.lang, language: edition.language } : {};
}

/** Each article's related news, from the stories of its own language. */
function relatedNews(model: SiteModel, settings: SiteModel["site"]["related"]): Map<ArticleView, readonly ArticleView[]> {
  if (model.editions.length === 1) return buildRelatedNews(model.articles, settings);
  return new Map(model.editions.flatMap((edition) => [...buildRelatedNews(edition.articles, settings)]));
}

/**
 * The second half: the pages of which there are thousands, the images, and the end of the search
 * index. Given the keys of the pages as they stand (`previous`), only the pages whose key changed
 * are rendered and written.
 */
export async function completeSite(site: PreparedSite, outputDir: string, session: BuildSession, reporter: Reporter, previous?: Omit<PreviousBuild, "bundles">, present?: ReadonlySet<string>): Promise<CompletedSite> {
  const { model, renderer } = site;
  const shared = sharedPageData(model, site.assets.urls, site.fragments);
  // On a site with `languages`, each language's pages share that language's data.
  const languages = model.site.languages
    ? new Map(model.editions.map((edition) => [edition.lang, sharedPageData(model, site.assets.urls, site.languageFragments.get(edition.lang) ?? site.fragments, edition)]))
    : undefined;

  // 7. Pages: every article, list page, feed, archive and redirect page, written one at a time.
  const pages = await timed(
    reporter,
    "pages",
    () => writePages({ renderer, outputDir, kinds: site.registry.pages, shared, ...(languages ? { languages } : {}), templateKeys: site.templateKeys, digests: session.digests, ...(previous ? { previous: { keys: previous.pages, exists: previous.exists } } : {}) }),
    (r) => `${count(r.written.length)} pages written${previous ? `, ${count(r.unchanged)} unchanged` : ""}`,
  );

  // 8. Images: the responsive files every page asked for, encoded once into the image cache; those
  //    the output has already are not copied again.
  const images = await timed(reporter, "images", () => site.images.writeTo(outputDir, present), (r) => `${count(r.files.length)} image files${present ? `, ${count(r.copied.length)} copied` : ""}`);

  // 9. Search: wait for the bundles Pagefind has been writing since stage 5.
  const search = site.search;
  if (search) await timed(reporter, "search", () => search.finish(), (r) => `${count(r.pages)} articles indexed in ${count(r.bundles)} bundle${r.bundles === 1 ? "" : "s"}`);
  else reporter.stage({ stage: "search", detail: "no bundle changed", seconds: 0 });
  return { pages: pages.keys, images: images.files };
}

/** 10. Manifest: every file with its hash, for deploys (`npm run changed`); last, once every file is in place. */
export async function writeManifestStage(outputDir: string, reporter: Reporter): Promise<Manifest> {
  return timed(reporter, "manifest", () => writeManifest(outputDir), (m) => `${count(m.files.length)} files hashed`);
}

/** The site's fingerprinted assets: with the language assets when its site.json has `languages`. */
export function siteAssets(options: Pick<BuildOptions, "templatesDir" | "contentDir">): Assets {
  const multilingual = readSiteSettings(options.contentDir, process.cwd()).site?.languages !== undefined;
  return fingerprintAssets(path.join(options.templatesDir, "assets"), multilingual ? [LANGUAGE_ASSETS] : []);
}

/**
 * One whole build into `options.outputDir`: every stage into a staging folder beside it, then the
 * swap (a full build) or the moving in of the changed files (an incremental one). A build that fails
 * at any stage leaves the previous output as it was.
 */
export async function runBuild(options: BuildOptions, reporter: Reporter, eleventyLog?: (line: string) => void): Promise<BuildResult> {
  const started = performance.now();
  const release = acquireLock(`${path.resolve(options.outputDir)}.lock`, `${options.outputDir}/`);
  try {
    const code = codeVersion();
    const place: CachePlace = { dir: options.cacheDir, outputDir: options.outputDir, settings: outputSettings(options) };
    // What git says changed in the content since a build's commit, asked once per commit.
    const asked = new Map<string, SourceChanges>();
    const sources = (since: SourceMark | undefined): SourceChanges => {
      const key = JSON.stringify(since ?? null);
      const known = asked.get(key) ?? sourceChanges([options.contentDir], since);
      asked.set(key, known);
      return known;
    };
    // The templates, assets and interface strings are few: hashed whole, they join the code's version.
    const inputs = `${code}:${folderVersion(options.templatesDir)}`;
    const instantMs = options.buildEpoch === undefined ? Date.now() : options.buildEpoch * 1000;
    const last = unchangedBuild(place, inputs, instantMs, sources);
    if (last && place.dir !== false && restampNextChange(place.dir, Math.floor(instantMs / 1000))) {
      reporter.note(`nothing to build: no content, template or code changed since commit ${last.sources.commit.slice(0, 12)}, and no change is due before ${last.nextMs === undefined ? "a new commit" : new Date(last.nextMs).toISOString()}`);
      return { articles: last.articles, files: last.files, incremental: true, changed: 0, deleted: 0, seconds: (performance.now() - started) / 1000 };
    }
    const session = new BuildSession(false, siteAssets(options), options.templatesDir);
    const cache = openCache(place, code, () => readSiteSettings(options.contentDir, process.cwd()).site?.timezone ?? "UTC", sources);
    if (!cache.reason && cache.sources.reason) reporter.note(`every article file hashed: ${cache.sources.reason}`);
    if (cache.reason) reporter.note(`full build: ${cache.reason}`);
    const previous = cache.previous;
    const staging = stagingDir(options.outputDir);
    let site: PreparedSite | undefined;
    try {
      const before = previous ? { pages: previous.state.pages, bundles: previous.state.bundles, dates: previous.state.dates, exists: (file: string) => previous.files.has(file) } : undefined;
      site = await prepareSite(options, session, staging, reporter, cache.articles, before);
      const prepared = site;
      // 6. Eleventy's pages: the home page, the indexes of authors and tags, search, 404, the
      //    sitemaps, robots.txt, the CDN's files and the shared fragment, and the assets copied.
      //    With a cache, Eleventy runs only when what its pages show has changed.
      const eleventy = eleventyKey(site, session);
      const kept = previous?.state.eleventy;
      let eleventyFiles: readonly string[];
      if (kept && kept.key === eleventy && kept.files.every((f) => previous.files.has(f))) {
        eleventyFiles = kept.files;
        reporter.stage({ stage: "eleventy", detail: `${count(kept.files.length)} pages and files unchanged`, seconds: 0 });
      } else {
        await timed(reporter, "eleventy", async () => (await import("../eleventy/host.js")).renderEleventyPages(prepared, options, staging, eleventyLog),
          (r) => `${count(r.pages)} pages and files (home, indexes, sitemaps), ${count(r.copied)} assets copied`);
        eleventyFiles = listFiles(staging).filter((f) => !f.startsWith("pagefind/"));
      }
      const done = await completeSite(site, staging, session, reporter, before, previous ? new Set(previous.files.keys()) : undefined);
      const bundles = savedBundles(site, staging, previous?.state.bundles);
      let result: Omit<BuildResult, "seconds">;
      if (previous) {
        // 10-11. Manifest and apply: the files whose bytes changed go into the output; the rest stay.
        const expected = new Set([...done.pages.keys(), ...eleventyFiles, ...done.images, ...[...bundles.values()].flatMap((b) => b.files)]);
        const applied = await timed(reporter, "apply", () => finishIncremental(staging, options.outputDir, cache, expected), (a) => `${count(a.written)} files written, ${count(a.deleted)} deleted, ${count(a.files.length - a.written)} unchanged`);
        result = { articles: site.model.articles.length, files: applied.files.length + 1, incremental: true, changed: applied.written, deleted: applied.deleted };
      } else {
        const manifest = await writeManifestStage(staging, reporter);
        // 11. Swap: the staging folder takes the output's place in two renames.
        forgetState(cache);
        await timed(reporter, "swap", () => swapInto(staging, options.outputDir), () => `${options.outputDir}/ replaced`);
        // The manifest lists every file but itself.
        result = { articles: site.model.articles.length, files: manifest.files.length + 1, incremental: false, changed: manifest.files.length + 1, deleted: 0 };
      }
      await timed(reporter, "cache", () => {
        // Read by the scheduled deploy before it installs anything: a plain JSON file beside the state.
        if (cache.writable) writeNextChange(cache.dir, prepared.next);
        const builtMs = Date.parse(prepared.model.build.iso);
        const nextMs = prepared.next.epoch === undefined ? {} : { nextMs: prepared.next.epoch * 1000 };
        saveCache(cache, place, code, { pages: done.pages, bundles, eleventy: { key: eleventy, files: [...eleventyFiles].sort() }, dates: prepared.dates.made }, { code: inputs, builtMs, ...nextMs, articles: result.articles, files: result.files });
      }, () => (cache.writable ? `saved in ${cache.dir}/` : "not saved"));
      reporter.note(site.next.at ? `next change due ${site.next.at}: ${site.next.reason}` : "no change due without a new commit");
      return { ...result, seconds: (performance.now() - started) / 1000 };
    } catch (error) {
      // Pagefind may still be writing into the staging folder: stop it before removing the folder.
      await site?.search?.cancel().catch(() => undefined);
      discard(staging);
      cache.pack?.close();
      throw error;
    }
  } finally {
    release();
  }
}

/** The search bundles for the next build's cache: those indexed now with the files just written, the rest as they were. */
function savedBundles(site: PreparedSite, staging: string, previous: ReadonlyMap<string, CachedBundle> | undefined): Map<string, CachedBundle> {
  const written = bundleFiles(staging, [...site.indexed]);
  const bundles = new Map<string, CachedBundle>();
  for (const [bundle, key] of site.bundles) {
    const files = written.get(bundle) ?? previous?.get(bundle)?.files;
    if (files) bundles.set(bundle, { key, files: [...files].sort() });
  }
  return bundles;
}

/**
 * The key of everything Eleventy writes (the home page, the indexes, search, 404, the Latest
 * fragment, the desk's page, the sitemaps and the other machine files): a digest of the data Eleventy
 * is given, every template's key, and the code's version (part of the build cache's own key). It is
 * computed from that data whole, not from a list of what the pages show: whatever a template starts
 * showing is in the key already.
 */
export function eleventyKey(site: PreparedSite, session: BuildSession): string {
  return contentHash(JSON.stringify([[...site.templateKeys], session.digests.of(eleventyGlobals(site))]));
}

/** What a search bundle's records are made from (see {@link searchRecordKeys}), with the index's language. */
function bundleKey(shard: SearchShard, model: SiteModel, digests: Digests): string {
  // A site with languages indexes each record in its story's language: its languages are in the key.
  const languages = model.site.languages ? [Object.keys(model.site.languages)] : [];
  return digests.of([shard.bundle, model.site.language, ...languages, model.site.searchBodyWords, searchRecordKeys(shard, model.site.searchBodyWords)]);
}

/**
 * Every problem of the content, aliases included, in one list: those found reading each file, two
 * articles at one URL, aliases that would take the address of a page or of another alias, and
 * links to pages of the site that it does not have.
 * Returns the redirects of the aliases when there is none; throws a {@link ContentError} otherwise.
 */
export function checkSite(content: Content, model: SiteModel, urlOf?: (article: Article) => string): Redirect[] {
  // The site's own addresses come from its registry: no alias may take one, and any link may point to one.
  const own = ownUrls(model);
  const { redirects, problems: aliasProblems } = buildRedirects(model, own);
  // Each language's breaking line may link to a page of the site: every such link must lead to one.
  const breaking = content.frontPage?.breaking ?? [];
  const picks = content.frontPage ? [{ sourcePath: content.frontPage.sourcePath, links: breaking.flatMap((b) => (b.link ? [{ href: b.link, line: b.linkLine ?? b.line ?? 1 }] : [])) }] : [];
  // Topic descriptions show on their tag's page: their links are checked like an article's.
  const topics = [...content.topics.values()].map((t) => ({ sourcePath: t.sourcePath, links: [...t.links, ...Object.values(t.versions ?? {}).flatMap((v) => v.links)] }));
  const links = brokenLinks({ ...model, redirects }, own, content.articles, [...picks, ...topics]);
  const stories = pickProblems(content.frontPage, content.articles, urlOf ?? ((a) => articleUrl(a.date, a.slug)), model.site.url, model.build.preview);
  const problems = [...content.problems, ...duplicateUrls(content.articles, urlOf), ...aliasProblems, ...links, ...stories];
  if (problems.length > 0) throw new ContentError(problems);
  return redirects;
}

const describeContent = (c: Content): string =>
  `${count(c.articles.length)} articles, ${count(c.authors.size)} authors read and checked${c.threads === 2 ? " on two threads" : ""}${c.reused > 0 ? ` (${count(c.reused)} files unchanged since the last build)` : ""}`;

const describeRelated = (related: ReadonlyMap<unknown, readonly unknown[]>, articles: number, listed: number): string =>
  listed === 0 ? "off (related.count is 0 in site.json)" : `${count(related.size)} of ${count(articles)} articles list older stories`;

const describeModel = (m: SiteModel): string => {
  const { latest, section, author, tag, month } = m.listings;
  return `${count(m.articles.length)} published, ${count(latest.length + section.length + author.length + tag.length + month.length)} list pages`;
};
