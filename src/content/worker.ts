// The worker thread of `readContent`: reads and checks its share of the article files with the same
// code as the main thread, and sends the results back in file order.
import { parentPort, workerData } from "node:worker_threads";
import { createImageProcessor } from "../images/index.js";
import { createMarkdown } from "../markdown/index.js";
import { readArticle } from "./article.js";
import { toTransfer, type WorkerInput, type WorkerOutput } from "./threads.js";

const input = workerData as WorkerInput;
// Pictures are measured here for their HTML; the main thread encodes the files each result asked for.
const images = input.images ? createImageProcessor({ cacheDir: input.imageCacheDir, encode: false }) : undefined;
const context = {
  rootDir: input.rootDir,
  contentDir: input.contentDir,
  site: input.site,
  authors: new Map(input.authors),
  md: createMarkdown(),
  summaryLength: input.summaryLength,
  images,
  cache: undefined,
  contextKey: input.contextKey,
};
const output: WorkerOutput = { results: input.files.map((file) => toTransfer(readArticle(file, context))) };
parentPort?.postMessage(output);
