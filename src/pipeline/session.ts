import { LRUCache } from "lru-cache";
import type { ViewCache } from "../collections/index.js";
import type { CachedFile } from "../content/index.js";
import { Digests } from "../hash/index.js";
import type { Assets, Renderer } from "../render/index.js";

/** Most article files a watching process keeps parsed; past it the least recently read are read again. */
export const WATCH_CACHE_FILES = 150_000;

/**
 * What outlives one build: nothing for a one-off build, and for a watching process (`npm start`) the
 * parsed files, the article views and the page keys of its last build, so that a saved edit
 * re-reads one file and rewrites only the pages that show it. Every cache here is bounded: by a
 * count, by the life of the objects it is keyed on, or by being replaced at each build.
 */
export class BuildSession {
  /** Parsed and checked article files, by path. */
  readonly articles: LRUCache<string, CachedFile> | undefined;
  /** Article views, by article object: an article gone from the cache takes its view with it. */
  readonly views: ViewCache | undefined;
  /** The digests of the data handed to pages, kept as long as the objects digested: an edit digests only what it made anew. */
  readonly digests = new Digests();
  /** The key of every page of the last build, by output file: a watching process writes only what changed. */
  lastPageKeys: ReadonlyMap<string, string> = new Map();
  /** Set once the search index is built: a watching process indexes at its first build only. */
  searchIndexed = false;
  /** The image files the last build put in the output: a watching process copies only new ones. */
  lastImages: readonly string[] = [];
  /** The last build's Nunjucks renderer and the templates it compiled, by their keys. */
  private kept: { readonly key: string; readonly renderer: Renderer } | undefined;

  /**
   * @param watching whether builds follow one another in this process, so that caches pay
   * @param assets the fingerprinted assets, made once per process: Eleventy is told to copy them
   *   when it is configured, before any build
   * @param templatesDir the templates, whose keys are part of every page's key
   */
  constructor(readonly watching: boolean, readonly assets: Assets, readonly templatesDir: string) {
    this.articles = watching ? new LRUCache({ max: WATCH_CACHE_FILES }) : undefined;
    this.views = watching ? new WeakMap() : undefined;
  }

  /**
   * The renderer for templates whose keys are `templateKeys`: a watching process keeps the last one,
   * with the templates it compiled, until a template changes; a one-off build makes one.
   */
  renderer(templateKeys: ReadonlyMap<string, string>, make: () => Renderer): Renderer {
    if (!this.watching) return make();
    const key = JSON.stringify([...templateKeys]);
    if (this.kept?.key !== key) this.kept = { key, renderer: make() };
    return this.kept.renderer;
  }
}
