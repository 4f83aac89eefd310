export { newsArticleJsonLd, breadcrumbJsonLd, profilePageJsonLd, jsonLdScript } from "./jsonld.js";
export type { JsonLd, SiteImages } from "./jsonld.js";
export { webManifest } from "./webmanifest.js";
