import fs from "node:fs";
import path from "node:path";
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
    // addDirectory counts every HTML file it read; the index holds only the marked ones.
    const entry = JSON.parse(fs.readFileSync(path.join(outputDir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    return { pages: Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}
