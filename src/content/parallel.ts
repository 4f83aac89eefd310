import type { DateTime } from "luxon";
import { inZone } from "../dates/index.js";
import { spawnWorker } from "../threads/spawn.js";
import type { Article, Author, Problem, SiteConfig } from "./types.js";

/** What the worker thread is given: a share of the article files and what checking them needs. */
export interface WorkerInput {
  readonly files: readonly string[];
  readonly contentDir: string;
  readonly rootDir: string;
  readonly site: SiteConfig;
  readonly authors: ReadonlyArray<readonly [string, Author]>;
  readonly summaryLength: number;
  /** Whether local images are processed (measured there, encoded here). */
  readonly images: boolean;
}

/** An article as it crosses threads: luxon dates travel as epoch milliseconds. */
export interface TransferArticle extends Omit<Article, "date" | "updated" | "corrections"> {
  readonly date: number;
  readonly updated?: number;
  readonly corrections: ReadonlyArray<{ readonly date: number; readonly text: string }>;
}

/** One picture the worker made, for this thread to encode. */
export interface ImageRequest {
  readonly file: string;
  readonly alt: string;
  readonly eager: boolean;
}

/** What the worker thread sends back. */
export interface WorkerOutput {
  readonly articles: readonly TransferArticle[];
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly images: readonly ImageRequest[];
}

export function toTransfer(article: Article): TransferArticle {
  const { date, updated, corrections, ...rest } = article;
  return {
    ...rest,
    date: date.toMillis(),
    ...(updated ? { updated: updated.toMillis() } : {}),
    corrections: corrections.map((c) => ({ date: c.date.toMillis(), text: c.text })),
  };
}

export function fromTransfer(article: TransferArticle, zone: string): Article {
  const { date, updated, corrections, ...rest } = article;
  const at = (ms: number): DateTime => inZone(ms, zone);
  return {
    ...rest,
    date: at(date),
    ...(updated === undefined ? {} : { updated: at(updated) }),
    corrections: corrections.map((c) => ({ date: at(c.date), text: c.text })),
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
