import { contentHash } from "./hash.js";

/** Strings longer than this are hashed inside a digest; shorter ones are written out. */
const INLINE = 64;

/**
 * A stable digest of plain data: the key of whatever is made from it. Equal data gives an equal
 * digest, whatever order its objects' keys were set in; any change anywhere in it gives another.
 * Each object is digested once and remembered, so a story shown on a hundred pages is hashed once:
 * the data handed to pages is never changed once made, and a watching process keeps its digests as
 * long as it keeps the objects.
 *
 * What it takes: strings, numbers, booleans, `null`, `undefined`, arrays, maps, sets and plain
 * objects. A function or any other kind of object (a luxon date, say), whose bytes do not say what a
 * page would show, is refused with an error, so that page data cannot hold something its key misses.
 *
 * One exception keeps bodies off the heap: an object may have getters (an article view's `html`,
 * read from the build cache only when a page shows it) if it has a string `contentKey`, the hash of
 * everything those getters return is made from. Its data properties, `contentKey` among them, are
 * digested; the getters are not called.
 */
export class Digests {
  readonly #known = new WeakMap<object, string>();

  /** The digest of `value`: a short string for a primitive, a hash for anything else. */
  of(value: unknown): string {
    switch (typeof value) {
      case "string":
        return value.length <= INLINE ? `s${JSON.stringify(value)}` : `h${contentHash(value)}`;
      case "number":
        return `n${value}`;
      case "boolean":
        return value ? "t" : "f";
      case "undefined":
        return "u";
      case "bigint":
        return `i${value}`;
      case "object":
        return value === null ? "z" : this.#object(value);
      default:
        throw new TypeError(`page data holds a ${typeof value}, which has no digest: hand the template the data it shows, not code`);
    }
  }

  #object(value: object): string {
    const known = this.#known.get(value);
    if (known !== undefined) return known;
    const digest = `o${contentHash(this.#parts(value).join("\0"))}`;
    this.#known.set(value, digest);
    return digest;
  }

  #parts(value: object): string[] {
    if (Array.isArray(value)) return ["[", ...value.map((v) => this.of(v))];
    if (value instanceof Map) return ["M", ...[...value].flatMap(([k, v]) => [this.of(k), this.of(v)])];
    if (value instanceof Set) return ["S", ...[...value].map((v) => this.of(v))];
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`page data holds a ${(value.constructor as { name?: string } | undefined)?.name ?? "class"} object, which has no digest: hand the template plain data`);
    }
    const parts = ["{"];
    const descriptors = Object.getOwnPropertyDescriptors(value);
    for (const key of Object.keys(descriptors).sort()) {
      const descriptor = descriptors[key] as PropertyDescriptor;
      if ("value" in descriptor) {
        if (descriptor.enumerable) parts.push(JSON.stringify(key), this.of(descriptor.value));
      } else if (typeof (value as { contentKey?: unknown }).contentKey !== "string") {
        throw new TypeError(`page data has a getter "${key}" on an object without a contentKey: nothing says what it returns`);
      }
    }
    return parts;
  }
}
