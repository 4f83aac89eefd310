import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  articleUrl, authorUrl, feedUrl, HOME_URL, inLanguage, languagePrefix, languageUrl, LATEST_URL, monthUrl, pageUrl, sectionUrl, SITE_FEED_URL, tagUrl, yearUrl,
} from "../../../src/urls/index.js";

const site = { language: "en", languages: { en: {}, az: { prefix: "az" }, ru: { prefix: "ru" } } };
const date = DateTime.fromISO("2016-03-03T12:55:00", { zone: "Asia/Baku" });

describe("URLs per language", () => {
  it.each([
    ["az", articleUrl(date, "bakida-sammit"), "/az/2016/03/03/bakida-sammit/"],
    ["az", HOME_URL, "/az/"],
    ["az", sectionUrl("politics"), "/az/politics/"],
    ["az", tagUrl("neft"), "/az/tags/neft/"],
    ["az", SITE_FEED_URL, "/az/feed.xml"],
    ["az", authorUrl("amina-nazarli"), "/az/authors/amina-nazarli/"],
    ["ru", pageUrl(LATEST_URL, 2), "/ru/latest/page/2/"],
    ["ru", monthUrl(2016, 3), "/ru/2016/03/"],
    ["ru", feedUrl(sectionUrl("business")), "/ru/business/feed.xml"],
    ["ru", yearUrl(2015), "/ru/2015/"],
  ])("%s: %s → %s", (lang, url, expected) => {
    expect(languageUrl(site, lang, url)).toBe(expected);
  });

  it("leaves the default language's URLs as a one-language site has them", () => {
    for (const url of [HOME_URL, articleUrl(date, "baku-summit"), tagUrl("oil"), SITE_FEED_URL, pageUrl(sectionUrl("politics"), 3)]) {
      expect(languageUrl(site, "en", url)).toBe(url);
      expect(languageUrl({ language: "en" }, "en", url)).toBe(url);
    }
  });

  it("finds each language's prefix, none for the default or an unknown language", () => {
    expect([languagePrefix(site, "en"), languagePrefix(site, "az"), languagePrefix(site, "ru"), languagePrefix(site, "tr")]).toEqual([undefined, "az", "ru", undefined]);
    expect(inLanguage("az", "tags/neft/")).toBe("/az/tags/neft/");
    expect(inLanguage("", "/x/")).toBe("/x/");
  });
});
