export { loadContent, loadContentParallel, loadSiteConfig, compareNewestFirst } from "./load.js";
export type { Content, LoadOptions, ContentCache, CachedFile } from "./load.js";
export { parseFrontMatter } from "./frontmatter.js";
export type { ParsedFile } from "./frontmatter.js";
export { ContentError, formatProblem, formatProblems, findContentError } from "./problems.js";
export { articleFrontMatter, authorFrontMatter, siteSchema } from "./schema.js";
export type * from "./types.js";
