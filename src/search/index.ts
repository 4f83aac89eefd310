export { buildSearchIndex } from "./pagefind.js";
export type { SearchIndexResult } from "./pagefind.js";
