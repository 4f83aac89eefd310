/**
 * How Russian Cyrillic becomes ASCII in slugs: one letter to one fixed spelling, in the manner of
 * the BGN/PCGN romanisation without its diacritics and apostrophes, which is how English-language
 * news in the region spells Russian names (Khrushchev, Shchusev, Tsvetaeva). The slugify library's
 * own defaults differ on a few letters (щ→sch, ё→yo, ъ→ye); this table is the project's choice and
 * is documented in docs/languages.md. Hard and soft signs leave nothing: `Жизнь` → `zhizn`.
 */
const LOWER: ReadonlyArray<readonly [string, string]> = [
  ["а", "a"], ["б", "b"], ["в", "v"], ["г", "g"], ["д", "d"], ["е", "e"], ["ё", "e"], ["ж", "zh"],
  ["з", "z"], ["и", "i"], ["й", "y"], ["к", "k"], ["л", "l"], ["м", "m"], ["н", "n"], ["о", "o"],
  ["п", "p"], ["р", "r"], ["с", "s"], ["т", "t"], ["у", "u"], ["ф", "f"], ["х", "kh"], ["ц", "ts"],
  ["ч", "ch"], ["ш", "sh"], ["щ", "shch"], ["ъ", ""], ["ы", "y"], ["ь", ""], ["э", "e"], ["ю", "yu"],
  ["я", "ya"],
];

/**
 * Every Russian letter, lower and upper case, with its ASCII spelling (the slug is lower-cased after).
 * @example new Map(RUSSIAN_TRANSLITERATION).get("Щ") // "shch"
 */
export const RUSSIAN_TRANSLITERATION: ReadonlyArray<readonly [string, string]> = [
  ...LOWER,
  ...LOWER.map(([letter, ascii]): readonly [string, string] => [letter.toUpperCase(), ascii]),
];
