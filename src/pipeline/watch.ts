import fs from "node:fs";
import path from "node:path";
import { createEleventy } from "../eleventy/host.js";
import type { EleventyEvent, NewsPluginOptions } from "../eleventy/plugin.js";
import { completeSite, eleventyKey, prepareSite, siteAssets, writeManifestStage, type PreparedSite } from "./build.js";
import { forgetCache } from "../cache/cache.js";
import type { BuildOptions } from "./options.js";
import type { Reporter } from "./report.js";
import { BuildSession } from "./session.js";

/**
 * The plugin options of a build Eleventy hosts (`npm start`, or Eleventy's own command with
 * `.eleventy.ts`): before Eleventy renders its pages the pipeline prepares the site, after them it
 * writes the rest, both straight into Eleventy's output folder. A watching process keeps one
 * {@link BuildSession} for all its rebuilds; a one-off build also writes the deploy manifest.
 */
export function hostedBuild(options: BuildOptions, reporter: Reporter): NewsPluginOptions {
  const assets = siteAssets(options);
  let session: BuildSession | undefined;
  let current: PreparedSite | undefined;
  // What Eleventy's own pages show (see `eleventyKey`) and the files it wrote, as of its last writing;
  // a watching process skips them while that key holds and the files are there.
  let written: { readonly key: string; readonly files: readonly string[] } | undefined;
  let key = "";
  let unchanged = false;
  const outputOf = (event: EleventyEvent): string => event.directories?.output ?? options.outputDir;
  return {
    contentDir: options.contentDir,
    templatesDir: options.templatesDir,
    assets,
    site: () => {
      if (!current) throw new Error("Eleventy asked for the site before the pipeline prepared it");
      return current;
    },
    around: {
      async before(event) {
        if (!session) {
          session = new BuildSession(event.runMode !== "build", assets, options.templatesDir);
          // This process writes into the output without the build cache: a cache of that output no
          // longer describes it, so the next `npm run build` there is a full one.
          if (options.cacheDir !== false) forgetCache(options.cacheDir);
        }
        // A rebuild started while the last one was still indexing: that index is not wanted any more.
        await current?.search?.cancel();
        current = undefined;
        current = await prepareSite(options, session, outputOf(event), reporter);
        key = eleventyKey(current, session);
        const output = outputOf(event);
        unchanged = session.watching && written?.key === key && written.files.every((file) => fs.existsSync(path.join(output, file)));
      },
      async after(event) {
        if (!current || !session) return;
        const output = outputOf(event);
        if (!unchanged) {
          const files = (event.results ?? []).flatMap((r) => (typeof r.outputPath === "string" ? [path.relative(output, r.outputPath)] : []));
          written = { key, files };
        }
        // A watching process rewrites only the pages whose key changed since its last build.
        const previous = session.watching ? { pages: session.lastPageKeys, exists: (file: string) => fs.existsSync(path.join(output, file)) } : undefined;
        // Image files are named by their content: one the output has already is not copied again.
        const present = session.watching ? new Set(session.lastImages.filter((file) => fs.existsSync(path.join(output, file)))) : undefined;
        const done = await completeSite(current, output, session, reporter, previous, present);
        session.lastPageKeys = done.pages;
        session.lastImages = done.images;
        if (!session.watching) await writeManifestStage(output, reporter);
      },
    },
    unchanged: () => unchanged,
  };
}

/**
 * `npm start`: builds the site into `options.outputDir`, then rebuilds on every saved change, with
 * Eleventy's watcher and, when `port` is given, its dev server with live reload.
 */
export async function watchSite(options: BuildOptions, reporter: Reporter, serve: { port?: number } | false): Promise<() => Promise<void>> {
  const eleventy = createEleventy(options, options.outputDir, hostedBuild(options, reporter), serve ? "serve" : "watch");
  await eleventy.init();
  eleventy.setIncrementalBuild(true);
  await eleventy.watch();
  if (serve) await eleventy.serve(serve.port);
  return () => eleventy.stopWatch();
}
