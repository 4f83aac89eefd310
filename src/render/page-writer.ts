import fs from "node:fs";
import path from "node:path";
import type { Digests } from "../hash/index.js";
import { contentHash } from "../hash/index.js";
import { outputFileOf } from "../urls/index.js";
import type { Renderer } from "./nunjucks.js";

/**
 * A kind of page written once per item of a list: the article pages, every list page, the archives,
 * the feeds. Its `data` is everything a page of the kind is made from besides what every page shares,
 * so that the page's key, a digest of that data, changes whenever anything the page could show does.
 */
export interface PageKind<T extends { readonly url: string } = { readonly url: string }> {
  /** What the pages are, e.g. `article`, `tag`, `feed`. */
  readonly kind: string;
  /**
   * The language whose shared data the pages get, on a site with `languages` (see
   * {@link WriteOptions.languages}); without it, the default language's.
   */
  readonly lang?: string;
  /** The template, e.g. `pages/article.njk`, rendered with the shared data and the page's own. */
  readonly template?: string;
  /** Makes the file from its own data alone, without a template (feeds). */
  readonly render?: (data: never) => string;
  readonly items: readonly T[];
  /** The page's own data: every variable its template sees besides the shared ones, or all `render` is given. */
  readonly data: (item: T) => Readonly<Record<string, unknown>>;
  /** Whether the sitemap lists the kind's pages: given, it says a page's last change, if it has one. */
  readonly sitemap?: (item: T) => string | undefined;
  /** A page's versions in the site's languages, for the sitemap's `xhtml:link`s, where it has any. */
  readonly alternates?: (item: T) => ReadonlyArray<{ readonly hreflang: string; readonly href: string }> | undefined;
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
  /** The key of every page, by output file. */
  readonly keys: ReadonlyMap<string, string>;
}

/** What one run of the writer is given. */
export interface WriteOptions {
  readonly renderer: Renderer;
  /** Where the pages are written. */
  readonly outputDir: string;
  readonly kinds: readonly PageKind[];
  /** Data every template sees besides its page's own: digested whole, part of every key. */
  readonly shared: Readonly<Record<string, unknown>>;
  /** On a site with `languages`: each language's shared data, by code, for the kinds marked with it. */
  readonly languages?: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** Each template's key (itself and what it includes), by template name: part of its pages' keys. */
  readonly templateKeys: ReadonlyMap<string, string>;
  /** The digests of this build (or of a watching process). */
  readonly digests: Digests;
  /** The keys of the pages as they stand, and whether a page's file stands: an unchanged page is skipped. */
  readonly previous?: { readonly keys: ReadonlyMap<string, string>; readonly exists: (file: string) => boolean };
}

/**
 * Renders and writes the bulk of the site's pages, one at a time, straight to disk. Eleventy keeps
 * every page it renders in memory until the build ends (its results hold each page's content), which
 * on a 100,000-article archive is several gigabytes; pages written here are dropped once written, so
 * memory follows the size of the content, not of the output.
 *
 * Every page has a key computed from what it is made from, never from a list of fields: its template
 * with everything that template includes, the data every page shares and the page's own data, each
 * digested whole (an article's body stands as its content hash). Given the keys of the pages as they
 * stand, a page whose key has not changed is neither rendered nor written: an edit to one story
 * re-renders that story and the pages whose data holds it, and a template that starts showing a field
 * needs no list updated, since every field of a page's data is in its key already.
 */
export async function writePages(options: WriteOptions): Promise<WriteReport> {
  const { renderer, outputDir, kinds, previous } = options;
  const keys = new Map<string, string>();
  const written: string[] = [];
  const made = new Map<string, Promise<unknown>>();
  const pending = new Pending();
  let unchanged = 0;
  const keyOf = pageKeyer(options);
  for (const kind of kinds) {
    const template = kind.template;
    for (const item of kind.items) {
      const file = outputFileOf(item.url);
      const own = kind.data(item);
      const key = keyOf(kind, own);
      keys.set(file, key);
      if (previous && previous.keys.get(file) === key && previous.exists(file)) {
        unchanged += 1;
        continue;
      }
      const html = template ? renderer.render(template, { ...sharedOf(options, kind), ...own }) : (kind.render as (data: unknown) => string)(own);
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

/**
 * How the page writer keys a page of a kind, given its own data: a hash of its template's key (the
 * template and everything it includes), the digest of what every page shares, and the digest of the
 * page's own data. A file made by code alone (`render`) has the code for its template, which the
 * build cache's code version covers.
 */
export function pageKeyer(options: Pick<WriteOptions, "shared" | "languages" | "templateKeys" | "digests">): (kind: PageKind, own: Readonly<Record<string, unknown>>) => string {
  const { digests } = options;
  const bases = new Map<PageKind, string>();
  const baseOf = (kind: PageKind): string => {
    let base = bases.get(kind);
    if (base === undefined) {
      if (!kind.template && !kind.render) throw new Error(`page kind ${kind.kind} has neither a template nor a render function`);
      // What a language's pages share is digested once (and remembered), not once per page.
      base = kind.template ? `${templateKeyOf(options.templateKeys, kind.template)}\0${digests.of(sharedOf(options, kind))}` : `render\0${kind.kind}`;
      bases.set(kind, base);
    }
    return base;
  };
  return (kind, own) => contentHash(`${baseOf(kind)}\0${digests.of(own)}`);
}

/** The shared data of a kind's pages: its language's, or the default language's. */
function sharedOf(options: Pick<WriteOptions, "shared" | "languages">, kind: PageKind): Readonly<Record<string, unknown>> {
  if (kind.lang === undefined) return options.shared;
  const shared = options.languages?.get(kind.lang);
  if (!shared) throw new Error(`page kind ${kind.kind} is in ${kind.lang}, which has no shared data`);
  return shared;
}

/** A template's key from the keys of the build; a template the keys do not know is an error, not a page keyed on its name. */
function templateKeyOf(keys: ReadonlyMap<string, string>, template: string): string {
  const key = keys.get(template);
  if (key === undefined) throw new Error(`no template ${template} among the templates: every page's key needs its template's`);
  return key;
}
