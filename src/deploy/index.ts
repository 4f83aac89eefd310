export { headersFile, contentSecurityPolicy, deskContentSecurityPolicy, policyFor, IMMUTABLE, SHORT } from "./headers.js";
export { buildManifest, manifestText, writeManifest, readManifest, planDeploy, MANIFEST_FILE } from "./manifest.js";
export type { Manifest, ManifestEntry, DeployPlan } from "./manifest.js";
