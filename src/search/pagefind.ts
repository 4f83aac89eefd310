import path from "node:path";
import { indexLanguage, nameStandInIndexes } from "./language.js";
import { searchRecord, type SearchShard } from "./records.js";

/**
 * A search index being built by Pagefind's own process while the pages render. The build that
 * started it owns it: it either finishes it, or cancels it before it removes its staging folder, so
 * that Pagefind never writes into a folder that is gone.
 */
export interface SearchIndexJob {
  /** Waits until every bundle is written and reports how many articles they hold. */
  finish(): Promise<{ pages: number; bundles: number }>;
  /** Stops indexing without writing more, and waits until Pagefind has stopped (a failed build). */
  cancel(): Promise<void>;
}

/** Records sent to Pagefind at a time: at most one batch of text is in flight. */
const BATCH = 100;

/** What {@link startSearchIndex} indexes and where. */
export interface SearchIndexOptions {
  readonly shards: readonly SearchShard[];
  /** The site's language: every record's, on a one-language site. */
  readonly language: string;
  /**
   * A site with `languages`, its language codes: each record is indexed in its story's language, each
   * language apart, Azerbaijani with Turkish stemming (see `indexLanguage`).
   */
  readonly languages?: readonly string[];
  /** How many words of each body go into the index (see `searchBodyWords` in site.json). */
  readonly bodyWords: number | "all";
  /** The site's output folder; bundles go to `<outputDir><bundle>`. */
  readonly outputDir: string;
}

/**
 * Starts indexing the articles with Pagefind, straight from the site model, and writes each bundle
 * as soon as its records are in: Pagefind works in its own process while the pages render, instead
 * of re-reading every page afterwards. Bundles are built one after another, each in a fresh Pagefind
 * process, so the indexer's memory follows the largest bundle, not the archive.
 */
export function startSearchIndex(options: SearchIndexOptions): SearchIndexJob {
  let cancelled = false;
  // Loaded on first use: a build that indexes nothing does not load Pagefind at all.
  const loading = import("pagefind");
  const run = (async () => {
    const pagefind = await loading;
    const languages = options.languages;
    let pages = 0;
    for (const shard of options.shards) {
      if (cancelled) break;
      // Pagefind keeps one index per language and a search page searches the one of its <html lang>.
      const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false, ...(options.languages ? {} : { forceLanguage: options.language }) });
      if (!index) throw new Error(`search index: ${errors.join("; ")}`);
      const failed: string[] = [];
      for (let i = 0; i < shard.articles.length && !cancelled; i += BATCH) {
        const batch = shard.articles.slice(i, i + BATCH).map((a) => index.addCustomRecord({ ...searchRecord(a, options.bodyWords), language: languages ? indexLanguage(a.lang, languages) : options.language }));
        for (const result of await Promise.all(batch)) failed.push(...result.errors);
      }
      if (failed.length > 0) throw new Error(`search index: ${failed.slice(0, 3).join("; ")}`);
      if (cancelled) break;
      const bundleDir = path.join(options.outputDir, shard.bundle);
      const written = await index.writeFiles({ outputPath: bundleDir });
      if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
      if (languages) nameStandInIndexes(bundleDir, languages);
      pages += shard.articles.length;
      // A fresh process for the next bundle hands this one's memory back.
      await pagefind.close();
    }
    return { pages, bundles: options.shards.length };
  })();
  // A failure is reported by finish(); until then it must not count as unhandled.
  run.catch(() => undefined);
  return {
    async finish() {
      try {
        return await run;
      } finally {
        await (await loading).close();
      }
    },
    async cancel() {
      cancelled = true;
      await run.catch(() => undefined);
      await (await loading).close();
    },
  };
}
