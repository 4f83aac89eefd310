/**
 * The object-storage deploy end to end, against real implementations started locally: a fixture
 * site is built, deployed, given a new story, then loses one, then is rolled back; after each step
 * the edge worker (in Miniflare, with an R2 bucket) serves pages, an alias's 301, the site's headers
 * and a 404 (a folder's own, a language's say, where the bucket has one), and the bucket holds exactly the build's files. The same steps run against s3rver
 * through the production S3 adapter.
 */
import fs from "node:fs";
import path from "node:path";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  contentSecurityPolicy, deployToBucket, IMMUTABLE, listAll, planDeploy, readSiteBuild, rollbackBucket, SHORT, STATE_PREFIX,
  type BucketResult, type Manifest, type ObjectStore,
} from "../../src/deploy/index.js";
import { buildSite, copyFixture, tempDir, writeFiles } from "../helpers/site.js";
import { localS3, startEdge } from "../helpers/stores.js";

const STORY = "/2016/03/03/military-ties/";
const ALIAS = "/politics/94020.html";
const NEW_STORY = "/2016/07/01/new-story/";
const DELETED = "/2016/06/02/local-time/";

/** The three builds the steps deploy: the fixture (with an alias), plus a new story, minus one story. */
const builds: { first: string; published: string; deleted: string } = { first: "", published: "", deleted: "" };

async function build(content: string, name: string): Promise<string> {
  const output = path.join(tempDir(`deploy-${name}`), "_site");
  const run = await buildSite(content, output);
  if (run.code !== 0) throw new Error(`the ${name} build failed:\n${run.stderr}`);
  return output;
}

beforeAll(async () => {
  const content = copyFixture("basic");
  const ties = path.join(content, "articles/2016/03/military-ties.md");
  fs.writeFileSync(ties, fs.readFileSync(ties, "utf8").replace("section: politics\n", `section: politics\naliases: [${ALIAS}]\n`));
  builds.first = await build(content, "first");
  writeFiles(content, { "articles/2016/07/new-story.md": "---\ntitle: A new story arrives\ndate: 2016-07-01T09:00:00+04:00\nbyline: amina-test\nsection: politics\n---\nThe newest story of the fixture.\n" });
  builds.published = await build(content, "published");
  fs.rmSync(path.join(content, "articles/2016/06/local-time.md"));
  builds.deleted = await build(content, "deleted");
}, 180_000);

const manifestOf = (dir: string): Manifest => readSiteBuild(dir).manifest;

/** The site's keys in the bucket (its own state aside) are exactly the build's files, with the build's bytes. */
async function expectBucketHolds(store: ObjectStore, dir: string): Promise<void> {
  const keys = (await listAll(store, "")).filter((k) => !k.startsWith(STATE_PREFIX)).sort();
  const manifest = manifestOf(dir);
  expect(keys).toEqual(manifest.files.map((f) => f.path));
  for (const file of manifest.files.filter((f) => f.path.endsWith("index.html")).slice(0, 40)) {
    expect(Buffer.from((await store.get(file.path)) ?? []).equals(fs.readFileSync(path.join(dir, file.path))), file.path).toBe(true);
  }
}

/** What a deploy uploaded and deleted is the manifest diff from the build before. */
function expectDiff(result: BucketResult, before: string | undefined, after: string): void {
  const plan = planDeploy(before ? manifestOf(before) : { files: [] }, manifestOf(after));
  expect(result.uploaded).toEqual(plan.upload);
  expect([...result.deleted].sort()).toEqual([...plan.remove].sort());
}

/** The four steps, each followed by `check` with the build that should be live. */
async function runSteps(store: ObjectStore, check: (step: string, live: string) => Promise<void>): Promise<BucketResult[]> {
  const results: BucketResult[] = [];
  results.push(await deployToBucket(store, readSiteBuild(builds.first), { concurrency: 4 }));
  expectDiff(results[0]!, undefined, builds.first);
  await check("first deploy", builds.first);
  results.push(await deployToBucket(store, readSiteBuild(builds.published), { concurrency: 4 }));
  expectDiff(results[1]!, builds.first, builds.published);
  await check("a story published", builds.published);
  results.push(await deployToBucket(store, readSiteBuild(builds.deleted), { concurrency: 4 }));
  expectDiff(results[2]!, builds.published, builds.deleted);
  await check("a story deleted", builds.deleted);
  results.push(await rollbackBucket(store, { concurrency: 4 }));
  await check("rolled back", builds.published);
  return results;
}

describe("deploy to R2, served by the edge worker in Miniflare", () => {
  let edge: Awaited<ReturnType<typeof startEdge>>;
  beforeAll(async () => {
    edge = await startEdge();
  }, 60_000);
  afterAll(async () => {
    await edge?.dispose();
  });

  const get = (mf: Miniflare, url: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
    mf.dispatchFetch(`https://news.example${url}`, { ...init, redirect: "manual" });

  it("deploys, publishes, deletes and rolls back, and the edge serves each state", async () => {
    const results = await runSteps(edge.store, async (step, live) => {
      await expectBucketHolds(edge.store, live);
      const mf = edge.mf;
      const story = await get(mf, STORY);
      expect(story.status, step).toBe(200);
      expect(story.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(story.headers.get("cache-control")).toBe(SHORT);
      expect(story.headers.get("content-security-policy")).toBe(contentSecurityPolicy());
      expect(story.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await story.text()).toContain("Two countries boost military ties");

      const alias = await get(mf, ALIAS);
      expect(alias.status, step).toBe(301);
      expect(alias.headers.get("location")).toBe(STORY);
      await alias.arrayBuffer();

      const css = fs.readdirSync(path.join(live, "assets")).find((f) => f.endsWith(".css") && f.startsWith("site."));
      const asset = await get(mf, `/assets/${css}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get("cache-control")).toBe(IMMUTABLE);
      expect(asset.headers.get("content-type")).toBe("text/css; charset=utf-8");
      await asset.arrayBuffer();

      const missing = await get(mf, "/no/such/page/");
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe(fs.readFileSync(path.join(live, "404.html"), "utf8"));

      for (const hidden of ["/_deploy/live.json", "/_headers", "/_redirects"]) {
        const response = await get(mf, hidden);
        expect(response.status, hidden).toBe(404);
        await response.arrayBuffer();
      }

      const published = await get(mf, NEW_STORY);
      expect(published.status, step).toBe(live === builds.first ? 404 : 200);
      await published.arrayBuffer();
      const deleted = await get(mf, DELETED);
      expect(deleted.status, step).toBe(live === builds.deleted ? 404 : 200);
      await deleted.arrayBuffer();
    });
    // The rollback put back the deleted story's files and removed what the undone deploy added.
    const plan = planDeploy(manifestOf(builds.deleted), manifestOf(builds.published));
    expect([...results[3]!.copied].sort()).toEqual([...plan.upload].sort());
    expect([...results[3]!.deleted].sort()).toEqual([...plan.remove].sort());
    // One step back only: the rolled-back deploy has no earlier one kept.
    await expect(rollbackBucket(edge.store)).rejects.toThrow(/nothing to roll back to/);
  });

  it("answers a missing path under a folder with that folder's 404.html, and elsewhere with the site's", async () => {
    // The basic fixture has one language; a language's page (`az/404.html`, as a site with an
    // Azerbaijani edition deploys it) is put beside the deploy's files, and a page in the deploy's
    // own hidden folder, which must never be served, is put there too.
    const page = (text: string) => new TextEncoder().encode(`<!doctype html><html lang="az"><title>${text}</title><p>${text}</p></html>\n`);
    const azerbaijani = "Səhifə tapılmadı";
    const extra = ["az/404.html", `${STATE_PREFIX}404.html`];
    await edge.store.put("az/404.html", page(azerbaijani), { contentType: "text/html; charset=utf-8" });
    await edge.store.put(`${STATE_PREFIX}404.html`, page("hidden"), { contentType: "text/html; charset=utf-8" });
    try {
      const mf = edge.mf;
      const site = fs.readFileSync(path.join(builds.published, "404.html"), "utf8");
      for (const url of ["/az/2016/03/03/nothing/", "/az/tags/no-such-tag/", "/az/nothing.html", "/az%2Fnothing/"]) {
        const response = await get(mf, url);
        expect(response.status, url).toBe(404);
        expect(response.headers.get("content-type"), url).toBe("text/html; charset=utf-8");
        expect(response.headers.get("content-security-policy"), url).toBe(contentSecurityPolicy());
        expect(await response.text(), url).toContain(azerbaijani);
      }
      const head = await get(mf, "/az/nothing/", { method: "HEAD" });
      expect(head.status).toBe(404);
      expect(head.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect((await head.arrayBuffer()).byteLength).toBe(0);
      // A folder without a page of its own, the top level, and the hidden folder get the site's.
      for (const url of ["/ru/2016/03/03/nothing/", "/2016/03/03/nothing/", "/nothing.html", "/_deploy/nothing/", "/_deploy/live.json"]) {
        const response = await get(mf, url);
        expect(response.status, url).toBe(404);
        expect(await response.text(), url).toBe(site);
      }
      // The folder's page itself, asked for, is a page like any other.
      const direct = await get(mf, "/az/404.html");
      expect(direct.status).toBe(200);
      expect(await direct.text()).toContain(azerbaijani);
    } finally {
      await edge.store.delete(extra);
    }
  });

  it("answers HEAD without a body, a folder without its slash with a 301, and a matching If-None-Match with 304", async () => {
    const mf = edge.mf;
    const head = await get(mf, "/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const etag = head.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const again = await get(mf, "/", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
    const slash = await get(mf, "/politics");
    expect(slash.status).toBe(301);
    expect(slash.headers.get("location")).toBe("/politics/");
    const post = await get(mf, "/", { method: "POST" });
    expect(post.status).toBe(405);
    await post.arrayBuffer();
  });
});

describe("deploy to an S3-compatible server (s3rver) through the S3 adapter", () => {
  const s3 = localS3();

  it("runs the same steps, storing each file with its type, cache rule and redirect", async () => {
    const client = new S3Client({ endpoint: s3().settings.endpoint, region: "auto", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
    const headOf = (key: string) => client.send(new HeadObjectCommand({ Bucket: s3().settings.bucket, Key: key }));
    await runSteps(s3().store, async (step, live) => {
      await expectBucketHolds(s3().store, live);
      const page = await headOf(STORY.slice(1) + "index.html");
      expect(page.ContentType, step).toBe("text/html; charset=utf-8");
      expect(page.CacheControl).toBe(SHORT);
      const alias = await headOf(ALIAS.slice(1));
      expect(alias.Metadata?.location).toBe(STORY);
    });
  });
});
