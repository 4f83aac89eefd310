/**
 * `npm run build`: checks the content, renders the site into a staging folder, and only when every
 * stage has succeeded puts it in place of `_site/`. A failed build leaves the previous `_site/` as it was.
 *
 * Usage: tsx src/cli/build.ts [--content DIR] [--output DIR] [--preview] [--verbose]
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";
import { findContentError } from "../content/index.js";
import { discard, stagingDir, swapInto } from "./atomic.js";
import { count, onStage } from "../eleventy/progress.js";
import { cancelSearchIndexes } from "../search/index.js";

interface BuildResult {
  readonly files: number;
  readonly seconds: number;
  readonly articles: number;
}

/** Runs one build; throws on any failure after cleaning up the staging folder. */
export async function build(options: { content: string; output: string; preview: boolean; verbose: boolean; log?: (line: string) => void }): Promise<BuildResult> {
  const started = performance.now();
  const log = options.log ?? ((): void => undefined);
  let articles = 0;
  let staged = 0;
  const unsubscribe = onStage((r) => {
    staged += r.seconds;
    if (r.stage === "model") articles = Number(r.detail.split(" ")[0]?.replace(/,/g, "")) || 0;
    const memory = process.env["NEWS_BUILD_MEMORY"] ? `, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB` : "";
    log(`  ${r.stage.padEnd(8)} ${r.detail} (${r.seconds.toFixed(1)} s${memory})`);
  });
  if (options.preview) process.env["NEWS_PREVIEW"] = "1";
  process.env["NEWS_CONTENT_DIR"] = options.content;
  const staging = stagingDir(options.output);
  const messages: string[] = [];
  try {
    const eleventy = new Eleventy(options.content, staging, { configPath: ".eleventy.ts", quietMode: !options.verbose });
    if (!options.verbose) {
      const keep = (...args: unknown[]): void => void messages.push(args.map(String).join(" "));
      eleventy.logger.overrideLogger({ log: keep, info: keep, warn: keep, error: keep });
    }
    const writing = performance.now();
    const stagedBefore = staged;
    const [copied, written] = await eleventy.write();
    const pages = written.filter((t) => t.outputPath).length;
    const rendering = (performance.now() - writing) / 1000 - (staged - stagedBefore);
    log(`  ${"eleventy".padEnd(8)} ${count(pages)} more pages and files (home, indexes, sitemaps), ${count(copied.length)} assets copied (${rendering.toFixed(1)} s)`);
    const swapStarted = performance.now();
    swapInto(staging, options.output);
    log(`  ${"swap".padEnd(8)} ${options.output}/ replaced (${((performance.now() - swapStarted) / 1000).toFixed(1)} s)`);
    return { files: countFiles(options.output), seconds: (performance.now() - started) / 1000, articles };
  } catch (error) {
    // The search indexer may still be writing into the staging folder: stop it before removing it.
    await cancelSearchIndexes().catch(() => undefined);
    discard(staging);
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { eleventyLog: messages });
  } finally {
    unsubscribe();
  }
}

function countFiles(dir: string): number {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((d) => d.isFile()).length;
}

function errorChain(error: unknown): string[] {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    const message = current.message.trim();
    if (message && !lines.includes(message)) lines.push(message);
    // Eleventy keeps the error it wrapped in `originalError`; others use the standard `cause`.
    current = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
  }
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string" },
      preview: { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
    },
  });
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  // A preview shows drafts and embargoed stories: it goes to .preview/ unless told otherwise, never
  // by accident to the _site/ that gets deployed.
  const output = values.output ?? (values.preview ? ".preview" : "_site");
  try {
    log(`Building ${values.content}/ into ${output}/${values.preview ? " (preview: drafts and embargoed articles shown)" : ""}`);
    const result = await build({ content: values.content, output, preview: values.preview, verbose: values.verbose, log });
    const peakMb = process.resourceUsage().maxRSS / 1024;
    log(`Built ${count(result.articles)} articles into ${count(result.files)} files in ${output}/ in ${result.seconds.toFixed(2)} s, peak memory ${peakMb.toFixed(0)} MB.`);
  } catch (error) {
    const content = findContentError(error);
    if (content) {
      process.stderr.write(`${content.message}\n\nFix these and build again; ${output}/ was left as it was.\n`);
    } else {
      process.stderr.write(`The build failed; ${output}/ was left as it was.\n`);
      for (const line of errorChain(error)) process.stderr.write(`  ${line}\n`);
      if (values.verbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      else process.stderr.write("Run with --verbose for Eleventy's full log.\n");
    }
    process.exitCode = 1;
  }
}

await main();
