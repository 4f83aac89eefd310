import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Renderer } from "../render/nunjucks.js";

/** A kind of page written once per item of a list: the article pages, every list page, the archives. */
export interface PageKind {
  /** The template, e.g. `pages/article.njk`; or, for non-HTML output, `render`. */
  readonly template: string;
  /** Makes the file without a template (feeds). */
  readonly render?: (item: never) => string;
  /** The name the item goes by in the template, e.g. `article`. */
  readonly alias: string;
  readonly items: ReadonlyArray<{ readonly url: string }>;
  /** What the page shows, as a short string: equal keys mean an equal page. */
  readonly keyOf: (item: never) => string;
}

/** What one run of the writer did. */
export interface WriteReport {
  readonly written: number;
  readonly unchanged: number;
}

/** The output file of a page URL: `/tags/x/` → `tags/x/index.html`, `/a.html` → `a.html`. */
export function outputFileOf(url: string): string {
  const clean = url.replace(/^\/+/, "");
  return clean === "" || clean.endsWith("/") ? `${clean}index.html` : clean;
}

/**
 * Renders and writes the bulk of the site's pages, one at a time, straight to disk. Eleventy keeps
 * every page it renders in memory until the build ends (its results hold each page's content), which
 * on a 100,000-article archive is several gigabytes; pages written here are dropped once written, so
 * memory follows the size of the content, not of the output.
 *
 * With `previous` keys (watch mode), a page whose key has not changed since the last build is neither
 * rendered nor written: an edit to one story re-renders that story and the lists that show it.
 */
export class PageWriter {
  #keys = new Map<string, string>();

  constructor(private readonly renderer: () => Renderer) {}

  async write(outputDir: string, kinds: readonly PageKind[], shared: Record<string, unknown>, sharedKey: string, incremental: boolean): Promise<WriteReport> {
    const previous = incremental ? this.#keys : new Map<string, string>();
    const next = new Map<string, string>();
    const renderer = this.renderer();
    const made = new Set<string>();
    let written = 0;
    let unchanged = 0;
    const pending: Array<Promise<void>> = [];
    for (const kind of kinds) {
      for (const item of kind.items) {
        const file = outputFileOf(item.url);
        const key = crypto.createHash("sha1").update(sharedKey).update("\0").update(kind.template).update("\0").update((kind.keyOf as (i: unknown) => string)(item)).digest("base64");
        next.set(file, key);
        if (previous.get(file) === key && fs.existsSync(path.join(outputDir, file))) {
          unchanged += 1;
          continue;
        }
        const html = kind.render ? (kind.render as (i: unknown) => string)(item) : renderer.render(kind.template, { ...shared, [kind.alias]: item });
        const full = path.join(outputDir, file);
        const dir = path.dirname(full);
        if (!made.has(dir)) {
          fs.mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        // Writes go to the thread pool while the next page renders; a few at a time keep memory flat.
        pending.push(fs.promises.writeFile(full, html));
        if (pending.length >= 64) await Promise.all(pending.splice(0));
        written += 1;
      }
    }
    await Promise.all(pending);
    this.#keys = next;
    return { written, unchanged };
  }
}
