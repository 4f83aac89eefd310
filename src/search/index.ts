export { startSearchIndex } from "./pagefind.js";
export type { SearchIndexJob, SearchIndexOptions } from "./pagefind.js";
export { SHARD_SIZE, firstWords, leadText, searchRecord, searchShards, searchText } from "./records.js";
export type { SearchRecord, SearchShard } from "./records.js";
