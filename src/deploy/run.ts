/**
 * `npm run deploy`: reads the built site, checks it against the target's limits, prints the plan,
 * and (unless it is a dry run) deploys it or rolls back. Everything is checked before anything is sent.
 */
import { spawn } from "node:child_process";
import { deployToBucket, readBucketState, rollbackBucket, type BucketResult, type SiteBuild } from "./bucket.js";
import { checkLimits, siteFigures, targetLimits, type Breach } from "./limits.js";
import { planDeploy, type DeployPlan, type Manifest } from "./manifest.js";
import { missingEnv, pagesSettings, s3Settings, TARGET_ENV, type DeployOptions } from "./options.js";
import { pagesDeployCommand, rollbackPages, type Command } from "./pages.js";
import { readSiteBuild } from "./site.js";
import type { ObjectStore } from "./store.js";

/** The S3 client, loaded only by a deploy that talks to a bucket: the build, which shares this folder, never loads it. */
async function s3Store(...args: Parameters<typeof import("./s3-store.js").s3Store>): Promise<ObjectStore> {
  return (await import("./s3-store.js")).s3Store(...args);
}

type Env = Readonly<Record<string, string | undefined>>;

/** What `runDeploy` talks to; tests pass their own store and command runner. */
export interface DeployIO {
  readonly log: (line: string) => void;
  /** The object storage of the bucket target. @default an S3 client from the S3_* variables */
  readonly store?: ObjectStore;
  /** Runs a command and resolves with its exit code. @default spawn with inherited output */
  readonly run?: (command: Command) => Promise<number>;
}

/** A deploy stopped before it sent anything, because the site breaks the target's limits. */
export class LimitError extends Error {
  constructor(readonly breaches: readonly Breach[]) {
    super(breaches.map((b) => b.message).join("\n"));
  }
}

const fmt = (n: number): string => n.toLocaleString("en-US");
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function list(title: string, items: readonly string[], shown = 10): string[] {
  return [`  ${title}: ${fmt(items.length)}`, ...items.slice(0, shown).map((i) => `    ${i}`), ...(items.length > shown ? [`    ... and ${fmt(items.length - shown)} more`] : [])];
}

/** The plan as printed: files to upload, delete and purge, the rules, and the limits checked. */
export function describePlan(options: DeployOptions, site: SiteBuild, plan: DeployPlan, against: string, breaches: readonly Breach[]): string {
  const { name, limits } = targetLimits(options.target, options.plan);
  const figures = siteFigures(site.manifest, site.redirects, site.headers);
  const size = new Map(site.manifest.files.map((f) => [f.path, f.size]));
  const bytes = plan.upload.reduce((sum, p) => sum + (size.get(p) ?? 0), 0);
  return [
    `Deploy plan for ${name} (--target ${options.target}), site ${options.site}, ${against}`,
    `  files the host keeps: ${fmt(figures.files)}, largest ${figures.largestFile.path} (${mb(figures.largestFile.size)})`,
    ...list(`upload (${mb(bytes)})`, plan.upload),
    ...list("delete", plan.remove),
    ...list("purge (URLs whose cached copies are stale)", plan.purge),
    `  redirects: ${fmt(figures.staticRedirects)} static, ${fmt(figures.dynamicRedirects)} dynamic${options.target === "bucket" ? " (each alias a 301 served by the worker)" : " (_redirects)"}`,
    `  header rules: ${fmt(figures.headerRules)}${options.target === "bucket" ? " (applied by the worker)" : " (_headers)"}`,
    breaches.length === 0 ? `Limits of ${name}: all ${limits.length} met.` : `Limits of ${name}: ${breaches.length} broken:\n${breaches.map((b) => `  ${b.message}`).join("\n")}`,
  ].join("\n");
}

/** Runs one deploy, dry run or rollback; throws with a plain message on any problem. */
export async function runDeploy(options: DeployOptions, env: Env, io: DeployIO): Promise<BucketResult | undefined> {
  if (options.rollback) return rollback(options, env, io);
  const site = readSiteBuild(options.site);
  const breaches = checkLimits(siteFigures(site.manifest, site.redirects, site.headers), options.target, options.plan);

  if (options.target === "pages") {
    // Pages compares hashes itself and uploads only what it lacks: the plan is the whole folder.
    const settings = options.dryRun && missingEnv("pages", env).length > 0 ? undefined : pagesSettings(env);
    io.log(describePlan(options, site, planDeploy({ files: [] }, site.manifest), "every file (Pages skips those it has)", breaches));
    if (breaches.length > 0) throw new LimitError(breaches);
    if (options.dryRun || !settings) return undefined;
    const code = await (io.run ?? runCommand)(pagesDeployCommand(options.site, settings));
    if (code !== 0) throw new Error(`wrangler pages deploy exited with ${code}`);
    return undefined;
  }

  const store = io.store ?? (options.dryRun && missingEnv("bucket", env).length > 0 ? undefined : await s3Store(s3Settings(env)));
  let live: Manifest = { files: [] };
  let against = `no credentials (${TARGET_ENV.bucket.join(", ")}): planned as a first deploy`;
  if (store) {
    const state = await readBucketState(store);
    live = state.manifest;
    against = state.live ? `against live deploy ${state.live.id}` : "first deploy to this bucket";
  }
  io.log(describePlan(options, site, planDeploy(live, site.manifest), against, breaches));
  if (breaches.length > 0) throw new LimitError(breaches);
  if (options.dryRun || !store) return undefined;
  const result = await deployToBucket(store, site, { concurrency: options.concurrency, log: io.log });
  io.log(`Purge at the CDN, if it caches pages: ${fmt(result.purge.length)} URLs.`);
  return result;
}

async function rollback(options: DeployOptions, env: Env, io: DeployIO): Promise<BucketResult | undefined> {
  if (options.dryRun) throw new Error("--rollback and --dry-run go separately: a rollback checks everything it needs before it changes anything");
  if (options.target === "pages") {
    const target = await rollbackPages(pagesSettings(env));
    io.log(`Pages serves deployment ${target.id} (${target.created_on}) again.`);
    return undefined;
  }
  const result = await rollbackBucket(io.store ?? (await s3Store(s3Settings(env))), { concurrency: options.concurrency, log: io.log });
  io.log(`Purge at the CDN, if it caches pages: ${fmt(result.purge.length)} URLs.`);
  return result;
}

function runCommand(command: Command): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command.program, command.args, { stdio: "inherit", env: { ...process.env, ...command.env } });
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
}
