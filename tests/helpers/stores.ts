/**
 * The object stores the deploy tests run against, each a real implementation started locally:
 * Miniflare's R2 bucket (Cloudflare's workerd runtime, from npm) and s3rver (an S3-compatible server
 * from npm) through the production S3 adapter.
 */
import { Miniflare } from "miniflare";
import { afterAll, beforeAll } from "vitest";
import S3rver from "s3rver";
import type { ObjectStore } from "../../src/deploy/index.js";
import { s3Store, type S3Settings } from "../../src/deploy/s3-store.js";
import { bundleWorker } from "../../src/deploy/worker/bundle.js";
import { tempDir } from "./site.js";

/** The parts of Miniflare's R2 bucket the adapter uses. */
interface R2Like {
  get(key: string): Promise<{ arrayBuffer(): Promise<ArrayBuffer>; httpMetadata?: object; customMetadata?: Record<string, string> } | null>;
  put(key: string, body: Uint8Array | ArrayBuffer, options: { httpMetadata?: object; customMetadata?: Record<string, string> }): Promise<unknown>;
  delete(keys: string[]): Promise<void>;
  list(options: { prefix: string; cursor?: string }): Promise<{ objects: Array<{ key: string }>; truncated: boolean; cursor?: string }>;
}

/** The deploy's storage interface over an R2 bucket binding (R2 has no copy: a get and a put). */
export function r2Store(bucket: R2Like): ObjectStore {
  return {
    async get(key) {
      const object = await bucket.get(key);
      return object ? new Uint8Array(await object.arrayBuffer()) : undefined;
    },
    async put(key, body, options) {
      // An ArrayBuffer of its own: Miniflare's proxy does not take a view into Node's shared buffer pool.
      await bucket.put(key, body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer, { httpMetadata: { contentType: options.contentType, ...(options.cacheControl ? { cacheControl: options.cacheControl } : {}) }, customMetadata: { ...options.metadata } });
    },
    async copy(from, to) {
      const object = await bucket.get(from);
      if (!object) throw new Error(`no object ${from} to copy`);
      await bucket.put(to, await object.arrayBuffer(), { httpMetadata: object.httpMetadata ?? {}, customMetadata: object.customMetadata ?? {} });
    },
    async delete(keys) {
      if (keys.length > 0) await bucket.delete([...keys]);
    },
    async list(prefix, next) {
      const page = await bucket.list({ prefix, ...(next ? { cursor: next } : {}) });
      return { keys: page.objects.map((o) => o.key), next: page.truncated ? page.cursor : undefined };
    },
  };
}

/** The edge worker, bundled with esbuild, running in Miniflare with an R2 bucket bound as `SITE`. */
export async function startEdge(): Promise<{ mf: Miniflare; store: ObjectStore; dispose: () => Promise<void> }> {
  const mf = new Miniflare({
    modules: true,
    script: await bundleWorker(),
    compatibilityDate: "2026-04-01",
    r2Buckets: ["SITE"],
    r2Persist: tempDir("r2"),
  });
  const bucket = (await mf.getR2Bucket("SITE")) as unknown as R2Like;
  return { mf, store: r2Store(bucket), dispose: () => mf.dispose() };
}

/** s3rver on a port the OS chooses, with one empty bucket, and the settings that reach it. */
export async function startS3(bucket = "site"): Promise<{ settings: S3Settings; store: ObjectStore; close: () => Promise<void> }> {
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: tempDir("s3rver"), configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = (await server.run()) as { port: number };
  const settings: S3Settings = { endpoint: `http://127.0.0.1:${port}`, bucket, region: "auto", accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  return { settings, store: s3Store(settings), close: () => server.close() };
}

/** An s3rver for the tests of the calling `describe` block: started before them, closed after; call the result for it. */
export function localS3(): () => Awaited<ReturnType<typeof startS3>> {
  let s3: Awaited<ReturnType<typeof startS3>> | undefined;
  beforeAll(async () => {
    s3 = await startS3();
  });
  afterAll(async () => {
    await s3?.close();
  });
  return () => {
    if (!s3) throw new Error("the local S3 server has not started");
    return s3;
  };
}
