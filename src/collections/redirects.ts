import type { Problem } from "../content/index.js";
import { outputFileOf, SITE_FOLDER_URLS, type LanguageSite } from "../urls/index.js";
import type { ArticleView } from "./views.js";

/** What the redirects and the link check read of the site model. */
export interface LinkedSite {
  readonly articles: readonly ArticleView[];
  readonly redirects: readonly Redirect[];
  readonly site: { readonly url: string } & Pick<LanguageSite, "languages">;
}

/** An old URL that now points at an article. */
export interface Redirect {
  /** The old path, as the editor wrote it: `/politics/94020.html`. */
  readonly from: string;
  /** The article's URL. */
  readonly to: string;
  /** The file written for the old path, relative to the output folder: `politics/94020.html`. */
  readonly outputPath: string;
  /** The same file as a site path, where the page writer writes it: `/politics/94020.html`. */
  readonly url: string;
  /** The article's title, for the redirect page's link. */
  readonly title: string;
  readonly sourcePath: string;
}

/** The folder of the site's own that holds `outputPath`, if one does. */
function ownFolder(outputPath: string): string | undefined {
  return SITE_FOLDER_URLS.find((folder) => `/${outputPath}`.startsWith(folder));
}

/**
 * A site path without the prefix of the language it is in: what the same page is called in the
 * default language, for telling what kind of page a path names. Unchanged on a one-language site.
 * (Kept here rather than in `src/urls/`, whose every byte reaches the desk's bundled script.)
 * @example unprefixedUrl({ languages: { en: {}, az: { prefix: "az" } } }, "/az/tags/neft/") // "/tags/neft/"
 */
export function unprefixedUrl(site: Pick<LanguageSite, "languages">, url: string): string {
  for (const { prefix } of Object.values(site.languages ?? {})) {
    if (prefix && url.startsWith(`/${prefix}/`)) return url.slice(prefix.length + 1);
  }
  return url;
}

/** The kinds of site address a body may link to that the build can check: an article, a tag, an author, a section; in any language. */
const CHECKED = [/^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/, /^\/tags\/[^/]+\/$/, /^\/authors\/[^/]+\/$/, /^\/[a-z0-9-]+\/$/];

/**
 * A problem for each link of a published article to an article, tag, author or section page of
 * this site that the site does not have (a story that is a draft, embargoed, or not there at all);
 * an old address that redirects counts as there. The links of `others` (the editors' picks, topic
 * descriptions), which show whether or not any article does, are always checked.
 */
export function brokenLinks(model: LinkedSite, own: readonly string[], articles: ReadonlyArray<LinkSource>, others: ReadonlyArray<LinkSource> = []): Problem[] {
  const published = new Set(model.articles.map((a) => a.sourcePath));
  const there = new Set([...own, ...model.redirects.map((r) => r.from)].map((url) => outputFileOf(url)));
  const problems: Problem[] = [];
  for (const article of [...articles.filter((a) => published.has(a.sourcePath)), ...others]) {
    for (const { href, line } of article.links) {
      const local = href.startsWith(model.site.url) ? href.slice(model.site.url.length) || "/" : href;
      if (!local.startsWith("/") || local.startsWith("//")) continue;
      const bare = local.split(/[?#]/)[0] ?? local;
      const page = bare.endsWith("/") || bare.slice(bare.lastIndexOf("/")).includes(".") ? bare : `${bare}/`;
      // Another language's pages are the same kinds under its prefix (`/az/2016/03/03/slug/`).
      const kind = unprefixedUrl(model.site, page);
      if (!CHECKED.some((k) => k.test(kind)) || there.has(outputFileOf(page))) continue;
      problems.push({ file: article.sourcePath, line, message: `links to ${href}, which is not a page of this site (an article that does not exist, is a draft or is embargoed, or a tag, author or section that has no page); fix the address or remove the link` });
    }
  }
  return problems;
}

/** A file whose links to the site's pages are checked: a published article, or another file of the content (the editors' picks). */
export interface LinkSource {
  readonly sourcePath: string;
  readonly links: ReadonlyArray<{ readonly href: string; readonly line: number }>;
}

/**
 * The redirects of every published article's aliases, and a problem for each alias that would
 * overwrite a real page or another alias.
 */
export function buildRedirects(model: Pick<LinkedSite, "articles">, own: readonly string[]): { redirects: Redirect[]; problems: Problem[] } {
  const taken = new Map<string, string>();
  for (const url of own) taken.set(outputFileOf(url), url);
  const byOutput = new Map<string, Redirect>();
  const redirects: Redirect[] = [];
  const problems: Problem[] = [];
  for (const article of model.articles) {
    for (const from of article.aliases) {
      const outputPath = outputFileOf(from);
      const page = taken.get(outputPath);
      const other = byOutput.get(outputPath);
      const folder = ownFolder(outputPath);
      if (page !== undefined) {
        problems.push({ file: article.sourcePath, message: `alias "${from}" is the address of a page or file of this site (${page}); remove it or choose the old address` });
      } else if (folder !== undefined) {
        problems.push({ file: article.sourcePath, message: `alias "${from}" is inside ${folder}, a folder the site writes itself; remove it or choose the old address` });
      } else if (other) {
        problems.push({
          file: article.sourcePath,
          message: `alias "${from}" is also an alias of ${other.sourcePath}; one old address can redirect to one article only`,
        });
      } else {
        const redirect = { from, to: article.url, outputPath, url: `/${outputPath}`, title: article.title, sourcePath: article.sourcePath };
        byOutput.set(outputPath, redirect);
        redirects.push(redirect);
      }
    }
  }
  return { redirects, problems };
}

/**
 * The `_redirects` file the common static CDNs read: one `from to 301` line per alias.
 * @example redirectsFile([{ from: "/old.html", to: "/2016/03/03/x/" }]) // "/old.html /2016/03/03/x/ 301\n"
 */
export function redirectsFile(redirects: ReadonlyArray<Pick<Redirect, "from" | "to">>): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join("");
}
