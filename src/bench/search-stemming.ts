/**
 * Runs real Pagefind searches over a small corpus indexed in a given language, in headless Chromium,
 * since Pagefind's search runs in the browser: what `npm run bench -- search-az` and the search test
 * measure. Dev only: playwright-core and sirv are development dependencies.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import sirv from "sirv";
import { renameIndex } from "../search/index.js";
import type { SearchQuery } from "./search-score.js";

/** A corpus for a search measurement: short stories and queries with the stories they should find. */
export interface SearchCorpus {
  readonly stories: readonly { readonly id: string; readonly title: string; readonly text: string }[];
  readonly queries: readonly SearchQuery[];
}

/** Reads a corpus file (`tests/fixtures/search-az/corpus.json`). */
export function readSearchCorpus(file: string): SearchCorpus {
  return JSON.parse(fs.readFileSync(file, "utf8")) as SearchCorpus;
}

/**
 * Indexes the corpus with Pagefind in `indexLanguage` (`az`: no stemmer; `tr`: Turkish stemming) into
 * `dir`, names the index after `pageLanguage` as the build does (`renameIndex`), serves it beside a
 * page whose `<html lang>` is `pageLanguage`, and runs every query there. Returns the ids each query
 * found.
 */
export async function searchCorpus(corpus: SearchCorpus, indexLanguage: string, pageLanguage: string, dir: string): Promise<Map<string, string[]>> {
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: indexLanguage, keepIndexUrl: false });
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  for (const story of corpus.stories) {
    const added = await index.addCustomRecord({ url: `/${story.id}/`, content: `${story.title}. ${story.text}`, language: indexLanguage, meta: { title: story.title } });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join("; ")}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(dir, "pagefind") });
  if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
  await pagefind.close();
  if (indexLanguage !== pageLanguage) renameIndex(path.join(dir, "pagefind"), indexLanguage, pageLanguage);
  fs.writeFileSync(path.join(dir, "index.html"), `<!doctype html><html lang="${pageLanguage}"><head><meta charset="utf-8"><title>search</title></head><body></body></html>\n`);

  const files = sirv(dir, { dev: false, etag: false });
  const server = http.createServer((req, res) => files(req, res, () => {
      res.writeHead(404).end();
    }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    // Given as text: a test runner's transform would rewrite a dynamic import inside a function.
    const script = `(async (queries) => {
      const pagefind = await import("/pagefind/pagefind.js");
      const out = [];
      for (const query of queries) {
        const search = await pagefind.search(query);
        const urls = await Promise.all(search.results.map(async (r) => (await r.data()).url));
        out.push([query, urls.map((u) => u.replace(/^\\/|\\/$/g, ""))]);
      }
      return out;
    })(${JSON.stringify(corpus.queries.map((q) => q.query))})`;
    const found = (await page.evaluate(script)) as [string, string[]][];
    return new Map(found);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
