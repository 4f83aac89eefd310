// The worker thread of `readContent`: reads and checks its share of the article files with the same
// code as the main thread, and sends the results back in file order.
import { parentPort, workerData } from "node:worker_threads";
import { createImageProcessor } from "../images/index.js";
import { createMarkdown } from "../markdown/index.js";
import { readArticle } from "./article.js";
import { toTransfer, type ImageRequest, type WorkerInput, type WorkerOutput } from "./threads.js";

const input = workerData as WorkerInput;
const requests: ImageRequest[] = [];
// Pictures are measured here for their HTML; the main thread encodes the files.
const measure = createImageProcessor({ cacheDir: input.imageCacheDir, encode: false });
const images = input.images
  ? {
      picture(file: string, alt: string, eager: boolean) {
        requests.push({ file, alt, eager });
        return measure.picture(file, alt, eager);
      },
      writeTo: () => Promise.resolve(0),
    }
  : undefined;
const context = {
  rootDir: input.rootDir,
  contentDir: input.contentDir,
  site: input.site,
  authors: new Map(input.authors),
  md: createMarkdown(),
  summaryLength: input.summaryLength,
  images,
  cache: undefined,
  contextKey: "",
};
const output: WorkerOutput = { results: input.files.map((file) => toTransfer(readArticle(file, context))), images: requests };
parentPort?.postMessage(output);
