import { toTransfer, type Article, type ArticleResult, type ArticleStore, type TransferArticle } from "../content/index.js";
import { inZone } from "../dates/index.js";
import type { BodyPack } from "./bodies.js";
import { fileHash } from "../hash/index.js";
import type { CachedArticle } from "./state.js";

/** An article of the cache, its dates back in the site zone, its body read from the pack the first time a page asks for it. */
function restore(kept: Omit<TransferArticle, "html">, zone: string, read: () => string): Article {
  const { date, updated, corrections, ...rest } = kept;
  let html: string | undefined;
  return {
    ...rest,
    date: inZone(date, zone),
    ...(updated === undefined ? {} : { updated: inZone(updated, zone) }),
    corrections: corrections.map((c) => ({ date: inZone(c.date, zone), text: c.text })),
    get html() {
      return (html ??= read());
    },
  };
}

/**
 * The article side of the build cache: the last build's article files, by path, with their bodies
 * in the pack. It gives a result back only when the file's content hash, its images' hashes and
 * what reading it depended on are all unchanged; every other file is read afresh.
 */
export class CachedArticles implements ArticleStore {
  readonly #previous: ReadonlyMap<string, CachedArticle>;
  readonly #next = new Map<string, CachedArticle>();
  readonly #pack: BodyPack;
  readonly #zone: string;
  readonly #known: (file: string) => boolean;
  #liveBytes = 0;

  /** `known` says which files are as the last build read them without reading them (see `sources.ts`). */
  constructor(previous: ReadonlyMap<string, CachedArticle>, pack: BodyPack, zone: string, known: (file: string) => boolean = () => false) {
    this.#previous = previous;
    this.#pack = pack;
    this.#zone = zone;
    this.#known = known;
  }

  known(file: string): boolean {
    return this.#previous.has(file) && this.#known(file);
  }

  get empty(): boolean {
    return this.#previous.size === 0;
  }

  reuse(file: string, hash: string | undefined, context: string): ArticleResult | undefined {
    const kept = this.#previous.get(file);
    if (!kept || (hash !== undefined && kept.hash !== hash) || kept.context !== context) return undefined;
    if (!kept.deps.every(([dep, depHash]) => (depHash !== "missing" && this.#known(dep)) || fileHash(dep) === depHash)) return undefined;
    this.#next.set(file, kept);
    this.#liveBytes += kept.body?.length ?? 0;
    const { article, body, problems, warnings, pictures } = kept;
    const deps = kept.deps.map(([dep]) => dep);
    if (!article || !body) return { problems, warnings, deps, pictures, sourceHash: kept.hash };
    const pack = this.#pack;
    return { article: restore(article, this.#zone, () => pack.read(body)), problems, warnings, deps, pictures, sourceHash: kept.hash };
  }

  keep(file: string, hash: string, context: string, result: ArticleResult): void {
    const transfer = toTransfer(result);
    const deps = result.deps.map((dep) => [dep, fileHash(dep)] as const);
    let entry: CachedArticle = { hash, context, deps, problems: result.problems, warnings: result.warnings, pictures: result.pictures };
    if (transfer.article) {
      const { html, ...article } = transfer.article;
      const body = this.#pack.append(html);
      this.#liveBytes += body.length;
      entry = { ...entry, article, body };
    }
    this.#next.set(file, entry);
  }

  /** The entries for the next state: the files of this build only. */
  get entries(): ReadonlyMap<string, CachedArticle> {
    return this.#next;
  }

  /** Bytes of the pack the entries refer to. */
  get liveBytes(): number {
    return this.#liveBytes;
  }
}
