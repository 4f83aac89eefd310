import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildSiteModel, bylineNamesIn, languageView } from "../../../src/collections/index.js";
import type { Topic } from "../../../src/content/index.js";
import { testArticle, testAuthor, testContent, testSite, ZONE } from "../../helpers/factory.js";

/** One edition per language: the site model of a site with `languages`. */

const site = testSite({
  languages: { en: { name: "English" }, az: { name: "Azərbaycanca", prefix: "az" }, ru: { name: "Русский", prefix: "ru" } },
  sections: [{ id: "politics", title: "Politics", titles: { en: "Politics", az: "Siyasət", ru: "Политика" } }],
  defaultSection: "politics",
});
const buildDate = DateTime.fromISO("2030-01-01T00:00:00", { zone: ZONE });
const authors = [testAuthor("amina", "Amina Test"), testAuthor("rauf", "Rauf Test")];

describe("the editions of a site with languages", () => {
  it("makes one edition per language, the default first, each with its own stories, addresses and words", () => {
    const en = testArticle({ date: "2016-03-03T12:55:00+04:00", slug: "summit", section: "politics", lang: "en", translationKey: "summit", tags: ["Oil"] });
    const az = testArticle({ date: "2016-03-03T12:55:00+04:00", slug: "sammit", section: "politics", lang: "az", translationKey: "summit", tags: ["Neft"], byline: ["amina", "rauf"] });
    const ru = testArticle({ date: "2016-03-04T10:00:00+04:00", slug: "neft", section: "politics", lang: "ru", tags: ["Нефть"] });
    const model = buildSiteModel(testContent([en, az, ru], site, authors), { buildDate, words: (lang, key) => `${key}@${lang}` });
    expect(model.editions.map((e) => e.lang)).toEqual(["en", "az", "ru"]);
    expect(model.articles.map((a) => a.url)).toEqual(["/ru/2016/03/04/neft/", "/2016/03/03/summit/", "/az/2016/03/03/sammit/"]);
    const [, edAz, edRu] = model.editions;
    expect(edAz?.articles.map((a) => a.url)).toEqual(["/az/2016/03/03/sammit/"]);
    expect(edAz?.urls.home).toBe("/az/");
    expect(edAz?.sections.map((s) => [s.name, s.url])).toEqual([["Siyasət", "/az/politics/"]]);
    expect(edAz?.listings.tag.map((l) => l.url)).toEqual(["/az/tags/neft/"]);
    expect(edAz?.listings.latest[0]?.title).toBe("latest.news@az");
    expect(edRu?.listings.month.map((l) => l.title)).toEqual(["Март 2016"]);
    expect(edRu?.groups.author.find((g) => g.key === "amina")?.url).toBe("/ru/authors/amina/");
    // A story's versions, and the byline's last "and" in the story's language.
    const sammit = edAz?.articles[0];
    expect(sammit?.translations).toEqual([{ lang: "en", name: "English", url: "/2016/03/03/summit/" }]);
    expect(sammit?.alternates?.map((a) => a.hreflang)).toEqual(["en", "az", "x-default"]);
    expect(sammit?.byline.map((b) => b.separator)).toEqual(["", " byline.and@az "]);
    expect(model.editions[0]?.articles[0]?.translations?.map((t) => t.url)).toEqual(["/az/2016/03/03/sammit/"]);
    expect(edRu?.articles[0]?.translations).toBeUndefined();
  });

  it("keeps a one-language site to one edition without a language view, its addresses unprefixed", () => {
    const model = buildSiteModel(testContent([testArticle({ date: "2016-03-03T12:55:00+04:00", slug: "summit" })]), { buildDate });
    expect(model.editions).toHaveLength(1);
    expect(model.language).toBeUndefined();
    expect(model.articles[0]?.url).toBe("/2016/03/03/summit/");
    expect(model.articles[0]?.alternates).toBeUndefined();
    expect(model.listings.latest[0]?.title).toBe("Latest news");
  });

  it("names the other languages' front pages, and every front page for hreflang", () => {
    expect(languageView(site, "ru")).toEqual({
      code: "ru",
      name: "Русский",
      others: [{ lang: "en", name: "English", url: "/" }, { lang: "az", name: "Azərbaycanca", url: "/az/" }],
      alternates: [
        { hreflang: "en", href: "https://test.example/" },
        { hreflang: "az", href: "https://test.example/az/" },
        { hreflang: "ru", href: "https://test.example/ru/" },
        { hreflang: "x-default", href: "https://test.example/" },
      ],
    });
    expect(languageView(testSite(), "en")).toBeUndefined();
  });

  it("joins a byline's last two names with the language's word", () => {
    const names = bylineNamesIn([{ name: "A", url: "/a/" }, { name: "B", url: "/b/" }, { name: "C", url: "/c/" }] as never, "və");
    expect(names.map((n) => n.separator)).toEqual(["", ", ", " və "]);
  });

  it("gives each language's tag its topic's name and description, and links the topic's pages across languages", () => {
    const version = (slug: string, name: string, description: string) => ({ slug, name, descriptionHtml: `<p>${description}</p>`, descriptionText: description, links: [] });
    const sea: Topic = {
      slug: "caspian-sea", name: "Caspian Sea", descriptionHtml: "<p>The sea.</p>", descriptionText: "The sea.", links: [], sourcePath: "content/tags/caspian-sea.md",
      versions: { az: version("xezer-denizi", "Xəzər dənizi", "Dəniz."), ru: version("kaspiyskoe-more", "Каспийское море", "Море.") },
    };
    const en = testArticle({ date: "2016-03-03T12:55:00+04:00", slug: "ports", section: "politics", lang: "en", tags: ["caspian sea"] });
    const az = testArticle({ date: "2016-03-03T12:55:00+04:00", slug: "limanlar", section: "politics", lang: "az", tags: ["xəzər dənizi"] });
    // No Russian story has the Russian tag: the Russian version has no page to link.
    const ru = testArticle({ date: "2016-03-04T10:00:00+04:00", slug: "porty", section: "politics", lang: "ru", tags: ["Порты"] });
    const model = buildSiteModel({ ...testContent([en, az, ru], site, authors), topics: new Map([["caspian-sea", sea]]) }, { buildDate });
    const [edEn, edAz, edRu] = model.editions;
    // The topic's name replaces the spelling editors used, in each language.
    expect(edAz?.listings.tag.map((l) => [l.title, l.url])).toEqual([["Xəzər dənizi", "/az/tags/xezer-denizi/"]]);
    expect(edAz?.articles[0]?.tags.map((t) => t.name)).toEqual(["Xəzər dənizi"]);
    expect(edEn?.listings.tag.map((l) => l.title)).toEqual(["Caspian Sea"]);
    const topicAz = edAz?.topics["xezer-denizi"];
    expect(topicAz).toMatchObject({ name: "Xəzər dənizi", url: "/az/tags/xezer-denizi/", descriptionText: "Dəniz." });
    expect(topicAz?.translations).toEqual([{ lang: "en", name: "English", url: "/tags/caspian-sea/" }]);
    // Reciprocal: both pages carry the same alternates, the default language's page as x-default.
    const alternates = [
      { hreflang: "en", href: "https://test.example/tags/caspian-sea/" },
      { hreflang: "az", href: "https://test.example/az/tags/xezer-denizi/" },
      { hreflang: "x-default", href: "https://test.example/tags/caspian-sea/" },
    ];
    expect(topicAz?.alternates).toEqual(alternates);
    expect(edEn?.topics["caspian-sea"]?.alternates).toEqual(alternates);
    expect(edEn?.topics["caspian-sea"]?.translations).toEqual([{ lang: "az", name: "Azərbaycanca", url: "/az/tags/xezer-denizi/" }]);
    expect(Object.keys(edRu?.topics ?? {})).toEqual([]);
  });

  it("keeps a one-language site's topic views as they were, with no links to other languages", () => {
    const sea: Topic = { slug: "caspian-sea", name: "Caspian Sea", descriptionHtml: "", descriptionText: "", links: [], sourcePath: "content/tags/caspian-sea.md" };
    const model = buildSiteModel({ ...testContent([testArticle({ date: "2016-03-03T12:55:00+04:00", slug: "ports", tags: ["Caspian Sea"] })]), topics: new Map([["caspian-sea", sea]]) }, { buildDate });
    expect(model.topics["caspian-sea"]).toEqual({ key: "caspian-sea", name: "Caspian Sea", url: "/tags/caspian-sea/", descriptionHtml: "", descriptionText: "" });
  });
});
