import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/content/index.js";
import { alternatesOf, duplicateTranslationKeys, translationAlternates, translationGroups } from "../../../src/languages/index.js";
import { articleUrl, inLanguage } from "../../../src/urls/index.js";
import { testArticle, testSite } from "../../helpers/factory.js";

const LANGUAGES = { en: { name: "English" }, az: { name: "Azərbaycanca", prefix: "az" }, ru: { name: "Русский", prefix: "ru" } };
const site = testSite({ url: "https://news.example", languages: LANGUAGES });
const PREFIX: Record<string, string | undefined> = { en: undefined, az: "az", ru: "ru" };
const urlOf = (a: Article): string => inLanguage(PREFIX[a.lang], articleUrl(a.date, a.slug));

const version = (lang: string, slug: string, extra: Partial<Omit<Article, "date">> = {}): Article =>
  testArticle({ date: "2016-03-03T12:55:00", lang, slug, translationKey: "summit", sourcePath: `content/articles/${lang}/${slug}.md`, ...extra });

describe("translations grouped by translationKey", () => {
  it("groups the versions of each story in the order of the site's languages; stories without a key are in no group", () => {
    const ru = version("ru", "sammit-v-baku");
    const en = version("en", "baku-summit");
    const az = version("az", "bakida-sammit");
    const alone = testArticle({ date: "2016-03-04T10:00:00" });
    const groups = translationGroups([ru, alone, en, az], ["en", "az", "ru"]);
    expect([...groups.keys()]).toEqual(["summit"]);
    expect(groups.get("summit")?.map((a) => a.lang)).toEqual(["en", "az", "ru"]);
  });

  it("finds a key shared by two articles of one language, naming the first file by path and the other", () => {
    const first = version("az", "a", { sourcePath: "content/articles/a.md" });
    const other = version("az", "b", { sourcePath: "content/articles/b.md" });
    const found = duplicateTranslationKeys([other, version("en", "c"), first]);
    expect(found.map((d) => [d.key, d.lang, d.first.sourcePath, d.other.sourcePath])).toEqual([["summit", "az", "content/articles/a.md", "content/articles/b.md"]]);
    expect(duplicateTranslationKeys([version("en", "x"), version("az", "y"), version("ru", "z")])).toEqual([]);
  });
});

describe("hreflang alternates", () => {
  it("lists every version, itself included, and x-default on the default language's version", () => {
    const group = [version("en", "baku-summit"), version("az", "bakida-sammit"), version("ru", "sammit-v-baku")];
    expect(alternatesOf(group, site, urlOf)).toEqual([
      { hreflang: "en", href: "https://news.example/2016/03/03/baku-summit/" },
      { hreflang: "az", href: "https://news.example/az/2016/03/03/bakida-sammit/" },
      { hreflang: "ru", href: "https://news.example/ru/2016/03/03/sammit-v-baku/" },
      { hreflang: "x-default", href: "https://news.example/2016/03/03/baku-summit/" },
    ]);
  });

  it("gives no x-default to a story with no version in the default language, and nothing to a story in one language", () => {
    const group = [version("az", "bakida-sammit"), version("ru", "sammit-v-baku")];
    expect(alternatesOf(group, site, urlOf).map((a) => a.hreflang)).toEqual(["az", "ru"]);
    expect(alternatesOf([version("az", "tek")], site, urlOf)).toEqual([]);
  });

  it("leaves drafts out: a story whose only translation is a draft links to nothing", () => {
    const en = version("en", "baku-summit");
    const az = version("az", "bakida-sammit", { draft: true });
    const ru = version("ru", "sammit-v-baku");
    const map = translationAlternates([en, az, ru], site, urlOf);
    expect(map.get(en)?.map((a) => a.hreflang)).toEqual(["en", "ru", "x-default"]);
    expect(map.has(az)).toBe(false);
    expect(translationAlternates([en, az], site, urlOf).size).toBe(0);
  });

  it("is reciprocal: whenever A lists B, B lists A, and each version lists itself once, under its own language", () => {
    const langs = ["en", "az", "ru"] as const;
    const stories = fc.array(
      fc.record({ key: fc.constantFrom("k1", "k2", "k3", "k4"), langs: fc.subarray([...langs], { minLength: 0 }), draft: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }) }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(stories, (specs) => {
        // One version per language of each key: duplicates are refused before this runs.
        const taken = new Set<string>();
        const articles: Article[] = [];
        for (const [n, spec] of specs.entries()) {
          for (const [i, lang] of spec.langs.entries()) {
            if (taken.has(`${spec.key}:${lang}`)) continue;
            taken.add(`${spec.key}:${lang}`);
            articles.push(version(lang, `s${n}-${lang}`, { translationKey: spec.key, draft: spec.draft[i] ?? false }));
          }
        }
        const map = translationAlternates(articles, site, urlOf);
        for (const [article, alternates] of map) {
          const self = urlOf(article);
          const own = alternates.filter((a) => a.hreflang !== "x-default");
          expect(own.filter((a) => a.href.endsWith(self))).toEqual([{ hreflang: article.lang, href: `https://news.example${self}` }]);
          expect(new Set(own.map((a) => a.hreflang)).size).toBe(own.length);
          for (const alternate of own) {
            const other = [...map.keys()].find((a) => `https://news.example${urlOf(a)}` === alternate.href);
            expect(other, `${alternate.href} has alternates of its own`).toBeDefined();
            expect(map.get(other as Article)?.some((a) => a.href === `https://news.example${self}` && a.hreflang === article.lang)).toBe(true);
          }
          const fallback = alternates.filter((a) => a.hreflang === "x-default");
          const en = own.find((a) => a.hreflang === "en");
          expect(fallback).toEqual(en ? [{ hreflang: "x-default", href: en.href }] : []);
          expect(article.draft).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
