import path from "node:path";
import { describe, expect, it } from "vitest";
import { languageProblems, readSiteSettings, resolveSections, sectionTitle, type Problem } from "../../../src/content/index.js";
import { checkedContent, contentProblems } from "../../helpers/content.js";
import { minimalSite, writeFiles } from "../../helpers/site.js";

const TRILINGUAL = {
  en: { name: "English" },
  az: { name: "Azərbaycanca", prefix: "az" },
  ru: { name: "Русский", prefix: "ru" },
};
const SECTIONS = [
  { id: "politics", title: { en: "Politics", az: "Siyasət", ru: "Политика" } },
  { id: "business", title: "Business" },
];

/** Reads a site.json written from `settings` beside the minimal site's author. */
function settingsOf(settings: Record<string, unknown>): ReturnType<typeof readSiteSettings> {
  const dir = minimalSite();
  writeFiles(dir, { "_data/site.json": JSON.stringify({ name: "Test Site", url: "https://test.example", ...settings }) });
  return readSiteSettings(dir, path.dirname(dir));
}
const messages = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.file}: ${p.message}`);

describe("languages in site.json", () => {
  it("reads a trilingual site: the map as written, section titles per language with the default's as title", () => {
    const { site, problems } = settingsOf({ language: "en", languages: TRILINGUAL, sections: SECTIONS, defaultSection: "politics" });
    expect(problems).toEqual([]);
    expect(site?.languages).toEqual(TRILINGUAL);
    expect(site?.sections).toEqual([
      { id: "politics", title: "Politics", titles: { en: "Politics", az: "Siyasət", ru: "Политика" } },
      { id: "business", title: "Business" },
    ]);
    const politics = site?.sections[0];
    expect(politics && [sectionTitle(politics, "en"), sectionTitle(politics, "az"), sectionTitle(politics, "ru")]).toEqual(["Politics", "Siyasət", "Политика"]);
    const business = site?.sections[1];
    expect(business && sectionTitle(business, "ru")).toBe("Business");
  });

  it("leaves a site without languages exactly as it was: no languages key, plain titles, no titles map", () => {
    const { site, problems } = settingsOf({ language: "en", sections: [{ id: "politics", title: "Politics" }] });
    expect(problems).toEqual([]);
    expect(site && "languages" in site).toBe(false);
    expect(site?.sections).toEqual([{ id: "politics", title: "Politics" }]);
    expect(site && Object.keys(site)).toEqual(["name", "url", "language", "timezone", "description", "sections", "perPage", "latestCount", "searchBodyWords", "related", "defaultSection"]);
  });

  it.each([
    ["a default language missing from the map", { language: "en", languages: { az: TRILINGUAL.az, ru: TRILINGUAL.ru } }, /language "en" \(the default\) is not one of languages \(az, ru\)/],
    ["a prefix on the default language", { languages: { ...TRILINGUAL, en: { name: "English", prefix: "en" } } }, /languages\.en\.prefix: the default language's pages keep their addresses without a prefix/],
    ["no prefix on another language", { languages: { ...TRILINGUAL, ru: { name: "Русский" } } }, /languages\.ru\.prefix is missing: .*"prefix": "ru"/],
    ["a prefix that is no plain segment", { languages: { ...TRILINGUAL, az: { name: "Azərbaycanca", prefix: "Az/x" } } }, /languages\.az\.prefix "Az\/x" must be one plain path segment/],
    ["a prefix the site's pages use", { languages: { ...TRILINGUAL, az: { name: "Azərbaycanca", prefix: "tags" } } }, /languages\.az\.prefix "tags" is taken by the site's own pages/],
    ["a prefix like a year", { languages: { ...TRILINGUAL, az: { name: "Azərbaycanca", prefix: "2016" } } }, /languages\.az\.prefix "2016" is taken by the site's own pages or its date archives/],
    ["a prefix that is a section id", { languages: { ...TRILINGUAL, az: { name: "Azərbaycanca", prefix: "politics" } } }, /languages\.az\.prefix "politics" is also a section id/],
    ["two languages with one prefix", { languages: { ...TRILINGUAL, ru: { name: "Русский", prefix: "az" } } }, /languages\.ru\.prefix "az" is also the prefix of az/],
    ["a language without a name", { languages: { ...TRILINGUAL, ru: { prefix: "ru" } } }, /languages\.ru\.name/],
    ["a language code that is none", { languages: { ...TRILINGUAL, "Russian!": { name: "Русский", prefix: "ru" } } }, /"Russian!" is not a language code/],
    ["an unknown setting of a language", { languages: { ...TRILINGUAL, ru: { name: "Русский", prefix: "ru", flag: "ru" } } }, /languages\.ru: has no setting "flag"; its settings are name, prefix/],
    ["a section title missing a language", { languages: TRILINGUAL, sections: [{ id: "politics", title: { en: "Politics", az: "Siyasət" } }] }, /section "politics" title has no text for ru: give one for every language of the site \(en, az, ru\)/],
    ["a section title in a language the site lacks", { languages: TRILINGUAL, sections: [{ id: "politics", title: { en: "Politics", az: "Siyasət", ru: "Политика", tr: "Siyaset" } }] }, /section "politics" title has text for tr, which is not a language of the site/],
    ["a per-language title on a one-language site", { sections: [{ id: "politics", title: { en: "Politics", az: "Siyasət" } }] }, /section "politics" title has text for az, which is not a language of the site \(en\)/],
  ])("refuses %s, naming site.json", (_name, settings, message) => {
    const { problems } = settingsOf({ defaultSection: "politics", sections: SECTIONS, ...settings });
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.file).toBe(path.join("content", "_data", "site.json"));
    expect(messages(problems).join("\n")).toMatch(message);
  });

  it("checks the map as a pure function, every problem at once", () => {
    expect(languageProblems("en", undefined, new Set())).toEqual([]);
    expect(languageProblems("en", TRILINGUAL, new Set(["politics"]))).toEqual([]);
    expect(languageProblems("en", { en: { name: "English", prefix: "en" }, az: { name: "Azərbaycanca" } }, new Set())).toHaveLength(2);
    expect(resolveSections([{ id: "x", title: "X" }], "en", ["en", "az"])).toEqual({ sections: [{ id: "x", title: "X" }], problems: [] });
  });
});

/** The problems a content folder is refused for, or none. */
const problemsOf = contentProblems;

const story = (fields: string): string => `---\ntitle: A story\ndate: 2016-03-03T12:55:00+04:00\nbyline: amina-test\n${fields}---\nBody.\n`;

/** A minimal site with `languages` and the given article files. */
function trilingualSite(files: Record<string, string>): string {
  const dir = minimalSite();
  writeFiles(dir, { "_data/site.json": JSON.stringify({ name: "Test Site", url: "https://test.example", language: "en", languages: TRILINGUAL, defaultSection: "politics" }), ...files });
  return dir;
}

describe("lang and translationKey in front matter", () => {
  it("takes lang and translationKey, and the default language where lang is absent", async () => {
    const dir = trilingualSite({
      "articles/summit.md": story("translationKey: summit\n"),
      "articles/sammit.md": story("lang: az\ntranslationKey: summit\n"),
      "articles/sammit-ru.md": story("lang: ru\ntranslationKey: summit\n"),
    });
    const content = await checkedContent(dir);
    const byFile = new Map(content.articles.map((a) => [path.basename(a.sourcePath), a]));
    expect([...byFile].map(([file, a]) => [file, a.lang, a.translationKey]).sort()).toEqual([
      ["sammit-ru.md", "ru", "summit"],
      ["sammit.md", "az", "summit"],
      ["summit.md", "en", "summit"],
    ]);
  });

  it("gives a one-language site's articles its language and no translationKey", async () => {
    const dir = minimalSite();
    writeFiles(dir, { "articles/plain.md": story("") });
    const [article] = (await checkedContent(dir)).articles;
    expect(article?.lang).toBe("en");
    expect(article && "translationKey" in article).toBe(false);
  });

  it("refuses an unknown lang, naming the file, its line and the allowed keys", async () => {
    const problems = await problemsOf(trilingualSite({ "articles/odd.md": story("lang: tr\n") }));
    expect(problems).toEqual([{ file: path.join("content", "articles", "odd.md"), line: 5, message: `lang "tr" is not a language of the site: use one of the site's languages (en, az, ru) or add "tr" to languages in site.json` }]);
  });

  it("refuses a lang other than the one language of a site without languages", async () => {
    const dir = minimalSite();
    writeFiles(dir, { "articles/odd.md": story("lang: az\n") });
    expect(messagesOf(await problemsOf(dir))).toEqual([`${path.join("content", "articles", "odd.md")}: lang "az" is not a language of the site: this site has one language, en: remove lang, or list the site's languages in site.json`]);
  });

  it("refuses two versions of one story in one language, naming both files", async () => {
    const problems = await problemsOf(trilingualSite({
      "articles/a-summit.md": story("lang: az\ntranslationKey: summit\n"),
      "articles/b-summit.md": story("lang: az\ntranslationKey: summit\n"),
      "articles/c-summit.md": story("translationKey: summit\n"),
    }));
    expect(problems).toEqual([{
      file: path.join("content", "articles", "b-summit.md"),
      message: `has translationKey "summit" and lang az, like ${path.join("content", "articles", "a-summit.md")}: one story has one version per language, so give one of them another translationKey or lang`,
    }]);
  });
});

const messagesOf = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.file}: ${p.message}`);
