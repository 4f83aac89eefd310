export { newsPlugin, pageData } from "./plugin.js";
export { contentHash, fingerprintAssets } from "./assets.js";
export type { Assets } from "./assets.js";
export type { EleventyConfigApi } from "./plugin.js";
export { siteDirectories } from "./directories.js";
export type { SiteDirectories } from "./directories.js";
export { loadModel } from "./load-model.js";
export type { NewsOptions } from "./load-model.js";
