import * as pagefind from "pagefind";

/** What indexing found and wrote. */
export interface SearchIndexResult {
  readonly pages: number;
}

/**
 * Builds the Pagefind index of a built site into `<outputDir>/pagefind/`. Only pages that mark their
 * text with `data-pagefind-body` are indexed: published article pages (never drafts, embargoed stories
 * or lists).
 */
export async function buildSearchIndex(outputDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
  try {
    if (!index) throw new Error(`search index: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outputDir, glob: "**/*.html" });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
