/**
 * `npm run weight [-- DIR]`: the page-weight budget of the built site (default `_site/`). For every
 * article page it measures the HTML plus its stylesheets, uncompressed, images aside, and checks that
 * no script blocks rendering. Prints a summary and exits non-zero when a page is over budget.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as cheerio from "cheerio";
import { walkFiles } from "../files/index.js";

/** The budget: an article page's HTML and CSS together, uncompressed. */
export const ARTICLE_BUDGET_BYTES = 50 * 1024;

/** What one page weighs and what blocks its rendering. */
export interface PageWeight {
  readonly page: string;
  readonly htmlBytes: number;
  readonly cssBytes: number;
  readonly totalBytes: number;
  /** Scripts that block rendering: classic scripts in the page without `defer` or `async`. */
  readonly blockingScripts: readonly string[];
  readonly scripts: number;
}

/** Weighs one built page of `root`. */
export function weighPage(root: string, page: string): PageWeight {
  const html = fs.readFileSync(path.join(root, page));
  const $ = cheerio.load(html.toString("utf8"));
  let cssBytes = 0;
  for (const link of $('link[rel="stylesheet"]').toArray()) {
    const href = $(link).attr("href") ?? "";
    if (href.startsWith("/")) cssBytes += fs.statSync(path.join(root, href)).size;
  }
  const blockingScripts: string[] = [];
  let scripts = 0;
  for (const script of $("script").toArray()) {
    const type = $(script).attr("type");
    if (type === "application/ld+json") continue;
    scripts += 1;
    const module = type === "module";
    if (!module && $(script).attr("defer") === undefined && $(script).attr("async") === undefined) {
      blockingScripts.push($(script).attr("src") ?? "(inline script)");
    }
  }
  return { page, htmlBytes: html.length, cssBytes, totalBytes: html.length + cssBytes, blockingScripts, scripts };
}

/** Weighs every article page (`yyyy/mm/dd/slug/index.html`) of a built site. */
export function weighArticles(root: string): PageWeight[] {
  return walkFiles(root, { filter: (f) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f) }).map((f) => weighPage(root, f));
}

function main(): void {
  const root = process.argv[2] ?? "_site";
  if (!fs.existsSync(root)) {
    process.stderr.write(`npm run weight: ${root}/ does not exist; run npm run build first\n`);
    process.exitCode = 1;
    return;
  }
  const weights = weighArticles(root);
  const heaviest = [...weights].sort((a, b) => b.totalBytes - a.totalBytes);
  const over = weights.filter((w) => w.totalBytes > ARTICLE_BUDGET_BYTES);
  const blocking = weights.filter((w) => w.blockingScripts.length > 0);
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const lines = [
    `Article pages: ${weights.length}; budget ${kb(ARTICLE_BUDGET_BYTES)} of HTML + CSS each, uncompressed, images aside.`,
    `| page | HTML | CSS | total | scripts | blocking |`,
    `| --- | --- | --- | --- | --- | --- |`,
    ...heaviest.slice(0, 5).map((w) => `| ${w.page} | ${kb(w.htmlBytes)} | ${kb(w.cssBytes)} | ${kb(w.totalBytes)} | ${w.scripts} | ${w.blockingScripts.length} |`),
    over.length === 0 ? `Every article page is within budget (heaviest ${kb(heaviest[0]?.totalBytes ?? 0)}).` : `${over.length} pages are over budget.`,
    blocking.length === 0 ? "No script blocks rendering; a reader needs no JavaScript to read an article." : `${blocking.length} pages have render-blocking scripts.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  if (over.length > 0 || blocking.length > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
