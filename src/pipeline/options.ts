import path from "node:path";

/**
 * What a build is told, as one value. `src/cli/options.ts` makes it from the command line and the
 * documented environment variables; nothing below `src/cli/` reads the environment.
 */
export interface BuildOptions {
  /** The content folder: `articles/`, `authors/`, `_data/site.json`. */
  readonly contentDir: string;
  /** The Nunjucks templates and `assets/`. */
  readonly templatesDir: string;
  /** Where the site is written: `_site`, or `.preview` for a preview. */
  readonly outputDir: string;
  /** Show drafts and embargoed articles, with banners. */
  readonly preview: boolean;
  /**
   * The instant the build stands for, in seconds since 1970 (`SOURCE_DATE_EPOCH`): two builds of one
   * tree with the same value are byte-identical. Absent: the time the build starts.
   */
  readonly buildEpoch?: number;
  /** Read the articles on a second thread: `auto` from 2,000 files on a machine with two cores. */
  readonly threads: "auto" | 1 | 2;
  /** Build the Pagefind search index. */
  readonly search: boolean;
  /** Articles per search bundle, to override the size chosen for the archive (less memory for the indexer). */
  readonly searchBundleSize?: number;
  /** Where processed images are kept between builds, so each is encoded once. */
  readonly imageCacheDir: string;
  /**
   * Where the build cache is kept between runs (see `src/cache/cache.ts`), or `false` for none.
   * By default beside the output: `.cache/build/_site/` for `_site`.
   */
  readonly cacheDir: string | false;
  /**
   * `decap-server`'s address when the web desk edits this working tree (`npm run desk`): the
   * desk's configuration then uses it on this machine. Absent: the desk's production backend only.
   */
  readonly deskBackend?: string;
}

/**
 * The options that shape the output, as one key: a build cache saved by a build with other options
 * is not used. Paths count relative to the working folder, so a checkout moved elsewhere keeps its cache.
 */
export function outputSettings(options: BuildOptions): string {
  const cwd = process.cwd();
  return JSON.stringify([options.preview, options.search, options.searchBundleSize ?? null, path.relative(cwd, path.resolve(options.contentDir)), path.relative(cwd, path.resolve(options.outputDir)), options.deskBackend ?? null]);
}

/** The build cache's folder for an output folder: `.cache/build/<name>` beside it. */
export function defaultCacheDir(outputDir: string): string {
  return path.join(path.dirname(outputDir), ".cache", "build", path.basename(path.resolve(outputDir)));
}

/** The options of a build of `content/` into `_site/`, with `overrides`. */
export function buildOptions(overrides: Partial<BuildOptions> = {}): BuildOptions {
  const outputDir = overrides.outputDir ?? (overrides.preview ? ".preview" : "_site");
  return {
    contentDir: "content",
    templatesDir: "templates",
    outputDir,
    preview: false,
    threads: "auto",
    search: true,
    imageCacheDir: ".cache/img",
    cacheDir: defaultCacheDir(outputDir),
    ...overrides,
  };
}
