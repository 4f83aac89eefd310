export { bundleFiles } from "./files.js";
export { STEMMER_STAND_INS, indexLanguage, nameStandInIndexes, renameIndex } from "./language.js";
export { startSearchIndex } from "./pagefind.js";
export type { SearchIndexJob, SearchIndexOptions } from "./pagefind.js";
export { SMALLEST_BUNDLE, searchRecord, searchRecordKeys, searchShards } from "./records.js";
export { firstWords, leadText, searchText } from "../markdown/index.js";
export type { SearchRecord, SearchShard } from "./records.js";
