export { startSearchIndex } from "./pagefind.js";
export type { SearchIndexJob, SearchIndexOptions } from "./pagefind.js";
export { MAX_BUNDLES, MIN_BUNDLE_SIZE, bundleSize, firstWords, leadText, searchRecord, searchShards, searchText } from "./records.js";
export type { SearchRecord, SearchShard } from "./records.js";
