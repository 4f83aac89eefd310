import type { SiteModel } from "../collections/index.js";
import type { DeskFiles } from "../desk/index.js";
import type { Syndication } from "../feeds/index.js";
import type { Assets, Renderer } from "../render/index.js";

/** What Eleventy's pages are rendered from: the part of a prepared build the plugin reads. */
export interface EleventySite {
  readonly model: SiteModel;
  readonly syndication: Syndication;
  readonly fragments: Readonly<Record<string, string>>;
  readonly assets: Assets;
  readonly searchBundles: readonly string[];
  readonly searchUi: { readonly styles: string; readonly script: string };
  readonly desk: DeskFiles;
  readonly renderer: Renderer;
}

/** Each global of Eleventy's templates, by the name they use, and where it comes from in the site. */
const GLOBALS = {
  news: (site: EleventySite) => site.model,
  syndication: (site: EleventySite) => site.syndication,
  fragments: (site: EleventySite) => site.fragments,
  assets: (site: EleventySite) => site.assets.urls,
  searchBundles: (site: EleventySite) => site.searchBundles,
  searchUi: (site: EleventySite) => site.searchUi,
  desk: (site: EleventySite) => site.desk,
} as const satisfies Record<string, (site: EleventySite) => unknown>;

/** The names of the globals. */
export const ELEVENTY_GLOBALS = Object.keys(GLOBALS) as ReadonlyArray<keyof typeof GLOBALS>;

/** One global of `site`, by name. */
export function eleventyGlobal(site: EleventySite, name: keyof typeof GLOBALS): unknown {
  return GLOBALS[name](site);
}

/**
 * The data every page Eleventy renders shares, by the name its templates use. The plugin hands
 * Eleventy exactly this, and the build cache keys Eleventy's pages on a digest of it.
 */
export function eleventyGlobals(site: EleventySite): Readonly<Record<string, unknown>> {
  return Object.fromEntries(ELEVENTY_GLOBALS.map((name) => [name, eleventyGlobal(site, name)]));
}
