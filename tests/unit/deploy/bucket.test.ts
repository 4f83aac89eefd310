/**
 * The bookkeeping of the object-storage deploy on small synthetic sites, against s3rver (an
 * S3-compatible server started locally) through the production adapter: what is kept for a
 * rollback, and what a deploy that fails half way leaves for the next run or a rollback.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  backupKey, countingStore, deployToBucket, filesToKeep, listAll, planDeploy, readBucketState, readSiteBuild, redirectTargets, rollbackBucket, rollbackPlan, STATE_PREFIX, writeManifest,
  type ObjectStore, type SiteBuild,
} from "../../../src/deploy/index.js";
import { tempDir } from "../../helpers/site.js";
import { localS3, startS3 } from "../../helpers/stores.js";

/** A built site of the given files, with its manifest. */
function site(files: Record<string, string>): SiteBuild {
  const dir = tempDir("bucket-site");
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  writeManifest(dir);
  return readSiteBuild(dir);
}

const A = { "index.html": "home 1", "a/index.html": "a 1", "b/index.html": "b 1", "old.html": "<a href=/a/>", _redirects: "/old.html /a/ 301\n" };
const B = { "index.html": "home 2", "a/index.html": "a 1", "c/index.html": "c 1", "old.html": "<a href=/a/>", _redirects: "/old.html /a/ 301\n" };

/** The site's files in the bucket, with their text. */
async function contents(store: ObjectStore): Promise<Record<string, string>> {
  const keys = (await listAll(store, "")).filter((k) => !k.startsWith(STATE_PREFIX));
  return Object.fromEntries(await Promise.all(keys.map(async (k) => [k, Buffer.from((await store.get(k)) ?? []).toString()] as const)));
}

/** A store whose puts fail after `n` succeed: a deploy cut off half way (the network, a runner stopped). */
function failingAfter(store: ObjectStore, n: number): ObjectStore {
  let left = n;
  return { ...store, put: async (key, body, options) => { if (left-- <= 0) throw new Error("connection reset"); return store.put(key, body, options); } };
}

describe("rollback bookkeeping", () => {
  it("keeps the live bytes of the files a deploy replaces or removes, and restores them on rollback", () => {
    const a = site(A).manifest;
    const b = site(B).manifest;
    const plan = planDeploy(a, b);
    expect(plan.upload).toEqual(["c/index.html", "index.html"]);
    expect(filesToKeep(a, plan)).toEqual(["b/index.html", "index.html"]);
    expect(rollbackPlan(b, a)).toEqual({ restore: ["b/index.html", "index.html"], remove: ["c/index.html"], purge: ["/", "/c/"] });
  });

  it("refuses a redirect the worker cannot serve, or one whose alias page is missing", () => {
    const a = site(A).manifest;
    expect(redirectTargets([{ from: "/old.html", to: "/a/", status: 301, dynamic: false, length: 1 }], a)).toEqual(new Map([["old.html", "/a/"]]));
    expect(() => redirectTargets([{ from: "/gone.html", to: "/a/", status: 301, dynamic: false, length: 1 }], a)).toThrow(/no page for the alias \/gone.html/);
    expect(() => redirectTargets([{ from: "/x/*", to: "/a/", status: 301, dynamic: true, length: 1 }], a)).toThrow(/not a plain 301/);
  });
});

describe("deploys to an S3-compatible server", () => {
  const s3 = localS3();

  it("uploads only what changed, counts its requests, and rolls back exactly", async () => {
    const { store, counts } = countingStore(s3().store);
    const first = await deployToBucket(store, site(A), { id: "d1" });
    expect(first.uploaded).toEqual(["_redirects", "a/index.html", "b/index.html", "index.html", "old.html"]);
    const second = await deployToBucket(store, site(B), { id: "d2" });
    expect(second.uploaded).toEqual(["c/index.html", "index.html"]);
    expect(second.copied).toEqual(["b/index.html", "index.html"]);
    expect(second.deleted).toEqual(["b/index.html"]);
    expect(await contents(s3().store)).toEqual(B);
    expect((await listAll(s3().store, `${STATE_PREFIX}previous/`)).sort()).toEqual([backupKey("d1", "b/index.html"), backupKey("d1", "index.html")]);
    expect(counts.put).toBeGreaterThan(0);
    expect(counts.bytesSent).toBeGreaterThan(0);

    const unchanged = await deployToBucket(store, site(B));
    expect(unchanged).toMatchObject({ id: "d2", uploaded: [], deleted: [] });

    const back = await rollbackBucket(store);
    expect(back).toMatchObject({ id: "d1", replaced: "d2", deleted: ["c/index.html"] });
    expect(await contents(s3().store)).toEqual(A);
    const state = await readBucketState(s3().store);
    expect(state.live?.id).toBe("d1");
    expect(state.live?.previous).toBeUndefined();
    // The kept bytes of d1 are live again: none are left behind, nor d2's manifest.
    expect(await listAll(s3().store, `${STATE_PREFIX}previous/`)).toEqual([]);
    expect(await listAll(s3().store, `${STATE_PREFIX}deploys/`)).toEqual([`${STATE_PREFIX}deploys/d1/manifest.json.gz`]);
  });

  it("after a deploy that failed half way, a rollback restores the live deploy and the next deploy finishes the job", async () => {
    const bucket = await startS3("half");
    try {
      await deployToBucket(bucket.store, site(A), { id: "d1" });
      // d2 fails after its manifest, its pending mark and one upload.
      await expect(deployToBucket(failingAfter(bucket.store, 3), site(B), { id: "d2", concurrency: 1 })).rejects.toThrow(/connection reset/);
      expect((await readBucketState(bucket.store)).pending?.id).toBe("d2");
      expect(await contents(bucket.store)).not.toEqual(A);
      await rollbackBucket(bucket.store);
      expect(await contents(bucket.store)).toEqual(A);
      expect((await readBucketState(bucket.store)).pending).toBeUndefined();

      // Fails again; then a deploy of another build sets right what the failed one changed.
      await expect(deployToBucket(failingAfter(bucket.store, 4), site(B), { id: "d3", concurrency: 1 })).rejects.toThrow(/connection reset/);
      const C = { ...A, "a/index.html": "a 2" };
      const done = await deployToBucket(bucket.store, site(C), { id: "d4" });
      expect(done.id).toBe("d4");
      expect(await contents(bucket.store)).toEqual(C);
      // And its rollback goes back to d1 exactly, from the bytes kept before the failed run touched them.
      await rollbackBucket(bucket.store);
      expect(await contents(bucket.store)).toEqual(A);
    } finally {
      await bucket.close();
    }
  });

  it("refuses a rollback with nothing to go back to, and a site file under the deploy's own prefix", async () => {
    const bucket = await startS3("empty");
    try {
      await expect(rollbackBucket(bucket.store)).rejects.toThrow(/nothing to roll back: the bucket has no deploy yet/);
      await deployToBucket(bucket.store, site(A), { id: "d1" });
      await expect(rollbackBucket(bucket.store)).rejects.toThrow(/nothing to roll back to: deploy d1 is live/);
      await expect(deployToBucket(bucket.store, site({ ...A, "_deploy/x.html": "x" }))).rejects.toThrow(/_deploy\/x.html: \/_deploy\/ is kept for the deploy's own state/);
    } finally {
      await bucket.close();
    }
  });
});
