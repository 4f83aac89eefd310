export { runBuild, prepareSite, completeSite, writeManifestStage, checkSite } from "./build.js";
export type { BuildResult, PreparedSite } from "./build.js";
export { buildOptions } from "./options.js";
export type { BuildOptions } from "./options.js";
export { count, timed, SILENT } from "./report.js";
export type { Reporter, StageReport } from "./report.js";
export { BuildSession, WATCH_CACHE_FILES } from "./session.js";
export { hostedBuild, watchSite } from "./watch.js";
