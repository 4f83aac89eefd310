export { newsPlugin, contentHash, pageData } from "./plugin.js";
export type { EleventyConfigApi } from "./plugin.js";
export { siteDirectories } from "./directories.js";
export type { SiteDirectories } from "./directories.js";
export { loadModel } from "./load-model.js";
export type { NewsOptions } from "./load-model.js";
