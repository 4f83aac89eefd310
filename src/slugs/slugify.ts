import slugifyLib from "@sindresorhus/slugify";
import { LRUCache } from "lru-cache";
import { RUSSIAN_TRANSLITERATION } from "./russian.js";

/**
 * Letters the contract folds by hand. The library's defaults are German-first (ö→oe, ü→ue) and
 * lower-case `İ` becomes `i` plus a combining dot, so every Azerbaijani and Turkish letter is
 * listed here, both cases.
 */
const FOLDS: ReadonlyArray<[string, string]> = [
  ["ə", "e"], ["Ə", "e"],
  ["ı", "i"], ["İ", "i"], ["I", "i"],
  ["ğ", "g"], ["Ğ", "g"],
  ["ö", "o"], ["Ö", "o"],
  ["ş", "s"], ["Ş", "s"],
  ["ü", "u"], ["Ü", "u"],
  ["ç", "c"], ["Ç", "c"],
];

/** Every replacement the slugify library is given: the folds above, then Russian (see `russian.ts`). */
const REPLACEMENTS: Array<[string, string]> = [...FOLDS, ...RUSSIAN_TRANSLITERATION].map(([from, to]) => [from, to]);

/**
 * Slugs already made, newest kept: tags and bylines repeat across thousands of articles. A memo of a
 * pure function, bounded so that a long watching process cannot grow it without end.
 */
const made = new LRUCache<string, string>({ max: 20_000 });
const PLAIN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lower-case ASCII slug with words joined by `-`, folding Azerbaijani and Turkish letters and
 * transliterating Russian Cyrillic by one table.
 * @example slugify("Azərbaycan") // "azerbaycan"
 * @example slugify("Щит и нефть") // "shchit-i-neft"
 * @example slugify("Novruz bayramı") // "novruz-bayrami"
 */
export function slugify(text: string): string {
  // Most file names are slugs already; the transliteration library is the slow path.
  if (PLAIN_SLUG.test(text)) return text;
  let slug = made.get(text);
  if (slug === undefined) {
    slug = slugifyLib(text, { customReplacements: REPLACEMENTS, decamelize: false });
    made.set(text, slug);
  }
  return slug;
}

/** True when `value` is already a plain slug: lower-case ASCII letters and digits joined by single `-`. */
export function isPlainSlug(value: string): boolean {
  return PLAIN_SLUG.test(value);
}
