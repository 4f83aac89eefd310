import { Eleventy } from "@11ty/eleventy";
import type { EleventySite } from "../registry/index.js";
import { newsPlugin, type NewsPluginOptions } from "./plugin.js";

/** The folders Eleventy is told of. */
export interface EleventyFolders {
  readonly contentDir: string;
  readonly templatesDir: string;
}

/** How Eleventy runs: one build, or watching (and serving) until stopped. */
export type RunMode = "build" | "watch" | "serve";

/**
 * An Eleventy instance for the content folder, writing into `outputDir`, with the project's plugin
 * and no configuration file: everything it is told is in `newsPlugin`. Its log goes to `log` when
 * given (the build command keeps it for a failure's report), else to the console.
 */
export function createEleventy(options: EleventyFolders, outputDir: string, plugin: NewsPluginOptions, runMode: RunMode, log?: (line: string) => void): Eleventy {
  const eleventy = new Eleventy(options.contentDir, outputDir, {
    runMode,
    quietMode: log !== undefined,
    config: (eleventyConfig: unknown) => newsPlugin(eleventyConfig as Parameters<typeof newsPlugin>[0], plugin),
  });
  if (log) {
    const keep = (...args: unknown[]): void => log(args.map(String).join(" "));
    eleventy.logger.overrideLogger({ log: keep, info: keep, warn: keep, error: keep });
  }
  return eleventy;
}

/**
 * Stage 5 of a build: Eleventy renders its pages from a prepared site into `outputDir` and copies
 * the assets. Returns how many pages and files it wrote and how many assets it copied.
 */
export async function renderEleventyPages(site: EleventySite, options: EleventyFolders, outputDir: string, log?: (line: string) => void): Promise<{ pages: number; copied: number }> {
  const eleventy = createEleventy(options, outputDir, { contentDir: options.contentDir, templatesDir: options.templatesDir, assets: site.assets, site: () => site }, "build", log);
  const [copied, written] = (await eleventy.write()) as [unknown[], Array<{ outputPath?: unknown }>];
  return { pages: written.filter((t) => t.outputPath).length, copied: copied.length };
}
