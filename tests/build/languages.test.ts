import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/content/index.js";
import { languageTag, translationAlternates } from "../../src/languages/index.js";
import { articleUrl, languageUrl } from "../../src/urls/index.js";
import { checkedContent } from "../helpers/content.js";
import { buildSite, copyFixture, FIXTURES, loadPage, tempDir, writeFiles } from "../helpers/site.js";

/**
 * The trilingual fixture (tests/fixtures/trilingual): stories in English, Azerbaijani and Russian,
 * two of them told in all three languages. The pages of each language are not made yet; these tests
 * cover what is: the settings, the checks, the links between a story's versions, and that a site
 * with languages builds.
 */

describe("the trilingual fixture", () => {
  it("reads and checks: languages, per-language section titles, each story's language and translation key", async () => {
    const content = await checkedContent(copyFixture("trilingual"));
    expect(Object.keys(content.site.languages ?? {})).toEqual(["en", "az", "ru"]);
    expect(content.site.sections.find((s) => s.id === "business")?.titles).toEqual({ en: "Business", az: "İqtisadiyyat", ru: "Экономика" });
    const byLang = (lang: string): number => content.articles.filter((a) => a.lang === lang).length;
    expect([byLang("en"), byLang("az"), byLang("ru")]).toEqual([3, 4, 4]);
    const keys = new Set(content.articles.flatMap((a) => (a.translationKey ? [a.translationKey] : [])));
    expect([...keys].sort()).toEqual(["caspian-winter-shipping", "gabala-first-snow-2016", "sheki-silk-festival-2015"]);
  });

  it("links each story's versions both ways, with x-default on the English version where there is one", async () => {
    const content = await checkedContent(copyFixture("trilingual"));
    const urlOf = (a: Article): string => languageUrl(content.site, a.lang, articleUrl(a.date, a.slug));
    const alternates = translationAlternates(content.articles, content.site, urlOf);
    const of = (slug: string): Array<[string, string]> => {
      const article = content.articles.find((a) => a.slug === slug);
      return (article ? (alternates.get(article) ?? []) : []).map((a) => [a.hreflang, a.href]);
    };
    const shipping: Array<[string, string]> = [
      ["en", "https://trilingual.example/2016/03/03/caspian-ports-agree-winter-rules/"],
      ["az", "https://trilingual.example/az/2016/03/03/xezer-limanlari-qis-qaydalari/"],
      ["ru", "https://trilingual.example/ru/2016/03/03/kaspiyskie-porty-zimnie-pravila/"],
      ["x-default", "https://trilingual.example/2016/03/03/caspian-ports-agree-winter-rules/"],
    ];
    for (const slug of ["caspian-ports-agree-winter-rules", "xezer-limanlari-qis-qaydalari", "kaspiyskie-porty-zimnie-pravila"]) expect(of(slug)).toEqual(shipping);
    // 12:00 UTC on 10 July 2015 was 17:00 in Baku (summer time): still the 10th.
    expect(of("v-sheki-otkrylsya-festival-shelka")[2]).toEqual(["ru", "https://trilingual.example/ru/2015/07/10/v-sheki-otkrylsya-festival-shelka/"]);
    expect(of("qebelede-ilk-qar").map(([lang]) => lang)).toEqual(["az", "ru"]);
    expect(of("gencede-yeni-park")).toEqual([]);
  });

  it("keeps each language's tags apart: Sheki, Şəki and Шеки are three tags", async () => {
    const content = await checkedContent(copyFixture("trilingual"));
    const tags = new Map(content.articles.flatMap((a) => a.tags.map((t) => languageTag(t, a.lang, content.site))).map((t) => [t.key, t.url]));
    expect(tags.get("sheki")).toBe("/tags/sheki/");
    expect(tags.get("az:seki")).toBe("/az/tags/seki/");
    expect(tags.get("ru:sheki")).toBe("/ru/tags/sheki/");
    expect(tags.get("ru:neft")).toBe("/ru/tags/neft/");
    expect(tags.get("ru:kaspiyskoe-more")).toBe("/ru/tags/kaspiyskoe-more/");
  });

  it("builds with npm run build's command: the languages settings and all three translations files load", async () => {
    const output = path.join(tempDir("trilingual"), "_site");
    const run = await buildSite(path.join(FIXTURES, "trilingual", "content"), output, ["--no-cache"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(output, "index.html"))).toBe(true);
    // Each story's page is in its own language: <html lang>, og:locale, JSON-LD and its dates' words.
    const pages = [
      ["/2016/03/03/xezer-limanlari-qis-qaydalari/", "az", "3 mart 2016 12:55 (UTC+04:00)"],
      ["/2016/03/03/kaspiyskie-porty-zimnie-pravila/", "ru", "3 марта 2016 12:55 (UTC+04:00)"],
      ["/2016/03/03/caspian-ports-agree-winter-rules/", "en", "3 March 2016 12:55 (UTC+04:00)"],
    ] as const;
    for (const [url, lang, dateline] of pages) {
      const $ = loadPage(output, url);
      expect($("html").attr("lang"), url).toBe(lang);
      expect($('meta[property="og:locale"]').attr("content"), url).toBe(lang);
      expect((JSON.parse($('script[type="application/ld+json"]').first().text()) as { inLanguage: string }).inLanguage, url).toBe(lang);
      expect($("time").text(), url).toContain(dateline);
    }
  });

  it("refuses a second Azerbaijani version of a story, naming both files, and leaves the output as it was", async () => {
    const content = copyFixture("trilingual");
    writeFiles(content, {
      "articles/2016/03/xezer-limanlari-yeni.md": "---\ntitle: Xəzər limanları qaydaları\ndate: 2016-03-04T10:00:00+04:00\nbyline: leyla-huseynova\nlang: az\ntranslationKey: caspian-winter-shipping\n---\nMətn.\n",
    });
    const output = path.join(tempDir("refused"), "_site");
    fs.mkdirSync(output, { recursive: true });
    fs.writeFileSync(path.join(output, "index.html"), "the last good build");
    const run = await buildSite(content, output, ["--no-cache"]);
    expect(run.code).toBe(1);
    const report = run.stderr + run.stdout;
    expect(report).toContain(`${path.join("articles", "2016", "03", "xezer-limanlari-yeni.md")}: has translationKey "caspian-winter-shipping" and lang az, like `);
    expect(report).toContain(path.join("articles", "2016", "03", "xezer-limanlari-qis-qaydalari.md"));
    expect(fs.readFileSync(path.join(output, "index.html"), "utf8")).toBe("the last good build");
  });
});

describe("a one-language site keeps its English words", () => {
  it("shows the strings the templates had before they came from en.json", async () => {
    const output = path.join(tempDir("english"), "_site");
    const run = await buildSite(path.join(FIXTURES, "basic", "content"), output, ["--no-cache"]);
    expect(run.code).toBe(0);
    const home = loadPage(output, "/");
    expect(home("html").attr("lang")).toBe("en");
    expect(home(".skip-link").text()).toBe("Skip to content");
    expect(home(".sections__list a").first().text()).toBe("Home");
    expect(home("#masthead-q").attr("placeholder")).toBe("Search");
    expect(home(".page__aside").attr("aria-label")).toBe("Latest news");
    expect(home(".footer__heading").map((_, e) => home(e).text()).get()).toEqual(["Browse", "Archives"]);
    const article = loadPage(output, "/2016/03/03/military-ties/");
    expect(article(".story__byline .byline").text()).toMatch(/^By /);
    expect(article(".story__dateline time").text()).toBe("3 March 2016 12:55 (UTC+04:00)");
    expect(article(".share").attr("aria-label")).toBe("Share this article");
    expect(article(".share__link").first().attr("aria-label")).toBe("Share on X");
    expect(article(".share__link").last().text()).toBe("E-mail");
    const latest = loadPage(output, "/latest/");
    expect(latest(".pager__step").last().text()).toBe("Older →");
    const authors = loadPage(output, "/authors/");
    expect(authors(".directory__count").map((_, e) => authors(e).text()).get().every((t) => /^\d+ articles?$/.test(t))).toBe(true);
    expect(loadPage(output, "/404.html")("h1").text()).toBe("Page not found");
  });
});
