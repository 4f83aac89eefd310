/**
 * One pass over a share of a built site's pages: each page is read once, validated with
 * html-validate, and its links resolved against the output's files. Runs on the main thread and, for
 * a large site, on a worker thread beside it (`worker.ts`), with the same code.
 */
import fs from "node:fs";
import path from "node:path";
import type { HtmlValidate } from "html-validate";
import type { Problem } from "../content/index.js";
import { urlOfFile } from "../urls/index.js";
import { validatePage } from "./html.js";
import { extractLinks, resolveLink } from "./links.js";

/** What one share of the scan is given. */
export interface ScanInput {
  /** The output folder. */
  readonly root: string;
  /** The pages to scan, relative to `root` with `/` separators. */
  readonly pages: readonly string[];
  /** Every file of the output, relative to `root` with `/` separators. */
  readonly files: readonly string[];
  /** The site's own origin (`https://news.example`): absolute links to it are links of the site. */
  readonly origin: string;
  /** Run html-validate too; without it, links only. */
  readonly validate: boolean;
}

/** A link to a fragment of another page, settled once the ids of every page are known. */
export interface FragmentRef {
  readonly page: string;
  readonly line: number;
  readonly url: string;
  readonly target: string;
  readonly fragment: string;
}

/** What one share found. */
export interface ScanResult {
  readonly pages: number;
  readonly links: number;
  readonly problems: Problem[];
  /** The ids of each scanned page, for the fragments other shares point at. */
  readonly ids: Array<[string, string[]]>;
  readonly fragments: FragmentRef[];
}

/** `#top` scrolls to the top of any page (HTML standard), with or without such an id. */
const ALWAYS_THERE = new Set(["", "top"]);

/** The sentence for a link whose fragment names no element of its page. */
export function missingFragment(url: string, target: string, fragment: string): string {
  return `links to ${url}, but ${urlOfFile(target)} has no element with id "${fragment}"; fix the part after # or drop it`;
}

/** The HTML, links and fragments of `input.pages`, with `validator` made once for this thread. */
export function scanPages(input: ScanInput, validator: HtmlValidate): ScanResult {
  const files = new Set(input.files);
  const problems: Problem[] = [];
  const ids: Array<[string, string[]]> = [];
  const fragments: FragmentRef[] = [];
  let links = 0;
  for (const page of input.pages) {
    const html = fs.readFileSync(path.join(input.root, page), "utf8");
    if (input.validate) problems.push(...validatePage(validator, page, html));
    const found = extractLinks(html);
    const own = new Set(found.ids);
    ids.push([page, found.ids.slice()]);
    const pageUrl = urlOfFile(page);
    for (const link of found.links) {
      const written = link.url.trim();
      const target = resolveLink(written, pageUrl, input.origin);
      if (!target) continue;
      links += 1;
      if (!files.has(target.file)) {
        problems.push({ file: page, line: link.line, message: `links to ${written}, which no file of the site serves (looked for ${target.file}); fix the address, or add what it should lead to` });
      } else if (!ALWAYS_THERE.has(target.fragment) && target.file.endsWith(".html")) {
        if (target.file === page) {
          if (!own.has(target.fragment)) problems.push({ file: page, line: link.line, message: missingFragment(written, page, target.fragment) });
        } else {
          fragments.push({ page, line: link.line, url: written, target: target.file, fragment: target.fragment });
        }
      }
    }
  }
  return { pages: input.pages.length, links, problems, ids, fragments };
}
