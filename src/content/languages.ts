import { isPlainSlug } from "../slugs/index.js";
import { RESERVED_SEGMENTS } from "../urls/index.js";
import type { LanguageSettings, Section } from "./types.js";

/**
 * The checks of `languages` and of per-language section titles in `site.json`. Each returns the
 * sentences an editor reads; `site.ts` names the file.
 */

/** A language code as BCP 47 writes the common ones: `en`, `az`, `ru`, `pt-BR`, `az-Cyrl`. */
const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * What is wrong with the `languages` map: a code that is not one, a default `language` that is not
 * among them, a prefix on the default language or none on another, and a prefix that is not a plain
 * path segment, that the site's own pages, a year archive or a section already use, or that two
 * languages share.
 * @example languageProblems("en", { en: { name: "English" }, az: { name: "Azərbaycanca" } }, new Set()) // ["languages.az.prefix is missing: ..."]
 */
export function languageProblems(language: string, languages: Readonly<Record<string, LanguageSettings>> | undefined, sectionIds: ReadonlySet<string>): string[] {
  if (languages === undefined) return [];
  const codes = Object.keys(languages);
  const problems: string[] = [];
  if (codes.length === 0) problems.push(`languages is empty: list every language of the site, the default "${language}" among them, or remove languages for a one-language site`);
  else if (!(language in languages)) problems.push(`language "${language}" (the default) is not one of languages (${codes.join(", ")}): add it with its name, or set language to one of them`);
  const byPrefix = new Map<string, string>();
  for (const [code, settings] of Object.entries(languages)) {
    if (!LANGUAGE_CODE.test(code)) problems.push(`languages: "${code}" is not a language code; use one like en, az or ru`);
    const where = `languages.${code}.prefix`;
    if (code === language) {
      if (settings.prefix !== undefined) problems.push(`${where}: the default language's pages keep their addresses without a prefix; remove its prefix`);
      continue;
    }
    const prefix = settings.prefix;
    if (prefix === undefined) {
      problems.push(`${where} is missing: give the first path segment of its pages, like "prefix": "${isPlainSlug(code.toLowerCase()) ? code.toLowerCase() : "az"}"`);
    } else if (!isPlainSlug(prefix)) {
      problems.push(`${where} "${prefix}" must be one plain path segment: lower-case letters, digits and hyphens, like ${isPlainSlug(code.toLowerCase()) ? code.toLowerCase() : "az"}`);
    } else if (RESERVED_SEGMENTS.has(prefix) || /^\d+$/.test(prefix)) {
      problems.push(`${where} "${prefix}" is taken by the site's own pages or its date archives; choose another, like the language code`);
    } else if (sectionIds.has(prefix)) {
      problems.push(`${where} "${prefix}" is also a section id; the two would share addresses, so change one of them`);
    } else {
      const other = byPrefix.get(prefix);
      if (other !== undefined) problems.push(`${where} "${prefix}" is also the prefix of ${other}; each language needs its own`);
      else byPrefix.set(prefix, code);
    }
  }
  return problems;
}

/** A section as written in `site.json`: its title one text, or one per language. */
export interface SectionInput {
  readonly id: string;
  readonly title: string | Readonly<Record<string, string>>;
}

/**
 * Sections with their titles resolved: `title` in the default language, and `titles` when site.json
 * gives one per language. A per-language title must cover every language of the site and no other:
 * a missing one is a problem, not a quiet fall-back to the default language (a reader of the Russian
 * pages would otherwise meet an English menu). One plain text serves every language.
 * @example resolveSections([{ id: "politics", title: { en: "Politics", ru: "Политика" } }], "en", ["en", "ru"]).sections[0]?.title // "Politics"
 */
export function resolveSections(sections: readonly SectionInput[], language: string, codes: readonly string[]): { sections: Section[]; problems: string[] } {
  const problems: string[] = [];
  const resolved = sections.map((section): Section => {
    if (typeof section.title === "string") return { id: section.id, title: section.title };
    const titles = section.title;
    const missing = codes.filter((code) => !(code in titles));
    const unknown = Object.keys(titles).filter((code) => !codes.includes(code));
    const where = `section "${section.id}" title`;
    if (missing.length > 0) problems.push(`${where} has no text for ${missing.join(", ")}: give one for every language of the site (${codes.join(", ")}), or one plain text for all`);
    if (unknown.length > 0) problems.push(`${where} has text for ${unknown.join(", ")}, which ${unknown.length === 1 ? "is not a language" : "are not languages"} of the site (${codes.join(", ")}); add ${unknown.length === 1 ? "it" : "them"} to languages or remove the text`);
    return { id: section.id, title: titles[language] ?? Object.values(titles)[0] ?? section.id, titles: { ...titles } };
  });
  return { sections: resolved, problems };
}

/**
 * A section's title in a language: its own text for that language, else its one title.
 * @example sectionTitle({ id: "politics", title: "Politics", titles: { en: "Politics", az: "Siyasət" } }, "az") // "Siyasət"
 */
export function sectionTitle(section: Section, lang: string): string {
  return section.titles?.[lang] ?? section.title;
}

/** The site's language codes: the keys of `languages`, or the one `language`. */
export function languageCodes(site: { readonly language: string; readonly languages?: Readonly<Record<string, LanguageSettings>> }): string[] {
  return site.languages ? Object.keys(site.languages) : [site.language];
}
