export { contentHash, fingerprintAssets } from "./assets.js";
export type { Assets } from "./assets.js";
export { templateFilters } from "./filters.js";
export { createRenderer } from "./nunjucks.js";
export type { Filter, Renderer } from "./nunjucks.js";
export { writePages } from "./page-writer.js";
export type { PageKind, WriteOptions, WriteReport } from "./page-writer.js";
export { PageKeys, bulkPages, SHARED_FRAGMENTS } from "./pages.js";
