import fs from "node:fs";
import path from "node:path";
import { walkFiles } from "../files/index.js";

/** Options of {@link writeLanguageCorpus}. */
export interface LanguageCorpusOptions {
  /** A one-language content folder (`gen-corpus.mjs`'s or the bench's own), copied once per language. */
  readonly source: string;
  /** The languages besides the source's default one, each published under its code as prefix. */
  readonly languages: readonly string[];
  /** Every `translatedEvery`-th story is one story in every language, tied by a `translationKey`. */
  readonly translatedEvery?: number;
}

/** The languages' names as their readers write them, for the language links. */
const NAMES: Readonly<Record<string, string>> = { en: "English", az: "Azərbaycanca", ru: "Русский", tr: "Türkçe" };

/** Adds `lines` after a front matter's opening `---`. */
function withFields(text: string, lines: readonly string[]): string {
  return lines.length === 0 ? text : text.replace(/^---\n/, `---\n${lines.join("\n")}\n`);
}

/**
 * Writes into `<dir>/content` the source corpus once in its default language and once more in each of
 * `languages` (the same stories with `lang:` set, under `articles/<code>/`), with `languages` in
 * site.json, and a `translationKey` shared by the versions of every `translatedEvery`-th story (a third,
 * by default): an N-article corpus becomes an N x (1 + languages) one, for the scale bench of a
 * multilingual site. The same source gives the same files.
 */
export function writeLanguageCorpus(dir: string, options: LanguageCorpusOptions): { articles: number } {
  const every = options.translatedEvery ?? 3;
  const content = path.join(dir, "content");
  fs.rmSync(content, { recursive: true, force: true });
  fs.mkdirSync(path.join(content, "_data"), { recursive: true });
  fs.cpSync(path.join(options.source, "authors"), path.join(content, "authors"), { recursive: true });
  const site = JSON.parse(fs.readFileSync(path.join(options.source, "_data", "site.json"), "utf8")) as Record<string, unknown>;
  const main = typeof site.language === "string" ? site.language : "en";
  site.languages = Object.fromEntries([main, ...options.languages].map((code) => [code, { name: NAMES[code] ?? code, ...(code === main ? {} : { prefix: code }) }]));
  fs.writeFileSync(path.join(content, "_data", "site.json"), `${JSON.stringify(site, null, 2)}\n`);
  const files = walkFiles(path.join(options.source, "articles"), { filter: (f) => f.endsWith(".md") });
  let articles = 0;
  files.forEach((file, i) => {
    const text = fs.readFileSync(path.join(options.source, "articles", file), "utf8");
    const key = i % every === 0 ? [`translationKey: story-${i}`] : [];
    for (const lang of [main, ...options.languages]) {
      const target = lang === main ? path.join(content, "articles", file) : path.join(content, "articles", lang, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, withFields(text, [...(lang === main ? [] : [`lang: ${lang}`]), ...key]));
      articles += 1;
    }
  });
  return { articles };
}
