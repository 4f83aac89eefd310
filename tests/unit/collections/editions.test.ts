import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildSiteModel, bylineNamesIn, languageView } from "../../../src/collections/index.js";
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
});
