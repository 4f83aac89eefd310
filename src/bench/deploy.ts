/**
 * `npm run bench -- N --deploy [--corpus DIR]`: what one new story costs to put online at N articles.
 * A clean build is deployed for real to a local S3-compatible server (s3rver, through the same S3
 * adapter production uses); then one story is published and one deleted, each built with the build
 * cache and deployed, and every request to the storage is counted. Dry runs check the site against
 * Cloudflare Pages (Free) and the object-storage target. With `--plan-only`, the same figures are
 * counted from the manifests without deploying (see {@link DeployBenchOptions}).
 */
import fs from "node:fs";
import path from "node:path";
import S3rver from "s3rver";
import zlib from "node:zlib";
import { countingStore, deployToBucket, filesToKeep, LimitError, manifestText, parseDeployArgs, planDeploy, readSiteBuild, runDeploy, type BucketResult, type StoreCounts } from "../deploy/index.js";
import { s3Store } from "../deploy/s3-store.js";
import { pickArticles, publishArticle } from "./publish.js";
import { walkFiles } from "../files/index.js";

/** Builds `content` into `output` with the build cache, dated `epoch`; resolves with the seconds it took. */
export type BenchBuild = (content: string, output: string, epoch: number) => Promise<number>;

interface Step {
  readonly name: string;
  readonly buildSeconds: number;
  readonly deploySeconds: number;
  readonly result: BucketResult;
  readonly counts: StoreCounts;
}

/** Bytes of every file under `dir`. */
function folderBytes(dir: string): number {
  let bytes = 0;
  for (const file of walkFiles(dir)) bytes += fs.statSync(path.join(dir, file)).size;
  return bytes;
}

/**
 * What kind of file of the site a path is, to say why a story changes it.
 * @example fileKind("tags/oil/page/3/index.html") // "tag pages"
 */
export function fileKind(file: string): string {
  if (file.startsWith("pagefind/")) return "search index (pagefind/)";
  if (/^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file)) return "article pages";
  if (/^\d{4}\/(\d{2}\/)?(page\/\d+\/)?index\.html$/.test(file)) return "archive pages";
  if (/(^|\/)feed\.xml$/.test(file)) return "feeds";
  if (/sitemap/.test(file)) return "sitemaps";
  if (file.startsWith("tags/")) return "tag pages";
  if (file.startsWith("authors/")) return "author pages";
  if (file.startsWith("latest/")) return "latest pages";
  if (file.startsWith("fragments/")) return "shared fragments";
  if (file === "index.html") return "home page";
  if (file === "404.html") return "404 page";
  if (file.startsWith("search/")) return "search page";
  if (/^[a-z0-9-]+\/(page\/\d+\/)?index\.html$/.test(file)) return "section pages";
  return "other";
}

function byKind(files: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(fileKind(f), (counts.get(fileKind(f)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(", ");
}

const fmt = (x: number): string => x.toLocaleString("en-US");
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** How the bench runs. */
export interface DeployBenchOptions {
  /**
   * Count from the manifests instead of deploying: the files the deploy would upload, delete and
   * keep are the manifest diff it sends (as the end-to-end test checks), and its requests follow
   * from them. For sizes whose first full upload to the local server takes too long.
   */
  readonly planOnly?: boolean;
  /** Start from the build an earlier run left in `work` (its output and build cache) instead of a clean build. */
  readonly reuse?: boolean;
}

/** The requests a deploy of `plan` makes, as `deployToBucket` makes them (a state of one kept deploy before). */
function derivedCounts(uploaded: number, removed: number, kept: number, bytesSent: number): StoreCounts {
  // get: live.json, pending.json, the live manifest; put: each file, the new manifest, the mark, live.json;
  // list: the kept bytes, then the deploys and kept bytes to prune; delete: the mark, the removed files, the pruned state.
  return { get: 3, put: uploaded + 3, copy: kept, list: 3, delete: 1 + Math.ceil(removed / 1000) + 1, bytesSent, bytesReceived: 0 };
}

/** Runs the deploy bench on a corpus folder; `work` is a scratch folder it owns. */
export async function benchDeploy(work: string, corpus: string, epoch: number, build: BenchBuild, log: (line: string) => void, options: DeployBenchOptions = {}): Promise<void> {
  const content = path.join(work, "content");
  const output = path.join(work, "_site");
  let cleanSeconds = 0;
  if (!options.reuse || !fs.existsSync(path.join(output, "manifest.json"))) {
    fs.rmSync(work, { recursive: true, force: true });
    fs.cpSync(corpus, content, { recursive: true });
    log("Clean build (keeps its cache) ...");
    cleanSeconds = await build(content, output, epoch);
  }
  const files = readSiteBuild(output).manifest.files.length;

  // Dry runs: Pages (Free) must refuse, naming the limit; the bucket must pass.
  const dry: string[] = [];
  for (const [target, plan] of [["pages", "free"], ["pages", "paid"], ["bucket", "free"]] as const) {
    try {
      await runDeploy(parseDeployArgs(["--target", target, "--plan", plan, "--dry-run", "--site", output], {}), {}, { log: () => undefined });
      dry.push(`| ${target}${target === "pages" ? ` (${plan})` : ""} | passes |`);
    } catch (error) {
      dry.push(`| ${target}${target === "pages" ? ` (${plan})` : ""} | refused: ${error instanceof LimitError ? error.message : `ERROR ${(error as Error).message}`} |`);
    }
  }

  const steps: Step[] = [];
  let server: S3rver | undefined;
  let deploy: (name: string, buildSeconds: number) => Promise<void>;
  if (options.planOnly) {
    let live = readSiteBuild(output).manifest;
    deploy = async (name, buildSeconds) => {
      const next = readSiteBuild(output).manifest;
      const plan = planDeploy(live, next);
      const size = new Map(next.files.map((f) => [f.path, f.size]));
      const bytesUploaded = plan.upload.reduce((sum, p) => sum + (size.get(p) ?? 0), 0);
      const state = zlib.gzipSync(manifestText(next.files)).length + 300;
      const copied = filesToKeep(live, plan);
      const result: BucketResult = { id: name, uploaded: plan.upload, deleted: plan.remove, copied, bytesUploaded, purge: plan.purge };
      steps.push({ name, buildSeconds, deploySeconds: Number.NaN, result, counts: derivedCounts(plan.upload.length, plan.remove.length, copied.length, bytesUploaded + state) });
      live = next;
      log(`${name}: ${fmt(plan.upload.length)} to upload (${byKind(plan.upload)}), ${fmt(plan.remove.length)} to delete, ${mb(bytesUploaded)} of files and ${mb(state)} of state (counted from the manifests)`);
    };
  } else {
    server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: path.join(work, "s3rver"), configureBuckets: [{ name: "site", configs: [] }] });
    const { port } = (await server.run()) as { port: number };
    const settings = { endpoint: `http://127.0.0.1:${port}`, bucket: "site", region: "auto", accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
    deploy = async (name, buildSeconds) => {
      const { store, counts } = countingStore(s3Store(settings));
      const started = performance.now();
      const result = await deployToBucket(store, readSiteBuild(output), { concurrency: 16 });
      steps.push({ name, buildSeconds, deploySeconds: (performance.now() - started) / 1000, result, counts });
      log(`${name}: ${fmt(result.uploaded.length)} uploaded, ${fmt(result.deleted.length)} deleted`);
    };
  }
  try {
    if (!options.planOnly) {
      log(`First deploy of ${fmt(files)} files to a local S3-compatible server ...`);
      await deploy("first deploy (clean build)", cleanSeconds);
    }
    const { newest } = pickArticles(content);
    const story = publishArticle(newest, epoch, 1);
    log("One story published: cached build and deploy ...");
    await deploy("one new story", await build(content, output, epoch));
    fs.rmSync(story);
    log("The same story deleted: cached build and deploy ...");
    await deploy("one story deleted", await build(content, output, epoch));
  } finally {
    await server?.close();
    fs.rmSync(path.join(work, "s3rver"), { recursive: true, force: true });
  }

  const cacheBytes = folderBytes(path.join(work, ".cache"));
  const siteBytes = folderBytes(output);
  const requests = (c: StoreCounts): number => c.get + c.put + c.copy + c.delete + c.list;
  const lines = [
    `| step | build | deploy | uploaded | deleted | previous bytes kept | requests (get/put/copy/delete/list) | bytes sent |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- |`,
    ...steps.map((s) => `| ${s.name} | ${s.buildSeconds.toFixed(1)} s | ${Number.isNaN(s.deploySeconds) ? "not deployed" : `${s.deploySeconds.toFixed(1)} s`} | ${fmt(s.result.uploaded.length)} | ${fmt(s.result.deleted.length)} | ${fmt(s.result.copied.length)} | ${fmt(requests(s.counts))} (${s.counts.get}/${fmt(s.counts.put)}/${s.counts.copy}/${s.counts.delete}/${s.counts.list}) | ${mb(s.counts.bytesSent)} |`),
  ];
  const story = steps.find((s) => s.name === "one new story");
  log(`\n${fmt(files)} files in the site (${mb(siteBytes)}); the build cache keeps ${mb(cacheBytes)} in .cache/ beside it (${mb(cacheBytes + siteBytes)} with the site).\n`);
  log(lines.join("\n"));
  if (story) {
    log(`\nFiles one new story uploads, by kind: ${byKind(story.result.uploaded)}.`);
    log(`Of its bytes sent, ${mb(story.counts.bytesSent - story.result.bytesUploaded)} are the deploy's own state (the new manifest, gzipped, and live.json).`);
  }
  log(`\n| dry run of the ${fmt(files)}-file site | result |\n| --- | --- |\n${dry.join("\n")}`);
}
