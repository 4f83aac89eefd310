// The worker thread of `loadContentParallel`: reads and checks its share of the article files with
// the same code as the main thread, and sends the articles and problems back.
import { parentPort, workerData } from "node:worker_threads";
import { createImageProcessor } from "../images/index.js";
import { createMarkdown } from "../markdown/index.js";
import { readArticles } from "./load.js";
import { toTransfer, type ImageRequest, type WorkerInput, type WorkerOutput } from "./parallel.js";
import type { Problem } from "./types.js";

const input = workerData as WorkerInput;
const problems: Problem[] = [];
const warnings: Problem[] = [];
const requests: ImageRequest[] = [];
// Pictures are measured here for their HTML; the main thread encodes the files.
const measure = createImageProcessor({ encode: false });
const images = input.images
  ? {
      picture(file: string, alt: string, eager: boolean) {
        requests.push({ file, alt, eager });
        return measure.picture(file, alt, eager);
      },
      writeTo: () => Promise.resolve(0),
    }
  : undefined;
const articles = readArticles(input.files, {
  rootDir: input.rootDir,
  contentDir: input.contentDir,
  site: input.site,
  authors: new Map(input.authors),
  md: createMarkdown(),
  summaryLength: input.summaryLength,
  images,
  cache: undefined,
  problems,
  warnings,
  contextKey: "",
});
const output: WorkerOutput = { articles: articles.map(toTransfer), problems, warnings, images: requests };
parentPort?.postMessage(output);
