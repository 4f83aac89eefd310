/**
 * The few object-storage operations a deploy needs. In production an S3 client implements them
 * (`s3-store.ts`, for Cloudflare R2 or AWS S3); tests plug in Miniflare's R2 bucket. Each call is one
 * request to the storage, so counting calls counts requests.
 */

/** What an object is stored with besides its bytes. */
export interface PutOptions {
  readonly contentType: string;
  readonly cacheControl?: string | undefined;
  /** Custom metadata (`x-amz-meta-*`); the edge worker reads `location` as a redirect. */
  readonly metadata?: Readonly<Record<string, string>> | undefined;
}

/** One page of keys under a prefix. */
export interface KeyPage {
  readonly keys: readonly string[];
  /** Pass back to get the next page; absent on the last one. */
  readonly next?: string | undefined;
}

export interface ObjectStore {
  /** The object's bytes, or `undefined` when there is none. */
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, body: Uint8Array, options: PutOptions): Promise<void>;
  /** Copies an object with its type, cache control and metadata. */
  copy(from: string, to: string): Promise<void>;
  /** Deletes at most {@link DELETE_BATCH} keys; a key that is not there is no error. */
  delete(keys: readonly string[]): Promise<void>;
  list(prefix: string, next?: string): Promise<KeyPage>;
}

/** The most keys one delete request takes (S3's DeleteObjects and R2's binding both stop at 1,000). */
export const DELETE_BATCH = 1_000;

/** Requests made and bytes sent through a store. */
export interface StoreCounts {
  get: number;
  put: number;
  copy: number;
  delete: number;
  list: number;
  /** Bytes of object bodies sent by `put`. */
  bytesSent: number;
  /** Bytes of object bodies received by `get`. */
  bytesReceived: number;
}

/** Wraps a store so that every request it makes is counted in `counts`. */
export function countingStore(store: ObjectStore): { store: ObjectStore; counts: StoreCounts } {
  const counts: StoreCounts = { get: 0, put: 0, copy: 0, delete: 0, list: 0, bytesSent: 0, bytesReceived: 0 };
  return {
    counts,
    store: {
      async get(key) {
        counts.get += 1;
        const body = await store.get(key);
        counts.bytesReceived += body?.length ?? 0;
        return body;
      },
      async put(key, body, options) {
        counts.put += 1;
        counts.bytesSent += body.length;
        await store.put(key, body, options);
      },
      async copy(from, to) {
        counts.copy += 1;
        await store.copy(from, to);
      },
      async delete(keys) {
        counts.delete += 1;
        await store.delete(keys);
      },
      async list(prefix, next) {
        counts.list += 1;
        return store.list(prefix, next);
      },
    },
  };
}

/** Every key under `prefix`, page after page. */
export async function listAll(store: ObjectStore, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let next: string | undefined;
  do {
    const page = await store.list(prefix, next);
    keys.push(...page.keys);
    next = page.next;
  } while (next !== undefined);
  return keys;
}

/** Deletes keys in batches the storage accepts. */
export async function deleteAll(store: ObjectStore, keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += DELETE_BATCH) await store.delete(keys.slice(i, i + DELETE_BATCH));
}
