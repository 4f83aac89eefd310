export { startSearchIndex } from "./pagefind.js";
export type { SearchIndexJob, SearchIndexOptions } from "./pagefind.js";
export { SMALLEST_BUNDLE, firstWords, leadText, searchRecord, searchRecordKeys, searchShards, searchText } from "./records.js";
export type { SearchRecord, SearchShard } from "./records.js";
