import { BREAKING_FIELDS } from "./schema.js";

/** What the reading of `breaking` needs to know of the site: its default language and its languages. */
export interface BreakingSite {
  readonly language: string;
  /** The site's languages by code; absent on a one-language site. */
  readonly languages?: Readonly<Record<string, unknown>>;
}

/** A place in the picks file, as keys from its top: `["breaking"]`, `["breaking", "az"]`. */
export type FilePath = readonly string[];

/** One breaking-news line to read: the language whose pages show it, and where its fields are. */
export interface BreakingEntry {
  readonly lang: string;
  readonly at: FilePath;
}

/** A problem or a warning about the shape of `breaking`, at its place in the file. */
export interface BreakingNote {
  readonly at: FilePath;
  readonly message: string;
}

/** The lines `breaking` holds, and what is wrong with its shape; each line's fields are checked by the caller. */
export interface BreakingForm {
  readonly entries: readonly BreakingEntry[];
  readonly problems: readonly BreakingNote[];
  readonly warnings: readonly BreakingNote[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Whether a language's line is empty, as the desk writes one an editor left blank: nothing, `{}`,
 * or fields that are all empty text. Such a line means "no breaking news in this language".
 * @example isBlankLine({ text: "", link: "", until: "" }) // true
 */
export function isBlankLine(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (!isRecord(value)) return false;
  return Object.values(value).every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""));
}

const ONE_LINE = 'one line as breaking: { text: "Polls have closed", link: /2016/03/03/polls-close/, until: 2016-03-03T23:00 }';
const unknownField = (at: FilePath, known: readonly string[]): BreakingNote => ({ at, message: `unknown field "${at.join(".")}" is ignored (known fields: ${known.join(", ")})` });
const FIELDS = [...BREAKING_FIELDS];

/**
 * Which lines the `breaking` value of the picks file holds, by the contract's "one value or one per
 * language" (as for section titles):
 * - one line, `{ text, link, until }`: the default language's, exactly as a one-language site has it;
 * - a map from language code to such a line. On a site with `languages` every key must be one of
 *   them; on a site without, the one key allowed is its `language`. A language's blank line (see
 *   {@link isBlankLine}) is no line: the desk writes one for each language an editor leaves empty.
 *   An empty map, `{}`, is no line at all on a site with `languages`.
 * On a site with `languages`, one line may stand beside the languages' own (a file written before the
 * site had languages, then edited in the desk): it is the default language's, unless that language
 * has its own line too, which takes its place with a warning. Everything else the value may be is
 * read as the one line, whose fields then say what is wrong, as before.
 * @example breakingForm({ az: { text: "x", until: "2016-03-03T23:00" } }, site).entries // [{ lang: "az", at: ["breaking", "az"] }]
 */
export function breakingForm(value: unknown, site: BreakingSite): BreakingForm {
  const languages = site.languages ? Object.keys(site.languages) : undefined;
  const top: FilePath = ["breaking"];
  const alone = { entries: [{ lang: site.language, at: top }], problems: [], warnings: [] };
  if (!isRecord(value)) return alone;
  const keys = Object.keys(value);
  const single = keys.some((k) => BREAKING_FIELDS.has(k));
  // A key that holds a line (or nothing) makes a map; on a one-language site, a map must hold at least one.
  const holdsLines = keys.some((k) => value[k] === null || isRecord(value[k]));
  const map = !single && (languages !== undefined || (keys.length > 0 && holdsLines));

  if (!map && !languages) return { ...alone, warnings: keys.filter((k) => !BREAKING_FIELDS.has(k)).map((k) => unknownField([...top, k], FIELDS)) };

  const entries: BreakingEntry[] = [];
  const problems: BreakingNote[] = [];
  const warnings: BreakingNote[] = [];
  const lineOf = (lang: string): void => {
    const at = [...top, lang];
    const line = value[lang];
    if (isBlankLine(line)) return;
    if (!isRecord(line)) {
      problems.push({ at, message: `${at.join(".")} must be a line like: ${lang}: { text: "Polls have closed", link: /2016/03/03/polls-close/, until: 2016-03-03T23:00 }` });
      return;
    }
    entries.push({ lang, at });
    for (const key of Object.keys(line)) if (!BREAKING_FIELDS.has(key)) warnings.push(unknownField([...at, key], FIELDS));
  };

  if (single && languages) {
    // One line beside the languages' own: the default language's, unless that language has its own.
    for (const key of keys) if (languages.includes(key)) lineOf(key);
    if (entries.some((e) => e.lang === site.language)) {
      const fields = keys.filter((k) => BREAKING_FIELDS.has(k));
      warnings.push({ at: [...top, fields[0] ?? "text"], message: `breaking has a line written alone (${fields.join(", ")}) and one under breaking.${site.language}: the one under ${site.language} is shown and the other ignored; remove ${fields.join(", ")}` });
    } else {
      entries.unshift({ lang: site.language, at: top });
    }
    const known = [...FIELDS, ...languages];
    for (const key of keys) if (!known.includes(key)) warnings.push(unknownField([...top, key], known));
    return { entries, problems, warnings };
  }

  for (const key of keys) {
    if (languages && !languages.includes(key)) {
      problems.push({ at: [...top, key], message: `breaking.${key} is not a language of this site: give one line per language under ${languages.join(", ")} (the languages in site.json), or ${ONE_LINE.replace("one line", `one line for ${site.language}`)}` });
    } else if (!languages && key !== site.language) {
      problems.push({ at: [...top, key], message: `breaking.${key} is not this site's language: site.json has no "languages", and its one language is ${site.language}; write the line under ${site.language}, or ${ONE_LINE}` });
    } else {
      lineOf(key);
    }
  }
  return { entries, problems, warnings };
}
