export { newsPlugin } from "./plugin.js";
export type { EleventyConfigApi, EleventyEvent, NewsPluginOptions } from "./plugin.js";
export { createEleventy, renderEleventyPages } from "./host.js";
export type { RunMode } from "./host.js";
