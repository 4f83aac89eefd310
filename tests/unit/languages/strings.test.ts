import fs from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { templateKeys } from "../../../src/cache/fingerprint.js";
import { ContentError } from "../../../src/content/index.js";
import { formatMasthead, inZone } from "../../../src/dates/index.js";
import { patternNames } from "../../../src/dates/names.js";
import { formatPhrase, readInterfaceStrings, translate, type Dictionary } from "../../../src/languages/index.js";
import { templateFilters } from "../../../src/render/index.js";
import { ROOT, tempDir } from "../../helpers/site.js";

const TEMPLATES = path.join(ROOT, "templates");
const I18N = path.join(TEMPLATES, "i18n");
const LANGUAGES = { en: { name: "English" }, az: { name: "Azərbaycanca", prefix: "az" }, ru: { name: "Русский", prefix: "ru" } };
const trilingual = { language: "en", languages: LANGUAGES };
const dictionary = (code: string): Dictionary => JSON.parse(fs.readFileSync(path.join(I18N, `${code}.json`), "utf8")) as Dictionary;

/** Every template of `templates/`, by path, with its text. */
function templates(): Array<[string, string]> {
  return (fs.readdirSync(TEMPLATES, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".njk"))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(TEMPLATES, f), "utf8")]);
}
/** The keys the templates ask the `t` filter for. */
const keysUsed = (text: string): string[] => [...text.matchAll(/"([\w.]+)"\s*\|\s*t\b/g)].map((m) => m[1] ?? "");

/**
 * Strings the templates do not ask for by key: the share links' words (the `shareLinks` filter asks),
 * and those kept for pages of the next steps (the masthead's date pattern, the byline's "and", the
 * list titles the collections make, the links between a story's languages).
 */
const USED_BY_CODE = ["masthead.date", "byline.and", "share.on", "share.email", "share.byEmail", "authors.all", "tags.all", "article.otherLanguages", "language.label", "latest.heading", "latest.news", "archive.allOf", "tag.heading"];

describe("the translations files", () => {
  it("give every string in every language, with the same placeholders, and load without a problem", () => {
    const english = Object.keys(dictionary("en")).sort();
    expect(english.length).toBeGreaterThan(60);
    for (const code of ["az", "ru"]) expect(Object.keys(dictionary(code)).sort(), `${code}.json`).toEqual(english);
    const strings = readInterfaceStrings(TEMPLATES, trilingual);
    expect([...strings.dictionaries.keys()]).toEqual(["en", "az", "ru"]);
  });

  it("have every key a template asks for, and every key is asked for by a template or by the code", () => {
    const english = dictionary("en");
    const used = new Set<string>();
    for (const [file, text] of templates()) {
      for (const key of keysUsed(text)) {
        expect(english[key], `${file} asks for "${key}"`).toBeDefined();
        used.add(key);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const unused = Object.keys(english).filter((key) => !used.has(key)).sort();
    expect(unused).toEqual([...USED_BY_CODE].filter((key) => !used.has(key)).sort());
  });

  it("leave no reader's words in the templates: every text and labelling attribute comes from a key", () => {
    const found: string[] = [];
    for (const [file, text] of templates()) {
      if (file === "pages/desk.njk") continue; // the editors' desk: Decap draws it in its own words
      const bare = text
        .replace(/\{#[\s\S]*?#\}/g, "")
        .replace(/\{%[\s\S]*?%\}/g, "")
        .replace(/\{\{[\s\S]*?\}\}/g, "")
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, "");
      for (const m of bare.matchAll(/>([^<]+)</g)) if (/\p{L}{2,}/u.test(m[1] ?? "")) found.push(`${file}: text "${(m[1] ?? "").trim()}"`);
      for (const m of bare.matchAll(/\s(aria-label|title|alt|placeholder)="([^"]*)"/g)) if (/\p{L}{2,}/u.test(m[2] ?? "")) found.push(`${file}: ${m[0].trim()}`);
      // Words built in Nunjucks expressions: a quoted English phrase that is not a key.
      for (const m of text.matchAll(/\{[{%][\s\S]*?[%}]\}/g)) {
        for (const q of (m[0] ?? "").matchAll(/"([^"]*)"/g)) if (/[A-Za-z]{3,}\s+[A-Za-z]/.test(q[1] ?? "")) found.push(`${file}: "${q[1]}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it("read Russian plurals by Intl's rules, and Azerbaijani with one form after a number", () => {
    const strings = readInterfaceStrings(TEMPLATES, trilingual);
    const ru = [1, 2, 5, 11, 21, 22, 25, 101, 0].map((count) => translate(strings, "ru", "count.articles", { count }));
    expect(ru).toEqual(["1 статья", "2 статьи", "5 статей", "11 статей", "21 статья", "22 статьи", "25 статей", "101 статья", "0 статей"]);
    expect([1, 5].map((count) => translate(strings, "az", "count.articles", { count }))).toEqual(["1 məqalə", "5 məqalə"]);
    expect([0, 1, 2].map((count) => translate(strings, "en", "count.articles", { count }))).toEqual(["0 articles", "1 article", "2 articles"]);
    expect(translate(strings, "ru", "byline.by", { count: 2 })).toBe("Авторы:");
  });

  it("give each language's masthead date pattern", () => {
    const strings = readInterfaceStrings(TEMPLATES, trilingual);
    const day = inZone(Date.parse("2024-04-29T06:00:00Z"), "Asia/Baku");
    const masthead = (lang: string): string => formatMasthead(day, lang, translate(strings, lang, "masthead.date"));
    expect(["en", "az", "ru"].map(masthead)).toEqual(["Monday April 29 2024", "29 aprel 2024, bazar ertəsi", "понедельник, 29 апреля 2024"]);
  });

  it("fill placeholders, and refuse a phrase whose value is missing", () => {
    expect(formatPhrase("Archive: {year}", "en", { year: 2016 })).toBe("Archive: 2016");
    expect(() => formatPhrase("Archive: {year}", "en", {})).toThrow(/needs a value for \{year\}/);
  });
});

describe("the t filter in the templates", () => {
  const strings = readInterfaceStrings(TEMPLATES, trilingual);
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATES), { autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
  for (const [name, filter] of Object.entries(templateFilters({}, strings))) env.addFilter(name, filter as (...args: unknown[]) => unknown);
  const listing = { newer: "/ru/latest/", older: "/ru/latest/page/1/", baseUrl: "/ru/latest/", page: 2, oldest: "/ru/latest/page/1/" };

  it("reads the page's language from its lang variable, and the site's default language without one", () => {
    const ru = env.render("partials/pager.njk", { listing, lang: "ru" });
    expect(ru).toContain('aria-label="Страницы"');
    expect(ru).toContain(">← Новее<");
    expect(ru).toContain(">Страница 2<");
    const az = env.render("partials/pager.njk", { listing, lang: "az" });
    expect(az).toContain(">Daha köhnə →<");
    const en = env.render("partials/pager.njk", { listing });
    expect(en).toContain(">← Newer<");
    expect(en).toContain(">Page 2<");
  });

  it("escapes what it gives like any other value", () => {
    expect(env.renderString('{{ "article.moreBy" | t({ name: "Tom & <Jerry>" }) }}', {})).toBe("More by Tom &amp; &lt;Jerry&gt;");
  });

  it("stops a template that asks for a string no file has", () => {
    expect(() => env.renderString('{{ "no.such" | t }}', {})).toThrow(/no interface string "no.such" in i18n\/en.json/);
  });

  it("gives the masthead's month and weekday names in the page's language, the same on every page asked", () => {
    // As Nunjucks calls a filter: with the page's variables as `this.ctx`.
    const todayNames = templateFilters({}, strings)["todayNames"] as unknown as (this: { ctx: Record<string, unknown> }, pattern: string) => string;
    const names = (lang: string | undefined, pattern: string): string => todayNames.call({ ctx: lang === undefined ? {} : { lang } }, pattern);
    const asked: Array<[string | undefined, string]> = [["ru", "cccc, d MMMM yyyy"], ["az", "d MMMM yyyy, cccc"], ["ru", "cccc, d MMMM yyyy"], [undefined, "cccc LLLL d yyyy"], ["en", "cccc, d MMMM yyyy"], [undefined, "cccc, d MMMM yyyy"], ["az", "cccc, d MMMM yyyy"], ["ru", "LLLL"], ["az", "d MMMM yyyy, cccc"]];
    for (const [lang, pattern] of asked) expect(names(lang, pattern)).toBe(JSON.stringify(patternNames(pattern, lang)));
    expect(JSON.parse(names("ru", "cccc, d MMMM yyyy")).MMMM[3]).toBe("апреля");
    expect(JSON.parse(names("az", "d MMMM yyyy, cccc")).MMMM[3]).not.toBe("апреля");
  });

  it("names the share links in the page's language; the networks keep their names", () => {
    const links = env.renderString('{% for l in article | shareLinks %}{{ l.name }}={{ l.label }};{% endfor %}', { lang: "ru", article: { absoluteUrl: "https://x.example/a/", title: "T" } });
    expect(links).toBe("X=Поделиться в X;Facebook=Поделиться в Facebook;Telegram=Поделиться в Telegram;WhatsApp=Поделиться в WhatsApp;LinkedIn=Поделиться в LinkedIn;Эл. почта=Отправить по электронной почте;");
  });
});

describe("bad translations files", () => {
  /** A templates folder with the project's English file and the given others. */
  function folder(files: Record<string, unknown>): string {
    const dir = tempDir("strings");
    fs.mkdirSync(path.join(dir, "i18n"));
    fs.copyFileSync(path.join(I18N, "en.json"), path.join(dir, "i18n", "en.json"));
    for (const [name, value] of Object.entries(files)) fs.writeFileSync(path.join(dir, "i18n", name), typeof value === "string" ? value : JSON.stringify(value));
    return dir;
  }
  const problemsOf = (dir: string, site: Parameters<typeof readInterfaceStrings>[1] = trilingual): string[] => {
    try {
      readInterfaceStrings(dir, site, dir);
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map((p) => `${p.file}: ${p.message}`);
      throw error;
    }
    return [];
  };

  it("refuses a language of the site without its file, naming the file to add", () => {
    expect(problemsOf(folder({ "az.json": dictionary("az") }))).toEqual([
      `${path.join("i18n", "ru.json")}: is missing: the site publishes in ru, so its interface strings are needed; copy en.json there and translate each text`,
    ]);
  });

  it("refuses a file without a string, with a string the templates do not know, or with other placeholders", () => {
    const { "pager.older": _older, ...short } = dictionary("ru");
    const problems = problemsOf(folder({ "az.json": { ...dictionary("az"), "pager.olde": "x", "article.moreBy": "Başqa yazılar" }, "ru.json": short }));
    expect(problems).toEqual([
      `${path.join("i18n", "az.json")}: "article.moreBy" must use the placeholders {name}, as in en.json; it uses none`,
      `${path.join("i18n", "az.json")}: "pager.olde" is not a string the templates know (see en.json): remove it or check its spelling`,
      `${path.join("i18n", "ru.json")}: has no text for "pager.older": add it, translated (see en.json)`,
    ]);
  });

  it("refuses broken JSON and a plural without its other form", () => {
    expect(problemsOf(folder({ "az.json": "{ nope", "ru.json": { ...dictionary("ru"), "count.articles": { one: "{count} статья", lots: "{count} статей" } } }))).toEqual([
      expect.stringMatching(new RegExp(`^${path.join("i18n", "az.json")}: the interface strings is not valid JSON`)),
      `${path.join("i18n", "ru.json")}: "count.articles" has "lots", which is not a plural form; the forms are zero, one, two, few, many and other`,
    ]);
  });

  it("lets a one-language site keep the English strings whatever its language, as before", () => {
    const strings = readInterfaceStrings(folder({}), { language: "fr" });
    expect(translate(strings, undefined, "article.updated")).toBe("Updated");
    // Even where the language has a file: without languages, nothing a reader sees changes.
    const az = readInterfaceStrings(TEMPLATES, { language: "az" });
    expect(translate(az, undefined, "article.updated")).toBe("Updated");
    expect(translate(az, "az", "article.updated")).toBe("Updated");
  });
});

describe("the build cache and the strings", () => {
  it("changes every template's key when a translations file changes", () => {
    const dir = tempDir("keys");
    fs.cpSync(TEMPLATES, dir, { recursive: true });
    const before = templateKeys(dir);
    const file = path.join(dir, "i18n", "ru.json");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("Обновлено", "Изменено"));
    const after = templateKeys(dir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, key] of after) expect(key, name).not.toBe(before.get(name));
  });
});
