export { LANGUAGE_ASSETS, fingerprintAssets } from "./assets.js";
export type { Assets } from "./assets.js";
export { templateFilters } from "./filters.js";
export { createRenderer } from "./nunjucks.js";
export type { Filter, Renderer } from "./nunjucks.js";
export { pageKeyer, writePages } from "./page-writer.js";
export type { PageKind, WriteOptions, WriteReport } from "./page-writer.js";
export { bulkPages, sharedPageData, SHARED_FRAGMENTS } from "./pages.js";
