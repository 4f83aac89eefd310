export { startSearchIndex, searchText } from "./pagefind.js";
export type { SearchIndexJob } from "./pagefind.js";
