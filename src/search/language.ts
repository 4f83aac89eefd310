import fs from "node:fs";
import path from "node:path";

/**
 * Languages Pagefind has no stemmer for, indexed with a related language's stemmer: Azerbaijani with
 * Turkish, whose suffixes it shares (-lar/-lər, -da/-də, -ın/-in). On ten inflected queries over an
 * Azerbaijani corpus, Turkish stemming found 12 of 13 relevant stories (one wrong) where no stemming
 * found 10 (none wrong): see docs/languages.md, "Search in Azerbaijani".
 */
export const STEMMER_STAND_INS: Readonly<Record<string, string>> = { az: "tr" };

/**
 * The language Pagefind indexes a story of `lang` in, on a site publishing `siteLanguages`: its
 * stand-in's when it has one the site does not publish in itself (a site with a Turkish edition keeps
 * Azerbaijani unstemmed, so that the two indexes stay apart), else its own.
 * @example indexLanguage("az", ["en", "az", "ru"]) // "tr"
 */
export function indexLanguage(lang: string, siteLanguages: readonly string[]): string {
  const standIn = STEMMER_STAND_INS[lang];
  return standIn !== undefined && !siteLanguages.includes(standIn) ? standIn : lang;
}

/** The part of Pagefind's `pagefind-entry.json` that names each language's index. */
interface PagefindEntry {
  languages: Record<string, unknown>;
}

/**
 * Renames the index `from` of a written bundle's `pagefind-entry.json` to `to`, keeping its stemmer
 * and files: Pagefind's search page picks the index named by its `<html lang>` and stems the query
 * with that index's stemmer. Returns whether the bundle had an index `from`.
 */
export function renameIndex(bundleDir: string, from: string, to: string): boolean {
  const file = path.join(bundleDir, "pagefind-entry.json");
  const entry = JSON.parse(fs.readFileSync(file, "utf8")) as PagefindEntry;
  if (!(from in entry.languages) || to in entry.languages) return false;
  entry.languages = Object.fromEntries(Object.entries(entry.languages).map(([key, value]) => [key === from ? to : key, value]));
  fs.writeFileSync(file, JSON.stringify(entry));
  return true;
}

/**
 * Names each stand-in's index of a written bundle back after the language whose stories it holds (`tr`
 * to `az`), so that an Azerbaijani search page searches its own stories, stemmed as Turkish.
 */
export function nameStandInIndexes(bundleDir: string, siteLanguages: readonly string[]): void {
  for (const lang of siteLanguages) {
    const standIn = indexLanguage(lang, siteLanguages);
    if (standIn !== lang) renameIndex(bundleDir, standIn, lang);
  }
}
