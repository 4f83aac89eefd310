import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { outputFileOf } from "../urls/index.js";
import type { Renderer } from "./nunjucks.js";

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

/** Page writes at most in flight at once. */
const IN_FLIGHT = 128;

/** Promises that remove themselves when they settle; the first failure is kept for {@link drain}. */
class Pending {
  readonly #live = new Set<Promise<void>>();
  #failure: { error: unknown } | undefined;
  get size(): number {
    return this.#live.size;
  }
  add(task: Promise<void>): void {
    const tracked: Promise<void> = task.then(
      () => void this.#live.delete(tracked),
      (error: unknown) => {
        this.#live.delete(tracked);
        this.#failure ??= { error };
      },
    );
    this.#live.add(tracked);
  }
  /** Waits for any one task to settle. */
  async settleOne(): Promise<void> {
    if (this.#live.size > 0) await Promise.race(this.#live);
  }
  /** Throws the first failure seen, if any. */
  check(): void {
    if (this.#failure) throw this.#failure.error;
  }
}

/** Waits until at most `left` writes are in flight. */
async function drain(pending: Pending, left: number): Promise<void> {
  while (pending.size > left) await pending.settleOne();
  pending.check();
}

/** What one run of the writer did. */
export interface WriteReport {
  /** The files it wrote, relative to the folder it wrote into. */
  readonly written: readonly string[];
  readonly unchanged: number;
  /** The key of every page, when keys were asked for. */
  readonly keys: ReadonlyMap<string, string>;
}

/** What one run of the writer is given. */
export interface WriteOptions {
  readonly renderer: Renderer;
  /** Where the pages are written. */
  readonly outputDir: string;
  readonly kinds: readonly PageKind[];
  /** Data every page sees, besides its own item. */
  readonly shared: Record<string, unknown>;
  /** What every page shows of `shared`, as a string: part of every key. */
  readonly sharedKey: string;
  /** Each template's key (itself and what it includes), by template name: part of its pages' keys. */
  readonly templateKeys?: ReadonlyMap<string, string>;
  /** Compute each page's key. */
  readonly keys: boolean;
  /** The keys of the pages as they stand, and whether a page's file stands: an unchanged page is skipped. */
  readonly previous?: { readonly keys: ReadonlyMap<string, string>; readonly exists: (file: string) => boolean };
}

/**
 * Renders and writes the bulk of the site's pages, one at a time, straight to disk. Eleventy keeps
 * every page it renders in memory until the build ends (its results hold each page's content), which
 * on a 100,000-article archive is several gigabytes; pages written here are dropped once written, so
 * memory follows the size of the content, not of the output.
 *
 * Every page can have a key, a hash of what it shows: its item's key, its template's key and what
 * every page shares. Given the keys of the pages as they stand, a page whose key has not changed is
 * neither rendered nor written: an edit to one story re-renders that story and the lists that show it.
 */
export async function writePages(options: WriteOptions): Promise<WriteReport> {
  const { renderer, outputDir, kinds, shared, previous } = options;
  const keys = new Map<string, string>();
  const written: string[] = [];
  const made = new Map<string, Promise<unknown>>();
  const pending = new Pending();
  let unchanged = 0;
  // What every page shares is hashed once, not once per page.
  const sharedDigest = options.keys ? crypto.createHash("sha1").update(options.sharedKey).digest("base64") : "";
  for (const kind of kinds) {
    const templateKey = options.templateKeys?.get(kind.template) ?? kind.template;
    for (const item of kind.items) {
      const file = outputFileOf(item.url);
      if (options.keys) {
        const key = crypto.createHash("sha1").update(sharedDigest).update("\0").update(templateKey).update("\0").update((kind.keyOf as (i: unknown) => string)(item)).digest("base64");
        keys.set(file, key);
        if (previous && previous.keys.get(file) === key && previous.exists(file)) {
          unchanged += 1;
          continue;
        }
      }
      const html = kind.render ? (kind.render as (i: unknown) => string)(item) : renderer.render(kind.template, { ...shared, [kind.alias]: item });
      const full = path.join(outputDir, file);
      const dir = path.dirname(full);
      // Folders are made and files written on the thread pool while the next page renders: on a
      // busy disk a blocking mkdir or write would hold the renderer up for as long as the disk does.
      let folder = made.get(dir);
      if (!folder) made.set(dir, (folder = fs.promises.mkdir(dir, { recursive: true })));
      pending.add(folder.then(() => fs.promises.writeFile(full, html)));
      // A bounded number of writes in flight keeps memory flat.
      if (pending.size >= IN_FLIGHT) await drain(pending, IN_FLIGHT / 2);
      written.push(file);
    }
  }
  await drain(pending, 0);
  return { written, unchanged, keys };
}
