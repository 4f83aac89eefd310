export { createMarkdown, renderBody, clipText } from "./markdown.js";
export type { RenderedBody, RenderEnv } from "./markdown.js";
export { sanitizeBodyHtml, EMBED_HOSTS } from "./sanitize.js";
export { firstWords, leadText, searchText } from "./text.js";
