import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../cache/fingerprint.js";
import type { SiteConfig } from "../content/index.js";
import type { SiteModel } from "../collections/index.js";
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

/** The desk page's settings, from the site settings, the authors and the fingerprinted stylesheets. */
export function deskPageSettings(
  site: SiteConfig,
  authors: ReadonlyArray<{ readonly id: string; readonly name: string }>,
  assets: Readonly<Record<string, string>>,
  articleCollections: readonly string[] = ["articles"],
): DeskPageSettings {
  return {
    articleCollections,
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
export function deskFiles(model: SiteModel, assets: Readonly<Record<string, string>>, contentDir: string, localBackend?: string): DeskFiles {
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
    settings: scriptJson(deskPageSettings(site, model.authors.map((a) => ({ id: a.author.id, name: a.author.name })), assets, collections)),
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
