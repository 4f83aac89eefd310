import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../cache/fingerprint.js";
import type { SiteConfig } from "../content/index.js";
import type { SiteModel } from "../collections/index.js";
import { datelineNames } from "../dates/names.js";
import { DECAP_URL, DESK_CONFIG_URL, DESK_SCRIPT_URL } from "../urls/index.js";
import { readArchiveShape, type ArchiveShape } from "./archive.js";
import { contentPathOf, deskConfig, deskConfigYaml, yearCollections } from "./config.js";
import { DECAP_RELEASE, decapBundleDir } from "./decap.js";

/** What the desk's script reads from its page: the zone, the stylesheets, names for ids. */
export interface DeskPageSettings {
  readonly timezone: string;
  readonly defaultSection: string;
  /** Section id → title. */
  readonly sections: Readonly<Record<string, string>>;
  /** Author id → name, as the build last saw them; an author picked in the editor brings their own. */
  readonly authors: Readonly<Record<string, string>>;
  /** The preview pane's stylesheets: the site's, then the desk's few additions. */
  readonly styles: readonly string[];
  /** The desk's collections of articles (one, or one a year on a large archive): each gets the article preview. */
  readonly articleCollections: readonly string[];
  /** A site with `languages`: its default language, the one of a story without `lang`. */
  readonly language?: string;
  /** A site with `languages`: what the preview shows of each language, so that a story is previewed in its own. */
  readonly languages?: Readonly<Record<string, DeskLanguage>>;
}

/** The words and section titles of one language, as the article preview shows them. */
export interface DeskLanguage {
  /** Section id → title in this language. */
  readonly sections: Readonly<Record<string, string>>;
  /** "By" before one name, and before several. */
  readonly by: string;
  readonly byMany: string;
  /** The word before a byline's last name. */
  readonly and: string;
  readonly updated: string;
  /** The draft banner. */
  readonly draft: string;
  /** The photo credit, with `{credit}` where the name goes. */
  readonly credit: string;
  /** The month names of a dateline (`patternNames`), since the editor's browser may know none in this language. */
  readonly dateNames: Readonly<Record<string, readonly string[]>>;
}

/** A string of the interface in a language: the build's `translate` over the translations files. */
export type DeskWords = (lang: string, key: string, values?: Readonly<Record<string, string | number>>) => string;

/** What the preview needs of each language of the site, from the translations files. */
export function deskLanguages(site: SiteConfig, words: DeskWords): Record<string, DeskLanguage> {
  return Object.fromEntries(
    Object.keys(site.languages ?? {}).map((lang) => [
      lang,
      {
        sections: Object.fromEntries(site.sections.map((s) => [s.id, s.titles?.[lang] ?? s.title])),
        by: words(lang, "byline.by", { count: 1 }),
        byMany: words(lang, "byline.by", { count: 2 }),
        and: words(lang, "byline.and"),
        updated: words(lang, "article.updated"),
        draft: words(lang, "article.draft"),
        credit: words(lang, "image.credit", { credit: "{credit}" }),
        dateNames: datelineNames(lang),
      },
    ]),
  );
}

/** The text files of `/admin/` that depend on the site (the rest is code: Decap's bundle and ours). */
export interface DeskFiles {
  /** `/admin/config.yml`. */
  readonly config: string;
  /** The JSON block the desk page carries for its script, safe inside `<script>`. */
  readonly settings: string;
  readonly urls: { readonly config: string; readonly decap: string; readonly script: string };
  readonly title: string;
}

/** JSON that can sit inside a `<script>` element: no `<` that could end it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * The desk page's settings, from the site settings, the authors and the fingerprinted stylesheets; on
 * a site with `languages`, each language's words for the preview (`words`, the translations files).
 */
export function deskPageSettings(
  site: SiteConfig,
  authors: ReadonlyArray<{ readonly id: string; readonly name: string }>,
  assets: Readonly<Record<string, string>>,
  articleCollections: readonly string[] = ["articles"],
  words?: DeskWords,
): DeskPageSettings {
  return {
    articleCollections,
    // Only a site with languages says more, so that a one-language site's desk page keeps its bytes.
    ...(site.languages && words ? { language: site.language, languages: deskLanguages(site, words) } : {}),
    timezone: site.timezone,
    defaultSection: site.defaultSection,
    sections: Object.fromEntries(site.sections.map((s) => [s.id, s.title])),
    authors: Object.fromEntries(authors.map((a) => [a.id, a.name])),
    styles: ["site.css", "desk-preview.css"].flatMap((name) => (assets[name] ? [assets[name]] : [])),
  };
}

/**
 * `/admin/`'s site-dependent files for a build: the configuration (GitHub backend from
 * `site.json` `desk`, `decap-server` when `localBackend` is given) and the page's settings.
 */
export function deskFiles(model: SiteModel, assets: Readonly<Record<string, string>>, contentDir: string, localBackend?: string, words?: DeskWords): DeskFiles {
  const site = model.site;
  // The archive's years decide the desk's article collections (one a year past a few hundred stories).
  const archive: ArchiveShape = readArchiveShape(path.join(contentDir, "articles"));
  const year = model.build.year;
  const collections = (yearCollections(archive, year) ?? [{ name: "articles" }]).map((c) => c.name);
  const config = deskConfig({
    site,
    archive,
    year,
    contentPath: contentPathOf(contentDir),
    ...(site.desk ? { settings: site.desk } : {}),
    ...(localBackend ? { localBackend } : {}),
    ...(assets["logo.png"] ? { logoUrl: assets["logo.png"] } : {}),
  });
  return {
    config: deskConfigYaml(config),
    settings: scriptJson(deskPageSettings(site, model.authors.map((a) => ({ id: a.author.id, name: a.author.name })), assets, collections, words)),
    urls: { config: DESK_CONFIG_URL, decap: `${DECAP_URL}decap-cms.js`, script: DESK_SCRIPT_URL },
    title: `${site.name} desk`,
  };
}

/**
 * Decap CMS's prebuilt bundle as install kept it (see `decap.ts`): the main script, the chunks it
 * loads from beside itself, its WebAssembly and its licence notice, as one copy for Eleventy (a
 * glob, relative to the working directory, into the output's `/admin/decap/`).
 */
export function decapCopies(root: string = projectRoot()): Record<string, string> {
  const dir = decapBundleDir(root);
  if (!fs.existsSync(path.join(dir, "decap-cms.js"))) {
    throw new Error(`Decap CMS ${DECAP_RELEASE.version}'s bundle is missing from ${dir}: run \`npm run prepare\` (npm ci and npm install do it)`);
  }
  const from = path.relative(process.cwd(), dir).split(path.sep).join("/");
  return { [`${from}/{decap-cms.js,*.decap-cms.js,*.wasm,decap-cms.js.LICENSE.txt}`]: DECAP_URL.replace(/^\//, "") };
}
