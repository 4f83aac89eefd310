import type { ArticleView } from "../collections/index.js";
import * as pagefind from "pagefind";

/** A search index being built by Pagefind's own process while the pages render. */
export interface SearchIndexJob {
  /** Writes the index into `<outputDir>/pagefind/` and reports how many articles it holds. */
  finish(outputDir: string): Promise<{ pages: number }>;
  /** Stops the indexing process without writing (a failed build). */
  cancel(): Promise<void>;
}

const BATCH = 100;
const TAGS = /<[^>]*>/g;
const ENTITIES: Readonly<Record<string, string>> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** The words of an article body, for the index: tags dropped, the common entities decoded. */
export function searchText(html: string): string {
  return html.replace(TAGS, " ").replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e).replace(/\s+/g, " ").trim();
}

/**
 * Starts indexing the published articles with Pagefind, straight from the site model: Pagefind works
 * in its own process while Eleventy renders, instead of re-reading every page afterwards. Drafts and
 * embargoed articles (present only in a preview) are never indexed.
 */
export async function startSearchIndex(articles: readonly ArticleView[], language: string): Promise<SearchIndexJob> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false, forceLanguage: language });
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  const indexed = articles.filter((a) => !a.draft && !a.embargoedUntil);
  // Records go over in small batches: Pagefind keeps pace, and at most one batch of text is in flight,
  // instead of the whole archive's text queued in memory at once.
  const adding = (async () => {
    const failed: string[] = [];
    for (let i = 0; i < indexed.length; i += BATCH) {
      const batch = indexed.slice(i, i + BATCH).map((a) =>
        index.addCustomRecord({
          url: a.url,
          content: `${a.title}. ${searchText(a.html)}`,
          language,
          meta: { title: a.title, date: a.published.day, section: a.section.name },
          sort: { date: String(a.published.epochMs) },
        }),
      );
      for (const result of await Promise.all(batch)) failed.push(...result.errors);
    }
    return failed;
  })();
  return {
    async finish(outputDir) {
      try {
        const failed = await adding;
        if (failed.length > 0) throw new Error(`search index: ${failed.slice(0, 3).join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
        if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
        return { pages: indexed.length };
      } finally {
        await pagefind.close();
      }
    },
    async cancel() {
      await adding.catch(() => undefined);
      await pagefind.close();
    },
  };
}
