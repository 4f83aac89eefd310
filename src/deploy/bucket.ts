/**
 * Deploys to object storage (Cloudflare R2, AWS S3) that the edge worker serves, and rolls back.
 *
 * The bucket holds the site's files under their own paths, and the deploy's state under `_deploy/`,
 * where no file of the site can go (`DEPLOY_STATE_URL`):
 * - `_deploy/live.json`: the live deploy's id and the one before it;
 * - `_deploy/deploys/<id>/manifest.json.gz`: the manifest of each deploy kept (the live one and the one before);
 * - `_deploy/previous/<id>/<path>`: the bytes of deploy `<id>`'s files that the next deploy replaced or
 *   removed, copied inside the bucket before they were touched: what a rollback puts back;
 * - `_deploy/pending.json`: a deploy under way (or one that failed), so that the next run or a
 *   rollback knows what it may have left behind.
 *
 * A deploy uploads only the files whose bytes changed since the live deploy (the manifest diff), and
 * deletes removed files only once every new file is in place and the new manifest is live.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { sha256 } from "../hash/index.js";
import PQueue from "p-queue";
import { DEPLOY_STATE_URL, outputFileOf } from "../urls/index.js";
import { objectHeaders } from "./content-types.js";
import type { HeaderRule } from "./header-rules.js";
import { manifestText, parseManifest, planDeploy, type DeployPlan, type Manifest } from "./manifest.js";
import type { RedirectRule } from "./redirect-rules.js";
import { deleteAll, listAll, type ObjectStore } from "./store.js";

/** The key prefix of the deploy's own state. */
export const STATE_PREFIX = DEPLOY_STATE_URL.slice(1);
export const LIVE_KEY = `${STATE_PREFIX}live.json`;
export const PENDING_KEY = `${STATE_PREFIX}pending.json`;
const DEPLOYS_PREFIX = `${STATE_PREFIX}deploys/`;
const PREVIOUS_PREFIX = `${STATE_PREFIX}previous/`;

/** The key of a deploy's manifest. */
export const manifestKey = (id: string): string => `${DEPLOYS_PREFIX}${id}/manifest.json.gz`;
/** The key under which the bytes of deploy `id`'s file `file` are kept once a later deploy replaced or removed it. */
export const backupKey = (id: string, file: string): string => `${PREVIOUS_PREFIX}${id}/${file}`;

/** `_deploy/live.json`. */
export interface LiveRecord {
  readonly id: string;
  /** The deploy before it, which `--rollback` brings back; absent after a first deploy or a rollback. */
  readonly previous?: string | undefined;
  readonly at: string;
}

/** `_deploy/pending.json`: a deploy that started and has not finished. */
export interface PendingRecord {
  readonly id: string;
  /** The deploy that was live when it started. */
  readonly base?: string | undefined;
}

/** The built site a deploy sends. */
export interface SiteBuild {
  readonly dir: string;
  readonly manifest: Manifest;
  readonly headers: readonly HeaderRule[];
  readonly redirects: readonly RedirectRule[];
}

export interface BucketOptions {
  /** Requests in flight at once. @default 8 */
  readonly concurrency?: number;
  /** The deploy's id; @default a UTC timestamp and the manifest's hash */
  readonly id?: string;
  readonly log?: (line: string) => void;
}

/** What a deploy or rollback did. */
export interface BucketResult {
  readonly id: string;
  /** The deploy that was live before. */
  readonly replaced?: string | undefined;
  readonly uploaded: readonly string[];
  readonly deleted: readonly string[];
  /** Files whose previous bytes were kept (deploy) or put back (rollback). */
  readonly copied: readonly string[];
  readonly bytesUploaded: number;
  readonly purge: readonly string[];
}

const EMPTY: Manifest = { files: [] };

async function readJson<T>(store: ObjectStore, key: string): Promise<T | undefined> {
  const body = await store.get(key);
  return body === undefined ? undefined : (JSON.parse(Buffer.from(body).toString("utf8")) as T);
}

const putJson = (store: ObjectStore, key: string, value: unknown): Promise<void> =>
  store.put(key, Buffer.from(`${JSON.stringify(value, null, 2)}\n`), { contentType: "application/json", cacheControl: "no-store" });

/** The manifest of deploy `id`, read from the bucket. */
export async function readDeployManifest(store: ObjectStore, id: string): Promise<Manifest> {
  const body = await store.get(manifestKey(id));
  if (body === undefined) throw new Error(`the bucket has no manifest for deploy ${id} (${manifestKey(id)}): its state is incomplete; deploy again to rebuild it`);
  return parseManifest(zlib.gunzipSync(body).toString("utf8"), manifestKey(id));
}

/** The live deploy and its manifest, and a deploy left unfinished, if any. */
export async function readBucketState(store: ObjectStore): Promise<{ live?: LiveRecord; pending?: PendingRecord; manifest: Manifest }> {
  const [live, pending] = await Promise.all([readJson<LiveRecord>(store, LIVE_KEY), readJson<PendingRecord>(store, PENDING_KEY)]);
  const manifest = live ? await readDeployManifest(store, live.id) : EMPTY;
  return { ...(live ? { live } : {}), ...(pending ? { pending } : {}), manifest };
}

/** A deploy id: the time in UTC and the start of the manifest's hash, e.g. `20261207T180501Z-3fa9c2d1`. */
export function deployId(manifest: Manifest, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${stamp}-${sha256(manifestText(manifest.files)).slice(0, 8)}`;
}

/**
 * The redirect target of each alias file, from `_redirects`: the worker answers a request for the
 * alias with a 301 to it. Throws when a rule is one the worker cannot serve.
 */
export function redirectTargets(redirects: readonly RedirectRule[], manifest: Manifest): Map<string, string> {
  const files = new Set(manifest.files.map((f) => f.path));
  const targets = new Map<string, string>();
  for (const rule of redirects) {
    if (rule.dynamic || rule.status !== 301) throw new Error(`_redirects: "${rule.from} ${rule.to} ${rule.status}" is not a plain 301; the bucket target serves one permanent redirect per old address`);
    const file = outputFileOf(rule.from);
    if (!files.has(file)) throw new Error(`_redirects: the build wrote no page for the alias ${rule.from} (${file}); build again`);
    targets.set(file, rule.to);
  }
  return targets;
}

/** The files of the live deploy a plan replaces or removes: the bytes a rollback needs kept. */
export function filesToKeep(live: Manifest, plan: DeployPlan): string[] {
  const present = new Set(live.files.map((f) => f.path));
  return [...plan.upload.filter((p) => present.has(p)), ...plan.remove].sort();
}

/** Refuses a site with a file under the deploy's own prefix, which would mix with its state. */
function checkReserved(manifest: Manifest): void {
  const clash = manifest.files.find((f) => f.path.startsWith(STATE_PREFIX));
  if (clash) throw new Error(`${clash.path}: ${DEPLOY_STATE_URL} is kept for the deploy's own state; no file of the site may be there`);
}

/**
 * Deploys a build: keeps the previous bytes of what it replaces, uploads what changed, makes the new
 * manifest live, then deletes what is gone and the state no rollback needs any more.
 */
export async function deployToBucket(store: ObjectStore, site: SiteBuild, options: BucketOptions = {}): Promise<BucketResult> {
  const log = options.log ?? (() => undefined);
  const queue = new PQueue({ concurrency: options.concurrency ?? 8 });
  checkReserved(site.manifest);
  const locations = redirectTargets(site.redirects, site.manifest);
  const state = await readBucketState(store);
  const leftover = await leftoverOf(store, state, site.manifest);
  const base = planDeploy(state.manifest, site.manifest);
  const plan: DeployPlan = { ...base, upload: [...base.upload, ...leftover.reupload].sort() };
  const stray = leftover.stray;
  if (plan.upload.length === 0 && plan.remove.length === 0 && !state.pending && state.live) {
    log(`Nothing changed since deploy ${state.live.id}.`);
    return { id: state.live.id, replaced: state.live.previous, uploaded: [], deleted: [], copied: [], bytesUploaded: 0, purge: [] };
  }
  const id = options.id ?? deployId(site.manifest);
  const live = state.live;

  // 1. The new manifest, and the mark of a deploy under way.
  await store.put(manifestKey(id), zlib.gzipSync(manifestText(site.manifest.files)), { contentType: "application/gzip", cacheControl: "no-store" });
  await putJson(store, PENDING_KEY, { id, base: live?.id } satisfies PendingRecord);

  // 2. The live bytes of every file this deploy replaces or removes, copied inside the bucket first.
  //    A copy an earlier, failed run already made holds the true previous bytes: it is kept.
  const keep = live ? filesToKeep(state.manifest, plan) : [];
  const kept = live ? new Set(await listAll(store, `${PREVIOUS_PREFIX}${live.id}/`)) : new Set<string>();
  const copied = live ? keep.filter((p) => !kept.has(backupKey(live.id, p))) : [];
  if (live) await queue.addAll(copied.map((p) => () => store.copy(p, backupKey(live.id, p))));
  log(`Kept the previous bytes of ${copied.length} files.`);

  // 3. The new and changed files, each with its type, cache rule and (for an alias) its redirect.
  let bytesUploaded = 0;
  await queue.addAll(plan.upload.map((p) => async () => {
    const body = fs.readFileSync(path.join(site.dir, p));
    const location = locations.get(p);
    await store.put(p, body, { ...objectHeaders(site.headers, p), ...(location ? { metadata: { location } } : {}) });
    bytesUploaded += body.length;
  }));
  log(`Uploaded ${plan.upload.length} files.`);

  // 4. The switch: the new manifest is live.
  await putJson(store, LIVE_KEY, { id, previous: live?.id, at: new Date().toISOString() } satisfies LiveRecord);
  await store.delete([PENDING_KEY]);

  // 5. Only now, what is gone; then the state no rollback can use any more.
  const deleted = [...plan.remove, ...stray];
  await deleteAll(store, deleted);
  await pruneState(store, new Set([id, ...(live ? [live.id] : [])]), live?.id);
  log(`Deleted ${deleted.length} files. Deploy ${id} is live.`);
  return { id, replaced: live?.id, uploaded: plan.upload, deleted, copied, bytesUploaded, purge: plan.purge };
}

/**
 * What an unfinished deploy left in the bucket that this one must set right. A deploy that failed
 * before it went live may have overwritten live files this deploy does not change (`reupload`: sent
 * again) and added files this deploy does not have (`stray`: deleted). A deploy that went live but
 * stopped before its deletes left the previous deploy's removed files (`stray`).
 */
async function leftoverOf(store: ObjectStore, state: { live?: LiveRecord; pending?: PendingRecord; manifest: Manifest }, next: Manifest): Promise<{ reupload: string[]; stray: string[] }> {
  const pending = state.pending;
  const otherId = pending && (pending.id === state.live?.id ? pending.base : pending.id);
  const body = otherId ? await store.get(manifestKey(otherId)) : undefined;
  if (!otherId || body === undefined) return { reupload: [], stray: [] };
  const other = parseManifest(zlib.gunzipSync(body).toString("utf8"), manifestKey(otherId));
  const live = new Map(state.manifest.files.map((f) => [f.path, f.sha256]));
  const wanted = new Map(next.files.map((f) => [f.path, f.sha256]));
  const stray = other.files.filter((f) => !live.has(f.path) && !wanted.has(f.path)).map((f) => f.path);
  if (pending.id === state.live?.id) return { reupload: [], stray };
  const reupload = other.files.filter((f) => live.has(f.path) && live.get(f.path) !== f.sha256 && wanted.get(f.path) === live.get(f.path)).map((f) => f.path);
  return { reupload, stray };
}

/** Deletes the manifests of deploys other than `keepDeploys`, and the kept bytes of deploys other than `keepBytes`. */
async function pruneState(store: ObjectStore, keepDeploys: ReadonlySet<string>, keepBytes: string | undefined): Promise<void> {
  const idOf = (key: string, prefix: string): string => key.slice(prefix.length).split("/")[0] ?? "";
  const old = [
    ...(await listAll(store, DEPLOYS_PREFIX)).filter((k) => !keepDeploys.has(idOf(k, DEPLOYS_PREFIX))),
    ...(await listAll(store, PREVIOUS_PREFIX)).filter((k) => idOf(k, PREVIOUS_PREFIX) !== keepBytes),
  ];
  await deleteAll(store, old);
}

/**
 * What a rollback from `undo` back to `target` does: put back every file of `target` whose bytes
 * `undo` replaced or removed (from the kept copies), and delete every file `undo` added.
 */
export function rollbackPlan(undo: Manifest, target: Manifest): { restore: readonly string[]; remove: readonly string[]; purge: readonly string[] } {
  const plan = planDeploy(undo, target);
  return { restore: plan.upload, remove: plan.remove, purge: plan.purge };
}

/**
 * Brings back the deploy before the live one (or, when a deploy failed half way, the one that was
 * live when it started): its files from the kept copies, then its manifest, then deletes the files
 * the undone deploy added. Checks that every copy it needs is there before it changes anything.
 */
export async function rollbackBucket(store: ObjectStore, options: BucketOptions = {}): Promise<BucketResult> {
  const log = options.log ?? (() => undefined);
  const queue = new PQueue({ concurrency: options.concurrency ?? 8 });
  const state = await readBucketState(store);
  // A deploy that failed before it went live is undone first; one that went live is an ordinary deploy.
  const failed = state.pending && state.pending.id !== state.live?.id ? state.pending : undefined;
  const undoId = failed?.id ?? state.live?.id;
  const targetId = failed ? failed.base : state.live?.previous;
  if (!undoId) throw new Error("nothing to roll back: the bucket has no deploy yet");
  if (!targetId) {
    throw new Error(failed
      ? `the deploy that failed (${undoId}) was the first: there is nothing to go back to; deploy again`
      : `nothing to roll back to: deploy ${undoId} is live and no earlier deploy is kept (after a first deploy or a rollback there is none)`);
  }
  const undo = failed ? await readDeployManifest(store, undoId) : state.manifest;
  const target = failed ? state.manifest : await readDeployManifest(store, targetId);
  const plan = rollbackPlan(undo, target);
  const kept = new Set(await listAll(store, `${PREVIOUS_PREFIX}${targetId}/`));
  const missing = plan.restore.filter((p) => !kept.has(backupKey(targetId, p)));
  // Every copy is made before the first upload: a file of a failed deploy without one was never overwritten.
  if (missing.length > 0 && !failed) {
    throw new Error(`cannot roll back to ${targetId}: the previous bytes of ${missing.length} files are not kept (first: ${missing[0]}); nothing was changed`);
  }
  const restore = plan.restore.filter((p) => kept.has(backupKey(targetId, p)));
  await queue.addAll(restore.map((p) => () => store.copy(backupKey(targetId, p), p)));
  log(`Put back ${restore.length} files of deploy ${targetId}.`);
  await putJson(store, LIVE_KEY, { id: targetId, at: new Date().toISOString() } satisfies LiveRecord);
  if (state.pending) await store.delete([PENDING_KEY]);
  await deleteAll(store, plan.remove);
  await pruneState(store, new Set([targetId]), undefined);
  log(`Deleted ${plan.remove.length} files. Deploy ${targetId} is live again.`);
  return { id: targetId, replaced: undoId, uploaded: [], deleted: plan.remove, copied: restore, bytesUploaded: 0, purge: plan.purge };
}
