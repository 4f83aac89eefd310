/**
 * The edge where a build's options are made: from the command line and the documented environment
 * variables, once, into one {@link BuildOptions} value that is passed down. Nothing else in `src/`
 * reads the environment.
 *
 * | variable | meaning |
 * | --- | --- |
 * | `SOURCE_DATE_EPOCH` | the build date, in seconds since 1970 (reproducible builds) |
 * | `NEWS_CONTENT_DIR` | the content folder, where no `--content` is given |
 * | `NEWS_TEMPLATES_DIR` | the templates folder, where no `--templates` is given |
 * | `NEWS_PREVIEW=1` | a preview build (drafts and embargoed articles shown) |
 * | `NEWS_THREADS=1` or `2` | read the articles on one thread, or on two whatever their number |
 * | `NEWS_SEARCH_BUNDLE_SIZE` | articles per search bundle (less memory for the indexer) |
 * | `NEWS_BUILD_MEMORY=1` (any value) | add heap and resident memory to each stage line |
 * | `NEWS_CACHE_DIR` | the build cache's folder, where no `--cache` is given |
 * | `NEWS_CACHE=0` | no build cache, as `--no-cache`: every build is a full one |
 */
import { parseArgs } from "node:util";
import { parseSourceDateEpoch } from "../dates/index.js";
import { buildOptions, defaultCacheDir, type BuildOptions } from "../pipeline/options.js";

/** The environment, as the options read it. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** What the build and start commands take besides the build's own options. */
export interface CommandOptions {
  readonly build: BuildOptions;
  /** Show Eleventy's own log, and a stack trace on failure. */
  readonly verbose: boolean;
  /** Add memory figures to each stage line. */
  readonly reportMemory: boolean;
  /** The dev server's port (`npm start`). */
  readonly port?: number;
}

const ARGUMENTS = {
  content: { type: "string" },
  templates: { type: "string" },
  output: { type: "string" },
  preview: { type: "boolean" },
  verbose: { type: "boolean" },
  port: { type: "string" },
  cache: { type: "string" },
  "no-cache": { type: "boolean" },
} as const;

function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, got "${value}"`);
  return n;
}

function threadsOf(value: string | undefined): BuildOptions["threads"] {
  if (value === undefined || value === "") return "auto";
  if (value === "1" || value === "2") return Number(value) as 1 | 2;
  throw new Error(`NEWS_THREADS must be 1 or 2, got "${value}"`);
}

/**
 * The options of one command run, from its arguments (`--content`, `--templates`, `--output`,
 * `--preview`, `--cache DIR`, `--no-cache`, `--verbose`, `--port`) and the environment. A preview goes to `.preview/` unless told
 * otherwise, never by accident to the `_site/` that gets deployed.
 */
export function commandOptions(args: readonly string[], env: Environment): CommandOptions {
  const { values } = parseArgs({ args: [...args], options: ARGUMENTS, strict: true });
  const preview = values.preview ?? env["NEWS_PREVIEW"] === "1";
  const bundleSize = positiveInteger(env["NEWS_SEARCH_BUNDLE_SIZE"], "NEWS_SEARCH_BUNDLE_SIZE");
  const epoch = parseSourceDateEpoch(env["SOURCE_DATE_EPOCH"]);
  const port = positiveInteger(values.port, "--port");
  const outputDir = values.output ?? (preview ? ".preview" : "_site");
  const cacheDir = values["no-cache"] || env["NEWS_CACHE"] === "0" ? false : (values.cache ?? (env["NEWS_CACHE_DIR"] || defaultCacheDir(outputDir)));
  return {
    build: buildOptions({
      contentDir: values.content ?? (env["NEWS_CONTENT_DIR"] || "content"),
      templatesDir: values.templates ?? (env["NEWS_TEMPLATES_DIR"] || "templates"),
      outputDir,
      cacheDir,
      preview,
      threads: threadsOf(env["NEWS_THREADS"]),
      ...(epoch === undefined ? {} : { buildEpoch: epoch }),
      ...(bundleSize === undefined ? {} : { searchBundleSize: bundleSize }),
    }),
    verbose: values.verbose ?? false,
    reportMemory: Boolean(env["NEWS_BUILD_MEMORY"]),
    ...(port === undefined ? {} : { port }),
  };
}

/** The options of this process: its arguments and its environment. */
export function processOptions(): CommandOptions {
  return commandOptions(process.argv.slice(2), process.env);
}

/** The options of a process whose command line is not ours (Eleventy's own command): its environment only. */
export function environmentOptions(): CommandOptions {
  return commandOptions([], process.env);
}
