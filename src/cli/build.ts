/**
 * `npm run build`: checks the content, renders the site into a staging folder, and only when every
 * stage has succeeded puts it in place of `_site/`. A failed build leaves the previous `_site/` as it was.
 *
 * Usage: tsx src/cli/build.ts [--content DIR] [--output DIR] [--preview] [--verbose]
 */
import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";
import { findContentError } from "../content/index.js";
import { discard, stagingDir, swapInto } from "./atomic.js";

interface BuildResult {
  readonly files: number;
  readonly seconds: number;
}

/** Runs one build; throws on any failure after cleaning up the staging folder. */
export async function build(options: { content: string; output: string; preview: boolean; verbose: boolean }): Promise<BuildResult> {
  const started = performance.now();
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
    const [copied, written] = await eleventy.write();
    const files = copied.length + written.filter((t) => t.outputPath).length;
    swapInto(staging, options.output);
    return { files, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    discard(staging);
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { eleventyLog: messages });
  }
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
    const result = await build({ content: values.content, output, preview: values.preview, verbose: values.verbose });
    log(`Built ${result.files} files into ${output}/ in ${result.seconds.toFixed(2)} s${values.preview ? " (preview: drafts and embargoed articles shown)" : ""}.`);
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
