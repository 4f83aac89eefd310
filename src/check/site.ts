/**
 * Checks a built site folder: every HTML page through html-validate, and every link of the site
 * (href, src, srcset, a redirect page's target; fragments too) against the files of the output. A
 * large site is split between the main thread and one worker, one per core of a CI runner.
 */
import type { Problem } from "../content/index.js";
import { listFiles } from "../files/index.js";
import { spawnWorker } from "../threads/spawn.js";
import { createValidator } from "./html.js";
import { missingFragment, scanPages, type ScanInput, type ScanResult } from "./scan.js";

/** How a check is run. */
export interface CheckOptions {
  /** The site's origin from `site.json` (`https://news.example`): absolute links to it are checked too. */
  readonly origin: string;
  /**
   * Scan on one thread or two; `auto` takes a second from {@link PARALLEL_PAGES} pages.
   * @default "auto"
   */
  readonly threads?: "auto" | 1 | 2;
  /**
   * Validate every page's HTML as well as its links.
   * @default true
   */
  readonly validate?: boolean;
}

/** What the check of a built site found. */
export interface SiteCheck {
  readonly pages: number;
  readonly links: number;
  /** Every problem, by page and line. */
  readonly problems: readonly Problem[];
}

/** From this many pages a second thread pays for its start (the worker loads tsx and html-validate afresh). */
export const PARALLEL_PAGES = 400;

function scanOnWorker(input: ScanInput): Promise<ScanResult> {
  return new Promise((resolve, reject) => {
    const worker = spawnWorker("worker", import.meta.url, input);
    worker.once("message", (result: ScanResult) => resolve(result));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the check's worker thread stopped with code ${code}`));
    });
  });
}

/** Orders problems by file, then line, so a report reads page by page. */
export function byFileAndLine(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);
}

/** Checks the built site in `root`: its pages' HTML, and that every link of the site leads to a file. */
export async function checkBuiltSite(root: string, options: CheckOptions): Promise<SiteCheck> {
  const files = listFiles(root).sort();
  const pages = files.filter((f) => f.endsWith(".html"));
  const threads = options.threads ?? "auto";
  const two = threads === 2 || (threads === "auto" && pages.length >= PARALLEL_PAGES);
  const share = (n: number): ScanInput => ({ root, files, origin: options.origin, validate: options.validate ?? true, pages: two ? pages.filter((_, i) => i % 2 === n) : pages });
  // The worker takes every other page (long and short pages alike); this thread takes the rest meanwhile.
  const other = two ? scanOnWorker(share(1)) : undefined;
  const results = [scanPages(share(0), createValidator())];
  if (other) results.push(await other);

  const ids = new Map(results.flatMap((r) => r.ids.map(([page, list]) => [page, new Set(list)] as const)));
  const problems = results.flatMap((r) => r.problems);
  for (const ref of results.flatMap((r) => r.fragments)) {
    if (!ids.get(ref.target)?.has(ref.fragment)) problems.push({ file: ref.page, line: ref.line, message: missingFragment(ref.url, ref.target, ref.fragment) });
  }
  return { pages: pages.length, links: results.reduce((n, r) => n + r.links, 0), problems: problems.sort(byFileAndLine) };
}
