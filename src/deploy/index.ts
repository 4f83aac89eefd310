export { headersFile, contentSecurityPolicy, deskContentSecurityPolicy, policyFor, IMMUTABLE, SHORT } from "./headers.js";
export { buildManifest, manifestText, writeManifest, readManifest, planDeploy, MANIFEST_FILE } from "./manifest.js";
export type { Manifest, ManifestEntry, DeployPlan } from "./manifest.js";
export { RECORD_FILE, RECORD_FORMAT, RecordUnreadable, parseRecord, readRecord, writeRecord, recordAttempt, scheduledChangeOf } from "./record.js";
export type { DeployRecord, DeployedBuild, Attempt, AttemptReport, NextOfBuild, RecordState, ScheduledChange } from "./record.js";
export { isDue } from "./due.js";
export type { DueInput, DueDecision } from "./due.js";
export { suiteFor, CONTENT_DIR } from "./affects.js";
export type { SuiteDecision } from "./affects.js";
