import fs from "node:fs";
import path from "node:path";
import { languageCodes } from "../content/languages.js";
import { ContentError } from "../content/problems.js";
import type { Problem, SiteConfig } from "../content/types.js";

/**
 * The words of the interface ("By", "Updated", "Older →"), one translations file per language in
 * `templates/i18n/<code>.json`. Templates ask for a string by key with the `t` filter; nothing
 * readers see is written in a template itself.
 */

/** The folder of the translations files, inside the templates folder. */
export const STRINGS_DIR = "i18n";
/** The language whose file every other is checked against, and the one a one-language site without its own file uses. */
export const REFERENCE_LANGUAGE = "en";

/** The plural forms a string may have, as Intl.PluralRules names them; `other` is always given. */
type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };
/** One string: plain text with `{name}` placeholders, or one text per plural form of `{count}`. */
export type Phrase = string | PluralForms;
/** One language's strings, by key. */
export type Dictionary = Readonly<Record<string, Phrase>>;
/** Values for a string's placeholders. */
export type PhraseValues = Readonly<Record<string, string | number>>;

const PLURAL_FORMS: ReadonlySet<string> = new Set(["zero", "one", "two", "few", "many", "other"]);
const PLACEHOLDER = /\{(\w+)\}/g;

/** The interface strings of every language of a site. */
export interface InterfaceStrings {
  /** The site's default language. */
  readonly language: string;
  /** Each language's strings, by code. */
  readonly dictionaries: ReadonlyMap<string, Dictionary>;
}

/** The placeholders a phrase uses, in every form, sorted. */
function placeholdersOf(phrase: Phrase): string[] {
  const texts = typeof phrase === "string" ? [phrase] : Object.values(phrase);
  return [...new Set(texts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "")))].sort();
}

/** Why a value cannot be a phrase, or nothing when it can. */
function phraseProblem(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? "is empty" : undefined;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return 'must be text, or one text per plural form like { "one": "{count} article", "other": "{count} articles" }';
  const forms = Object.entries(value as Record<string, unknown>);
  const odd = forms.filter(([form]) => !PLURAL_FORMS.has(form)).map(([form]) => form);
  if (odd.length > 0) return `has ${odd.map((f) => `"${f}"`).join(", ")}, which ${odd.length === 1 ? "is not a plural form" : "are not plural forms"}; the forms are zero, one, two, few, many and other`;
  if (!("other" in value)) return 'needs an "other" form';
  if (forms.some(([, text]) => typeof text !== "string" || text.trim() === "")) return "has a form that is not text or is empty";
  return undefined;
}

/**
 * Checks one language's strings against the reference language's: the same keys, each a phrase,
 * with the same placeholders, and plural forms where the reference has them.
 */
export function dictionaryProblems(dictionary: Readonly<Record<string, unknown>>, reference: Dictionary, file: string): Problem[] {
  const problems: Problem[] = [];
  const missing = Object.keys(reference).filter((key) => !(key in dictionary));
  if (missing.length > 0) problems.push({ file, message: `has no text for ${missing.map((k) => `"${k}"`).join(", ")}: add ${missing.length === 1 ? "it" : "them"}, translated (see ${REFERENCE_LANGUAGE}.json)` });
  for (const [key, value] of Object.entries(dictionary)) {
    const expected = reference[key];
    if (expected === undefined) {
      problems.push({ file, message: `"${key}" is not a string the templates know (see ${REFERENCE_LANGUAGE}.json): remove it or check its spelling` });
      continue;
    }
    const wrong = phraseProblem(value);
    if (wrong) {
      problems.push({ file, message: `"${key}" ${wrong}` });
      continue;
    }
    // A plural string may be one text in a language without plural forms after numbers (Azerbaijani).
    const phrase = value as Phrase;
    const want = placeholdersOf(expected);
    const have = placeholdersOf(phrase);
    if (want.join() !== have.join()) {
      problems.push({ file, message: `"${key}" must use the placeholders ${want.map((p) => `{${p}}`).join(", ") || "none"}, as in ${REFERENCE_LANGUAGE}.json; it uses ${have.map((p) => `{${p}}`).join(", ") || "none"}` });
    }
  }
  return problems;
}

/** Reads one translations file; problems when it is missing, not JSON or not an object. */
function readDictionary(file: string, shown: string): { dictionary?: Record<string, unknown>; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : "cannot be read";
    return { problems: [{ file: shown, message: `the interface strings ${reason}` }] };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { problems: [{ file: shown, message: 'must hold one object of strings by key, like { "byline.by": "By" }' }] };
  return { dictionary: raw as Record<string, unknown>, problems: [] };
}

/**
 * Reads the translations file of every language of the site from `<templatesDir>/i18n/`, checked
 * against `en.json`. A site with `languages` needs a file for each; a one-language site (no
 * `languages`) shows the English strings whatever its language, as it did before there were files.
 * Throws a {@link ContentError} naming every file and string that is wrong.
 */
export function readInterfaceStrings(templatesDir: string, site: Pick<SiteConfig, "language" | "languages">, rootDir: string = process.cwd()): InterfaceStrings {
  const dir = path.join(templatesDir, STRINGS_DIR);
  const fileOf = (code: string): string => path.join(dir, `${code}.json`);
  const shownOf = (code: string): string => path.relative(rootDir, fileOf(code));
  const reference = readDictionary(fileOf(REFERENCE_LANGUAGE), shownOf(REFERENCE_LANGUAGE));
  if (!reference.dictionary) throw new ContentError(reference.problems);
  const problems = Object.entries(reference.dictionary).flatMap(([key, value]) => {
    const wrong = phraseProblem(value);
    return wrong ? [{ file: shownOf(REFERENCE_LANGUAGE), message: `"${key}" ${wrong}` }] : [];
  });
  if (problems.length > 0) throw new ContentError(problems);
  const english = reference.dictionary as Dictionary;
  const dictionaries = new Map<string, Dictionary>();
  for (const code of languageCodes(site)) {
    if (code === REFERENCE_LANGUAGE) {
      dictionaries.set(code, english);
      continue;
    }
    if (!site.languages) {
      // A one-language site keeps the English words it always had, whatever its language, until its
      // pages carry their language (and dates in it) too.
      dictionaries.set(code, english);
      continue;
    }
    if (!fs.existsSync(fileOf(code))) {
      problems.push({ file: shownOf(code), message: `is missing: the site publishes in ${code}, so its interface strings are needed; copy ${REFERENCE_LANGUAGE}.json there and translate each text` });
      continue;
    }
    const read = readDictionary(fileOf(code), shownOf(code));
    problems.push(...read.problems);
    if (!read.dictionary) continue;
    const found = dictionaryProblems(read.dictionary, english, shownOf(code));
    problems.push(...found);
    if (found.length === 0) dictionaries.set(code, read.dictionary as Dictionary);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { language: site.language, dictionaries };
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural form of `count` in a language: "one" for 1 in English, "few" for 3 in Russian. */
function pluralForm(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/**
 * A phrase in a language, with its placeholders filled; a plural phrase takes the form of
 * `values.count` (the `other` form where the language's file gives no better one).
 * @example formatPhrase({ one: "{count} article", other: "{count} articles" }, "en", { count: 2 }) // "2 articles"
 */
export function formatPhrase(phrase: Phrase, lang: string, values: PhraseValues = {}): string {
  const count = values["count"];
  const text = typeof phrase === "string" ? phrase : (typeof count === "number" ? phrase[pluralForm(lang, count)] : undefined) ?? phrase.other;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the interface string "${text}" needs a value for {${name}}`);
    return String(value);
  });
}

/**
 * The string `key` in language `lang` (the site's default language when `lang` is not one of the
 * site's). A key no file has is a template's mistake, and an error.
 * @example translate(strings, "ru", "article.updated") // "Обновлено"
 */
export function translate(strings: InterfaceStrings, lang: string | undefined, key: string, values: PhraseValues = {}): string {
  const code = lang !== undefined && strings.dictionaries.has(lang) ? lang : strings.language;
  const phrase = strings.dictionaries.get(code)?.[key];
  if (phrase === undefined) throw new Error(`no interface string "${key}" in ${STRINGS_DIR}/${code}.json: add it to every language's file`);
  return formatPhrase(phrase, code, values);
}
