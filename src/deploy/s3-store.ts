import { CopyObjectCommand, DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { KeyPage, ObjectStore, PutOptions } from "./store.js";

/** Where the bucket is and how to sign in: from S3_* variables (see `deployEnv`). */
export interface S3Settings {
  readonly endpoint: string;
  readonly bucket: string;
  /** `auto` for Cloudflare R2. */
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/**
 * An {@link ObjectStore} over any S3-compatible storage (Cloudflare R2, AWS S3). Paths are addressed
 * path-style, which every S3-compatible server accepts, and checksums are sent only where the
 * operation requires one, since not every S3-compatible server reads the newer checksum headers.
 */
export function s3Store(settings: S3Settings): ObjectStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = settings.bucket;
  return {
    async get(key: string): Promise<Uint8Array | undefined> {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return undefined;
        throw error;
      }
    },
    async put(key: string, body: Uint8Array, options: PutOptions): Promise<void> {
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: options.contentType, CacheControl: options.cacheControl, Metadata: options.metadata ? { ...options.metadata } : undefined }));
    },
    async copy(from: string, to: string): Promise<void> {
      // The source is `bucket/key`, URL-encoded segment by segment; metadata is copied with the bytes.
      const source = `${Bucket}/${from.split("/").map(encodeURIComponent).join("/")}`;
      await client.send(new CopyObjectCommand({ Bucket, Key: to, CopySource: source, MetadataDirective: "COPY" }));
    },
    async delete(keys: readonly string[]): Promise<void> {
      if (keys.length === 0) return;
      const out = await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }));
      const failed = out.Errors ?? [];
      if (failed.length > 0) throw new Error(`could not delete ${failed.length} objects, first ${failed[0]?.Key}: ${failed[0]?.Message ?? failed[0]?.Code}`);
    },
    async list(prefix: string, next?: string): Promise<KeyPage> {
      const out = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken: next }));
      return { keys: (out.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])), next: out.IsTruncated ? out.NextContinuationToken : undefined };
    },
  };
}
