import { contentHash } from "./hash.js";

/**
 * Strings longer than this are hashed inside a digest; shorter ones are written out. A hash costs a
 * call into the crypto library whatever its length: a headline or a summary is cheaper copied.
 */
const INLINE_STRING = 1024;
/** Objects whose digest would be longer than this are hashed; shorter ones are written out. */
const INLINE_OBJECT = 128;


/** Whether JSON writes `value` as it is: a string, a finite number, a boolean or null (and leaves out undefined). */
function primitive(value: unknown): boolean {
  const type = typeof value;
  return type === "string" || type === "boolean" || type === "undefined" || value === null || (type === "number" && Number.isFinite(value));
}

const QUOTED = new Map<string, string>();

/** A property name as JSON, remembered: page data has few names and many objects. */
function quoted(key: string): string {
  let found = QUOTED.get(key);
  if (found === undefined) {
    found = JSON.stringify(key);
    if (QUOTED.size < 10_000) QUOTED.set(key, found);
  }
  return found;
}

/**
 * A stable digest of plain data: the key of whatever is made from it. Equal data made the same way
 * (its objects' keys set in the same order) gives an equal digest; any change anywhere in it gives
 * another. A property set to `undefined` counts as absent, as a template sees it.
 * Each object is digested once and remembered, so a story shown on a hundred pages is hashed once:
 * the data handed to pages is never changed once made, and a watching process keeps its digests as
 * long as it keeps the objects.
 *
 * What it takes: strings, numbers, booleans, `null`, `undefined`, arrays, maps, sets and plain
 * objects. A function or any other kind of object (a luxon date, say), whose bytes do not say what a
 * page would show, is refused with an error, so that page data cannot hold something its key misses.
 *
 * One exception keeps bodies off the heap: the getters of an object with a string `contentKey` (an
 * article view's `html`, read from the build cache only when a page shows it) are left out, since the
 * `contentKey` is the hash of everything they return is made from; its data properties, `contentKey`
 * among them, are digested. Any other object's getters are read like its other properties.
 */
export class Digests {
  readonly #known = new WeakMap<object, string>();

  /** The digest of `value`: a short string for a primitive, a hash for anything else. */
  of(value: unknown): string {
    switch (typeof value) {
      case "string":
        return value.length <= INLINE_STRING ? `s${JSON.stringify(value)}` : `h${contentHash(value)}`;
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
    const parts = this.#parts(value);
    // A small object is written out: hashing it would cost more than the bytes it saves its parents.
    const digest = parts.length <= INLINE_OBJECT ? `o${parts}` : `O${contentHash(parts)}`;
    this.#known.set(value, digest);
    return digest;
  }

  #parts(value: object): string {
    let parts: string;
    if (Array.isArray(value)) {
      parts = "[";
      for (const item of value) parts += `${this.of(item)},`;
      return `${parts}]`;
    }
    if (value instanceof Map) {
      parts = "M";
      for (const [k, v] of value) parts += `${this.of(k)}:${this.of(v)},`;
      return parts;
    }
    if (value instanceof Set) {
      parts = "S";
      for (const v of value) parts += `${this.of(v)},`;
      return parts;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`page data holds a ${(value.constructor as { name?: string } | undefined)?.name ?? "class"} object, which has no digest: hand the template plain data`);
    }
    // Only an object with a contentKey may keep a getter out of its digest; any other's getters are read.
    const standing = typeof (value as { contentKey?: unknown }).contentKey === "string";
    const keys = Object.keys(value);
    // An object of primitives only (a date, a tag, a link) is written by JSON, which is native and fast;
    // JSON leaves out a property set to undefined, as a template sees it: as absent.
    if (!standing && keys.every((key) => primitive((value as Record<string, unknown>)[key]))) return JSON.stringify(value);
    parts = "{";
    for (const key of keys) {
      if (standing) {
        const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
        if (!("value" in descriptor)) continue;
      }
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) parts += `${quoted(key)}:${this.of(field)},`;
    }
    return `${parts}}`;
  }
}
