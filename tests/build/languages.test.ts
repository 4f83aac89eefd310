import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import * as cheerio from "cheerio";
import { describe, expect, inject, it } from "vitest";
import type { Article } from "../../src/content/index.js";
import { languageTag, translationAlternates } from "../../src/languages/index.js";
import { articleUrl, LATEST_FRAGMENT_URL, languageUrl, outputFileOf } from "../../src/urls/index.js";
import { checkedContent } from "../helpers/content.js";
import { buildSite, buildTrilingualWithPicks, copyFixture, FIXTURES, listFiles, loadPage, ROOT, tempDir, trilingualWithPicks, writeFiles } from "../helpers/site.js";
import { schemaErrors } from "../helpers/xml.js";

/**
 * The trilingual fixture (tests/fixtures/trilingual): stories in English, Azerbaijani and Russian,
 * two of them told in all three languages: the settings, the checks and the links between a
 * story's versions here; each language's pages, built once by tests/global-setup.ts, below.
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

/**
 * The SHA-256 of every file the basic fixture's build wrote before sites had languages (made with
 * the code of the commit before they did), but Decap's bundle and Pagefind's index, which are other
 * packages' files, and the deploy manifest, which hashes those. A one-language site's output must
 * not change with languages; a change meant for every site is recorded with
 * `UPDATE_ONE_LANGUAGE=1 npx vitest run tests/build/languages.test.ts`, and shows in the diff. One
 * such: `admin/desk.js`, the desk's script, which is code and the same file on every site, was recorded
 * again when its preview learnt each story's language; a one-language site's pages and its desk page
 * are as they were.
 */
const ONE_LANGUAGE = path.join(FIXTURES, "one-language", "basic.sha256");

/** `hash  file` lines of a built site's own files, sorted by file. */
function ownFileHashes(output: string): string {
  const own = listFiles(output).filter((f) => !f.startsWith("admin/decap/") && !f.startsWith("pagefind/") && f !== "manifest.json");
  return own.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((f) => `${crypto.createHash("sha256").update(fs.readFileSync(path.join(output, f))).digest("hex")}  ${f}\n`).join("");
}

describe("a one-language site keeps its English words", () => {
  it("builds byte for byte what it built before sites had languages", async () => {
    const output = path.join(tempDir("one-language"), "_site");
    const run = await buildSite(path.join(FIXTURES, "basic", "content"), output, ["--no-cache"]);
    expect(run.code).toBe(0);
    const hashes = ownFileHashes(output);
    if (process.env["UPDATE_ONE_LANGUAGE"] === "1") fs.writeFileSync(ONE_LANGUAGE, hashes);
    const recorded = fs.readFileSync(ONE_LANGUAGE, "utf8");
    expect(recorded.split("\n").length).toBeGreaterThan(60);
    // The files whose bytes differ, or that one side has and the other not.
    const lines = (text: string): Set<string> => new Set(text.split("\n").filter(Boolean));
    const before = lines(recorded);
    const now = lines(hashes);
    expect([...now].filter((l) => !before.has(l)).map((l) => l.slice(66)), "changed or new files").toEqual([]);
    expect([...before].filter((l) => !now.has(l)).map((l) => l.slice(66)), "changed or missing files").toEqual([]);
  });

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

/** The fixture's stories by language, as their pages' addresses: what each language's lists may show. */
const STORIES: Readonly<Record<string, readonly string[]>> = {
  en: ["/2016/11/16/baku-marathon-route/", "/2016/03/03/caspian-ports-agree-winter-rules/", "/2015/07/10/sheki-silk-festival-opens/"],
  az: ["/az/2016/11/15/gencede-yeni-park/", "/az/2016/11/14/qebelede-ilk-qar/", "/az/2016/03/03/xezer-limanlari-qis-qaydalari/", "/az/2015/07/10/seki-ipek-festivali-baslayir/"],
  ru: ["/ru/2016/11/16/neft-i-gaz-itogi-oktyabrya/", "/ru/2016/11/14/v-gabale-vypal-pervyy-sneg/", "/ru/2016/03/03/kaspiyskie-porty-zimnie-pravila/", "/ru/2015/07/10/v-sheki-otkrylsya-festival-shelka/"],
};
const PREFIX = { en: "", az: "/az", ru: "/ru" } as const;
const LANGS = ["en", "az", "ru"] as const;
const ORIGIN = "https://trilingual.example";
const every = (): string[] => Object.values(STORIES).flat();
const strings = (lang: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(ROOT, "templates", "i18n", `${lang}.json`), "utf8")) as Record<string, unknown>;

/** The links of a page to stories of the fixture (any language), in the order they appear, once each. */
function storyLinks(output: string, url: string, scope = "main"): string[] {
  const $ = loadPage(output, url);
  const all = new Set(every());
  return [...new Set($(`${scope} a[href]`).map((_, a) => $(a).attr("href") ?? "").get().filter((href) => all.has(href)))];
}

/** The Caspian Sea topic's page in each language: one topic file names its tag in all three. */
const TOPIC_PAGES = ["/tags/caspian-sea/", "/az/tags/xezer-denizi/", "/ru/tags/kaspiyskoe-more/"];

/** A page's `<link rel="alternate" hreflang>` tags, as [hreflang, href] pairs. */
function hreflangOf(output: string, url: string): Array<[string, string]> {
  const $ = loadPage(output, url);
  return $('link[rel="alternate"][hreflang]').map((_, l) => [[$(l).attr("hreflang") ?? "", $(l).attr("href") ?? ""]]).get() as Array<[string, string]>;
}

describe("the pages of each language (the trilingual fixture, built once)", () => {
  const site = (): string => inject("trilingualSite");

  it("writes every page kind of each language under its prefix, and the default language's at the addresses it had", () => {
    const kinds = ["/", "/latest/", "/business/", "/culture/", "/authors/", "/authors/leyla-huseynova/", "/tags/", "/2016/", "/2016/03/", "/search/", "/404.html", "/feed.xml", "/business/feed.xml", "/authors/leyla-huseynova/feed.xml", "/fragments/latest.html"];
    for (const lang of LANGS) {
      for (const url of [...kinds, ...STORIES[lang] ?? []].map((u) => (STORIES[lang]?.includes(u) ? u : `${PREFIX[lang]}${u}`))) {
        expect(fs.existsSync(path.join(site(), outputFileOf(url))), url).toBe(true);
      }
    }
    // A story is written in its own language only.
    expect(fs.existsSync(path.join(site(), outputFileOf("/2016/03/03/xezer-limanlari-qis-qaydalari/")))).toBe(false);
    expect(fs.existsSync(path.join(site(), outputFileOf("/az/2016/03/03/caspian-ports-agree-winter-rules/")))).toBe(false);
    // Each language's tags under its prefix: Şəki, Sheki and Шеки are three pages.
    for (const url of ["/tags/sheki/", "/az/tags/seki/", "/ru/tags/sheki/", "/ru/tags/neft/"]) expect(fs.existsSync(path.join(site(), outputFileOf(url))), url).toBe(true);
    expect(fs.existsSync(path.join(site(), outputFileOf("/tags/neft/")))).toBe(false);
  });

  it("lists only the language's own stories on its home page, latest list, sections, author pages, tags and archives", () => {
    for (const lang of LANGS) {
      const own = STORIES[lang] ?? [];
      const p = PREFIX[lang];
      expect(storyLinks(site(), `${p}/`), `${p}/`).toEqual(own);
      expect(storyLinks(site(), `${p}/latest/`), `${p}/latest/`).toEqual(own);
      // The Latest sidebar's shared list, one per language.
      expect(storyLinks(site(), `${p}/fragments/latest.html`, "ol"), `${p}/fragments/latest.html`).toEqual(own);
      for (const url of [`${p}/business/`, `${p}/culture/`, `${p}/authors/leyla-huseynova/`, `${p}/authors/oleg-sadykhov/`, `${p}/2016/03/`, `${p}/2016/11/`]) {
        const links = storyLinks(site(), url);
        expect(links.filter((l) => !own.includes(l)), url).toEqual([]);
      }
      expect(storyLinks(site(), `${p}/2016/03/`), `${p}/2016/03/`).toEqual(own.filter((u) => u.includes("/2016/03/")));
      // Stories of every author of the language, none of another's: both authors write in several.
      const byAuthors = new Set([...storyLinks(site(), `${p}/authors/leyla-huseynova/`), ...storyLinks(site(), `${p}/authors/oleg-sadykhov/`)]);
      expect([...byAuthors].sort(), lang).toEqual([...own].sort());
    }
    expect(storyLinks(site(), "/ru/tags/neft/")).toEqual(["/ru/2016/11/16/neft-i-gaz-itogi-oktyabrya/"]);
    expect(storyLinks(site(), "/az/tags/seki/")).toEqual(["/az/2015/07/10/seki-ipek-festivali-baslayir/"]);
  });

  it("sets each page's language: <html lang>, og:locale with og:locale:alternate, its words and its dates", () => {
    for (const lang of LANGS) {
      const words = strings(lang);
      const p = PREFIX[lang];
      const others = LANGS.filter((l) => l !== lang);
      for (const url of [`${p}/`, `${p}/latest/`, `${p}/business/`, `${p}/authors/`, `${p}/tags/`, `${p}/2016/`, `${p}/search/`, `${p}/404.html`]) {
        const $ = loadPage(site(), url);
        expect($("html").attr("lang"), url).toBe(lang);
        expect($('meta[property="og:locale"]').attr("content"), url).toBe(lang);
        expect($('meta[property="og:locale:alternate"]').map((_, m) => $(m).attr("content")).get(), url).toEqual(others);
        expect($(".skip-link").text(), url).toBe(words["nav.skip"]);
        expect($(".sections__list a").first().text(), url).toBe(words["nav.home"]);
        // Every link of the section menu stays in the language.
        expect($(".sections__list a").map((_, a) => $(a).attr("href")).get().every((href: string) => href.startsWith(`${p}/`)), url).toBe(true);
        expect($("form.masthead__search").attr("action"), url).toBe(`${p}/search/`);
      }
    }
    expect(loadPage(site(), "/ru/business/")(".sections__list a[aria-current]").text()).toBe("Экономика");
    // The views of the article macros (bylines in lists, on cards, on the article) speak the page's language too.
    for (const url of ["/ru/", "/ru/latest/", "/ru/2016/03/03/kaspiyskie-porty-zimnie-pravila/"]) {
      const $ = loadPage(site(), url);
      expect($(".byline").first().text(), url).toMatch(/^Автор: /);
    }
    expect(loadPage(site(), "/az/2016/")(".months a").first().text()).toBe("Mart");
    expect(loadPage(site(), "/ru/2016/03/")(".list-head__title").text()).toBe("Архив: Март 2016");
    expect(loadPage(site(), "/ru/2016/03/")(".list-head__intro a").text()).toBe("Все новости за 2016 год");
    const pages = [
      ["/az/2016/03/03/xezer-limanlari-qis-qaydalari/", "az", "3 mart 2016 12:55 (UTC+04:00)"],
      ["/ru/2016/03/03/kaspiyskie-porty-zimnie-pravila/", "ru", "3 марта 2016 12:55 (UTC+04:00)"],
      ["/2016/03/03/caspian-ports-agree-winter-rules/", "en", "3 March 2016 12:55 (UTC+04:00)"],
      ["/ru/2015/07/10/v-sheki-otkrylsya-festival-shelka/", "ru", "10 июля 2015 17:00 (UTC+05:00)"],
    ] as const;
    for (const [url, lang, dateline] of pages) {
      const $ = loadPage(site(), url);
      expect($("html").attr("lang"), url).toBe(lang);
      expect($('meta[property="og:locale"]').attr("content"), url).toBe(lang);
      expect($('meta[property="og:locale:alternate"]').map((_, m) => $(m).attr("content")).get(), url).toEqual(LANGS.filter((l) => l !== lang));
      expect((JSON.parse($('script[type="application/ld+json"]').first().text()) as { inLanguage: string }).inLanguage, url).toBe(lang);
      expect($(".story__dateline time").text(), url).toBe(dateline);
      // Its byline, section and tags lead to its own language's pages.
      for (const a of $(".story__byline a, .story__section a, .story__tags a").get()) expect($(a).attr("href"), url).toMatch(new RegExp(`^${PREFIX[lang]}/[a-z]`));
    }
    // A story told in one language has no alternate locale.
    expect(loadPage(site(), "/az/2016/11/15/gencede-yeni-park/")('meta[property="og:locale:alternate"]').length).toBe(0);
  });

  it("links every story to its translations, named in their own languages", () => {
    const names: Readonly<Record<string, string>> = { en: "English", az: "Azərbaycanca", ru: "Русский" };
    const shipping = ["/2016/03/03/caspian-ports-agree-winter-rules/", "/az/2016/03/03/xezer-limanlari-qis-qaydalari/", "/ru/2016/03/03/kaspiyskie-porty-zimnie-pravila/"];
    for (const [i, url] of shipping.entries()) {
      const $ = loadPage(site(), url);
      const lang = LANGS[i] as string;
      const nav = $("nav.languages");
      expect(nav.attr("aria-label"), url).toBe(strings(lang)["article.otherLanguages"]);
      const links = nav.find("a").map((_, a) => [[$(a).attr("href"), $(a).attr("lang"), $(a).text()]]).get() as unknown as string[][];
      expect(links, url).toEqual(shipping.flatMap((other, j) => (j === i ? [] : [[other, LANGS[j], names[LANGS[j] as string]]])));
    }
    // Snow in Gabala: Azerbaijani and Russian versions only.
    const $ = loadPage(site(), "/az/2016/11/14/qebelede-ilk-qar/");
    expect($("nav.languages a").map((_, a) => $(a).text()).get()).toEqual(["Русский"]);
    expect(loadPage(site(), "/2016/11/16/baku-marathon-route/")("nav.languages").length).toBe(0);
    // A language's front page links to the other languages' front pages.
    for (const lang of LANGS) {
      const home = loadPage(site(), `${PREFIX[lang]}/`);
      expect(home("nav.languages a").map((_, a) => [[home(a).attr("href"), home(a).text()]]).get(), lang).toEqual(LANGS.filter((l) => l !== lang).map((l) => [`${PREFIX[l]}/`, names[l]]));
    }
  });

  it("names every version of a story in <link rel=alternate hreflang>, the same list on each, with x-default", () => {
    const pages = [...every(), "/", "/az/", "/ru/", ...TOPIC_PAGES];
    let linked = 0;
    for (const url of pages) {
      const alternates = hreflangOf(site(), url);
      if (alternates.length === 0) continue;
      linked += 1;
      // The page itself is among its versions, and each version names the same list back.
      expect(alternates.map(([, href]) => href), url).toContain(`${ORIGIN}${url}`);
      expect(alternates.filter(([lang]) => lang === "x-default"), url).toHaveLength(alternates.some(([lang]) => lang === "en") ? 1 : 0);
      for (const [lang, href] of alternates) {
        const there = href.slice(ORIGIN.length);
        expect(hreflangOf(site(), there), `${url} -> ${there}`).toEqual(alternates);
        if (lang !== "x-default") expect(loadPage(site(), there)("html").attr("lang"), there).toBe(lang);
      }
    }
    // Two stories in three languages, one in two, the three front pages and the topic's three pages.
    expect(linked).toBe(3 + 3 + 2 + 3 + 3);
    expect(hreflangOf(site(), "/ru/2016/11/14/v-gabale-vypal-pervyy-sneg/")).toEqual([
      ["az", `${ORIGIN}/az/2016/11/14/qebelede-ilk-qar/`],
      ["ru", `${ORIGIN}/ru/2016/11/14/v-gabale-vypal-pervyy-sneg/`],
    ]);
    expect(hreflangOf(site(), "/az/2016/11/15/gencede-yeni-park/")).toEqual([]);
  });

  it("shows a topic in each language with its name and description there, linked to its pages in the others", () => {
    const expected = {
      "/tags/caspian-sea/": { name: "Caspian Sea", description: "News of the Caspian Sea’s coast, its ports and its shipping.", others: [["/az/tags/xezer-denizi/", "Azərbaycanca"], ["/ru/tags/kaspiyskoe-more/", "Русский"]] },
      "/az/tags/xezer-denizi/": { name: "Xəzər dənizi", description: "Xəzər dənizinin sahilləri, limanları və gəmiçiliyi haqqında xəbərlər.", others: [["/tags/caspian-sea/", "English"], ["/ru/tags/kaspiyskoe-more/", "Русский"]] },
      "/ru/tags/kaspiyskoe-more/": { name: "Каспийское море", description: "Новости о побережье, портах и судоходстве Каспийского моря.", others: [["/tags/caspian-sea/", "English"], ["/az/tags/xezer-denizi/", "Azərbaycanca"]] },
    };
    for (const [url, want] of Object.entries(expected)) {
      const $ = loadPage(site(), url);
      expect($("h1").text(), url).toContain(want.name);
      expect($(".topic__description").text().trim(), url).toBe(want.description);
      expect($('meta[name="description"]').attr("content"), url).toBe(want.description);
      expect($("nav.languages a").map((_, a) => [[$(a).attr("href"), $(a).text()]]).get(), url).toEqual(want.others);
      expect($('meta[property="og:locale:alternate"]').map((_, m) => $(m).attr("content")).get(), url).toHaveLength(2);
    }
    // The topic's name is the tag's name on the language's stories too, whatever the stories spell.
    const az = loadPage(site(), "/az/2016/03/03/xezer-limanlari-qis-qaydalari/");
    expect(az('a[href="/az/tags/xezer-denizi/"]').first().text().trim()).toBe("Xəzər dənizi");
  });

  it("puts the same hreflang in the sitemap as xhtml:link, valid against the sitemap and xhtml:link schemas", async () => {
    const xml = fs.readFileSync(path.join(site(), "sitemap.xml"), "utf8");
    expect(await schemaErrors(xml, "hreflang-urlset.xsd")).toEqual([]);
    // The check does refuse a link the schema does not allow.
    expect(await schemaErrors(xml.replace('hreflang="ru"', 'hreflang="Russian!"'), "hreflang-urlset.xsd")).not.toEqual([]);
    const $ = cheerio.load(xml, { xml: true });
    const entries = new Map($("url").map((_, u) => [[$(u).children("loc").text().slice(ORIGIN.length), $(u).children("xhtml\\:link").map((_, l) => [[$(l).attr("hreflang"), $(l).attr("href")]]).get()]]).get() as unknown as Array<[string, string[][]]>);
    // Every page of every language is listed; each page's links are its HTML's.
    for (const url of [...every(), "/", "/az/", "/ru/", "/az/business/", "/ru/tags/neft/", "/az/authors/", "/ru/search/"]) expect(entries.has(url), url).toBe(true);
    for (const url of [...every(), "/", "/az/", "/ru/", ...TOPIC_PAGES]) expect(entries.get(url), url).toEqual(hreflangOf(site(), url));
    expect(entries.get("/ru/tags/kaspiyskoe-more/")).toHaveLength(4);
    // The news sitemap names each story's language; robots.txt names the sitemaps that list every language.
    const robots = fs.readFileSync(path.join(site(), "robots.txt"), "utf8");
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${ORIGIN}/news-sitemap.xml`);
  });

  it("has an Atom feed per language and per section, tag and author within it, each with xml:lang and only its language's stories", () => {
    for (const lang of LANGS) {
      const p = PREFIX[lang] ?? "";
      const feeds = listFiles(site()).filter((f) => f.endsWith("feed.xml") && (lang === "en" ? !/^(az|ru)\//.test(f) : f.startsWith(`${lang}/`)));
      expect(feeds.length, lang).toBeGreaterThan(8);
      for (const file of feeds) {
        const xml = fs.readFileSync(path.join(site(), file), "utf8");
        expect(xml, file).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`);
        const feed = parseFeed(xml).toJSON();
        expect(feed.items.length, file).toBeGreaterThan(0);
        for (const item of feed.items) expect(STORIES[lang], `${file}: ${item.url}`).toContain((item.url ?? "").slice(ORIGIN.length));
      }
      const main = parseFeed(fs.readFileSync(path.join(site(), `${p.slice(1)}${p ? "/" : ""}feed.xml`), "utf8")).toJSON();
      expect(main.items.map((i) => (i.url ?? "").slice(ORIGIN.length)), lang).toEqual(STORIES[lang]);
      // Each list page links its own language's feed.
      expect(loadPage(site(), `${p}/`)('link[type="application/atom+xml"]').attr("href"), lang).toBe(`${p}/feed.xml`);
    }
    expect(parseFeed(fs.readFileSync(path.join(site(), "ru/tags/neft/feed.xml"), "utf8")).toJSON().title).toBe("Caspian Courier: Тег: Нефть");
  });

  it("indexes each language apart for search, and each language's search page searches its own", () => {
    const entry = JSON.parse(fs.readFileSync(path.join(site(), "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number; wasm: string | null }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]))).toEqual({ en: 3, az: 4, ru: 4 });
    // Azerbaijani, which Pagefind has no stemmer for, is indexed with the Turkish one under its own name.
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.wasm]))).toEqual({ en: "en", az: "tr", ru: "ru" });
    for (const lang of LANGS) {
      const $ = loadPage(site(), `${PREFIX[lang]}/search/`);
      // Pagefind's interface loads the index of the page's <html lang>.
      expect($("html").attr("lang")).toBe(lang);
      expect($("form.search-form--page").attr("action")).toBe(`${PREFIX[lang]}/search/`);
    }
  });
});

describe("a breaking-news line per language (the trilingual fixture with tests/fixtures/frontpage-languages.yml)", () => {
  const site = { language: "en", languages: { en: {}, az: { prefix: "az" }, ru: { prefix: "ru" } } };
  /** Each language's shared fragment, where its pages find the breaking line, by the address `src/urls` gives it. */
  const fragmentOf = (lang: string): string => outputFileOf(languageUrl(site, lang, LATEST_FRAGMENT_URL));

  it("puts in each language's Latest fragment its own line while it holds, and no other language's", async () => {
    const output = await buildTrilingualWithPicks("breaking-languages");
    const bar = (lang: string) => cheerio.load(fs.readFileSync(path.join(output, fragmentOf(lang)), "utf8"))("[data-breaking]");
    expect(fragmentOf("az")).toBe(path.join("az", "fragments", "latest.html"));
    const en = bar("en");
    expect(en.find(".breaking__text a").text()).toBe("The seaside boulevard closes on Sunday for the Baku marathon");
    expect(en.find(".breaking__text a").attr("href")).toBe("/2016/11/16/baku-marathon-route/");
    const az = bar("az");
    expect(az.find(".breaking__text a").text()).toBe("Qəbələdə dağ yolları qar səbəbindən bağlanıb");
    expect(az.find(".breaking__text a").attr("href")).toBe("/az/2016/11/14/qebelede-ilk-qar/");
    // Each in its language's words, and only its own line.
    expect(az.attr("aria-label")).toBe(String(strings("az")["breaking.label"]));
    expect(az.text()).not.toContain("marathon");
    expect(en.text()).not.toContain("Qəbələ");
    // The Russian line expired at 09:00: the Russian pages have none.
    expect(bar("ru")).toHaveLength(0);
    expect(fs.readFileSync(path.join(output, fragmentOf("ru")), "utf8")).not.toContain("Паромы");
  });

  it("checks each language's breaking link, and names a line for a language the site does not have, each with its line", async () => {
    const content = trilingualWithPicks();
    writeFiles(content, {
      "_data/frontpage.yml": [
        "breaking:",
        "  en: { text: Storm warning, link: /2016/11/16/baku-marathon-route/, until: 2016-11-17T21:00 }",
        "  az:",
        "    text: Fırtına xəbərdarlığı",
        "    link: /az/2016/11/14/no-such-story/",
        "    until: 2016-11-17T21:00",
        "  ru: { text: Штормовое предупреждение, link: /ru/tags/no-such-tag/, until: 2016-11-17T21:00 }",
        "",
      ].join("\n"),
    });
    const file = path.join("content", "_data", "frontpage.yml");
    const error = await checkedContent(content).then(() => undefined, (e: unknown) => e as { problems?: unknown });
    expect(error?.problems).toEqual([
      { file, line: 5, message: expect.stringMatching(/^links to \/az\/2016\/11\/14\/no-such-story\/, which is not a page of this site/) },
      { file, line: 7, message: expect.stringMatching(/^links to \/ru\/tags\/no-such-tag\/, which is not a page of this site/) },
    ]);
    writeFiles(content, { "_data/frontpage.yml": "breaking:\n  tr: { text: Fırtına uyarısı, until: 2016-11-17T21:00 }\n" });
    const refused = await checkedContent(content).then(() => undefined, (e: unknown) => e as { problems?: unknown });
    expect(refused?.problems).toEqual([{ file, line: 2, message: expect.stringMatching(/^breaking\.tr is not a language of this site: give one line per language under en, az, ru/) }]);
  });
});
