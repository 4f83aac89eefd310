import type { DateTime } from "luxon";
import { inZone } from "../dates/index.js";
import { spawnWorker } from "../threads/spawn.js";
import type { ArticleResult, ImageRequest } from "./article.js";
import type { Article, Author, Problem, SiteConfig } from "./types.js";

/** What the worker thread is given: a share of the article files and what checking them needs. */
export interface WorkerInput {
  readonly files: readonly string[];
  readonly contentDir: string;
  readonly rootDir: string;
  readonly site: SiteConfig;
  readonly authors: ReadonlyArray<readonly [string, Author]>;
  readonly summaryLength: number;
  /** Whether local images are processed (measured there, encoded here), and their cache folder. */
  readonly images: boolean;
  readonly imageCacheDir: string;
  readonly contextKey: string;
}

/** An article as it crosses threads: luxon dates travel as epoch milliseconds. */
export interface TransferArticle extends Omit<Article, "date" | "updated" | "corrections"> {
  readonly date: number;
  readonly updated?: number;
  readonly corrections: ReadonlyArray<{ readonly date: number; readonly text: string }>;
}

/** What the worker sends back for one file. */
export interface TransferResult {
  readonly article?: TransferArticle;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly deps: readonly string[];
  readonly sourceHash: string;
  /** Pictures the worker only measured; this thread's processor encodes them. */
  readonly pictures: readonly ImageRequest[];
}

/** What the worker thread sends back: one result per file, in order. */
export interface WorkerOutput {
  readonly results: readonly TransferResult[];
}

export function toTransfer(result: ArticleResult): TransferResult {
  if (!result.article) return result as TransferResult;
  const { date, updated, corrections, ...rest } = result.article;
  return {
    ...result,
    article: {
      ...rest,
      date: date.toMillis(),
      ...(updated ? { updated: updated.toMillis() } : {}),
      corrections: corrections.map((c) => ({ date: c.date.toMillis(), text: c.text })),
    },
  };
}

export function fromTransfer(result: TransferResult, zone: string): ArticleResult {
  if (!result.article) return result as ArticleResult;
  const { date, updated, corrections, ...rest } = result.article;
  const at = (ms: number): DateTime => inZone(ms, zone);
  return {
    ...result,
    article: {
      ...rest,
      date: at(date),
      ...(updated === undefined ? {} : { updated: at(updated) }),
      corrections: corrections.map((c) => ({ date: at(c.date), text: c.text })),
    },
  };
}

/** Reads a share of the articles on a worker thread (see `worker.ts`). */
export function readInWorker(input: WorkerInput): Promise<WorkerOutput> {
  const worker = spawnWorker("worker", import.meta.url, input);
  return new Promise<WorkerOutput>((resolve, reject) => {
    worker.once("message", (output: WorkerOutput) => resolve(output));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the content worker stopped (exit code ${code}) before it answered`)));
  }).finally(() => void worker.terminate());
}

/** Fewest article files worth a second thread: below it, starting one costs more than it saves. */
export const PARALLEL_MIN = 2_000;

/**
 * Whether `files` article files are read on two threads: `threads` 1 or 2 says so outright; `auto`
 * takes a second thread from {@link PARALLEL_MIN} files on a machine with more than one core.
 */
export function useSecondThread(files: number, threads: "auto" | 1 | 2, availableCores: number): boolean {
  if (threads !== "auto") return threads === 2;
  return availableCores > 1 && files >= PARALLEL_MIN;
}
