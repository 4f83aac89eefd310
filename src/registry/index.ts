export { ELEVENTY_FILES, eleventyUrls, SITEMAP_PARTS } from "./files.js";
export type { EleventyFile } from "./files.js";
export { ownUrls, siteRegistry, sitemapEntries } from "./registry.js";
export type { SiteRegistry } from "./registry.js";
export { ELEVENTY_GLOBALS, eleventyGlobals } from "./globals.js";
export type { EleventyGlobals, EleventyNews, EleventySite } from "./globals.js";
