import fs from "node:fs";
import path from "node:path";
import { walkFiles } from "../files/index.js";

/** Heap below which no build is run: Eleventy, the templates and a small site fit well inside it. */
const FLOOR_MB = 512;
/** Fixed part of the heap: Eleventy, the libraries, the templates. */
const BASE_MB = 384;
/** Heap per megabyte of article files: the parsed article, its HTML, its view and its lists. */
const PER_CONTENT_MB = 5;

/**
 * The old-generation heap for a build of `contentBytes` of article files. V8 lets garbage pile up
 * close to its limit before collecting in earnest, so a limit sized for the largest archive makes
 * every smaller build hold far more memory than it needs; a limit sized for the content keeps peak
 * memory near what the build really uses. About 3.4 GB for 100,000 articles of 600 words.
 * @example heapLimitMb(80 * 1024 * 1024) // 784
 */
export function heapLimitMb(contentBytes: number): number {
  return Math.max(FLOOR_MB, Math.ceil(BASE_MB + (PER_CONTENT_MB * contentBytes) / 1048576));
}

/** Total size of the Markdown files under `<contentDir>/articles` (0 when there is no such folder). */
export function articleBytes(contentDir: string): number {
  const dir = path.join(contentDir, "articles");
  let bytes = 0;
  for (const file of walkFiles(dir, { filter: (f) => f.endsWith(".md") })) bytes += fs.statSync(path.join(dir, file)).size;
  return bytes;
}
