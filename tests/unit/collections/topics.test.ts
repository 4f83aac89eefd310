import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildSiteModel, tagDisplayNames, type SiteModel } from "../../../src/collections/index.js";
import type { Article, Topic } from "../../../src/content/index.js";
import { testArticle, testContent, ZONE } from "../../helpers/factory.js";

const BUILD = DateTime.fromISO("2026-11-01T00:00:00Z", { zone: ZONE });

/** A topic file's content, as `readTopics` gives it. */
function topic(slug: string, fields: Partial<Topic> = {}): Topic {
  return { slug, descriptionHtml: `<p>About ${slug}.</p>`, descriptionText: `About ${slug}.`, links: [], sourcePath: `content/tags/${slug}.md`, ...fields };
}

function model(articles: Article[], topics: Topic[] = []): SiteModel {
  return buildSiteModel({ ...testContent(articles), topics: new Map(topics.map((t) => [t.slug, t])) }, { buildDate: BUILD });
}

/** Every place a tag's name shows in the model: each article's mention, its list pages, its group (feeds) and /tags/. */
function namesOf(m: SiteModel, key: string): string[] {
  return [
    ...m.articles.flatMap((a) => a.tags.filter((t) => t.key === key).map((t) => t.name)),
    ...m.listings.tag.filter((l) => l.key === key).map((l) => l.title),
    ...m.groups.tag.filter((g) => g.key === key).map((g) => g.title),
    ...m.tags.flatMap((letter) => letter.tags.filter((t) => t.key === key).map((t) => t.name)),
  ];
}

describe("the name a tag shows", () => {
  it("is the mixed-case spelling when three spellings are used once each, on every article", () => {
    const m = model([
      testArticle({ date: "2016-01-01", tags: ["azerbaycan"] }),
      testArticle({ date: "2016-01-02", tags: ["AZƏRBAYCAN"] }),
      testArticle({ date: "2016-01-03", tags: ["Azərbaycan"] }),
    ]);
    const names = namesOf(m, "azerbaycan");
    // Three article mentions, one list page, one feed group, one row of /tags/.
    expect(names).toHaveLength(6);
    expect(new Set(names)).toEqual(new Set(["Azərbaycan"]));
  });

  it("is the newest article's spelling when the tie is between two mixed-case spellings", () => {
    const older = testArticle({ date: "2016-01-01", tags: ["Caspian sea"] });
    const newer = testArticle({ date: "2016-01-02", tags: ["Caspian Sea"] });
    expect(new Set(namesOf(model([older, newer]), "caspian-sea"))).toEqual(new Set(["Caspian Sea"]));
    // File order does not matter: the dates do.
    expect(new Set(namesOf(model([newer, older]), "caspian-sea"))).toEqual(new Set(["Caspian Sea"]));
    const newest = testArticle({ date: "2016-01-03", tags: ["Caspian sea"] });
    expect(new Set(namesOf(model([older, newer, newest]), "caspian-sea"))).toEqual(new Set(["Caspian sea"]));
  });

  it("counts only published articles", () => {
    const m = model([
      testArticle({ date: "2016-01-01", tags: ["Oil"] }),
      testArticle({ date: "2016-01-02", tags: ["OIL"], draft: true }),
      testArticle({ date: "2016-01-03", tags: ["OIL"], draft: true }),
    ]);
    expect(new Set(namesOf(m, "oil"))).toEqual(new Set(["Oil"]));
  });

  it("is the topic file's name wherever the tag is mentioned, whatever the vote", () => {
    const m = model(
      [testArticle({ date: "2016-01-01", tags: ["AZƏRBAYCAN"] }), testArticle({ date: "2016-01-02", tags: ["AZƏRBAYCAN", "Oil"] })],
      [topic("azerbaycan", { name: "Azerbaijan" })],
    );
    expect(new Set(namesOf(m, "azerbaycan"))).toEqual(new Set(["Azerbaijan"]));
    expect(new Set(namesOf(m, "oil"))).toEqual(new Set(["Oil"]));
  });

  it("is the vote when the topic file gives no name", () => {
    const m = model([testArticle({ date: "2016-01-01", tags: ["Oil"] })], [topic("oil")]);
    expect(new Set(namesOf(m, "oil"))).toEqual(new Set(["Oil"]));
    expect(m.topics["oil"]?.name).toBe("Oil");
  });
});

describe("topics in the site model", () => {
  it("gives each used tag with a topic file its view, and nothing to a file no published article uses", () => {
    const image = { src: "./oil.jpg", alt: "A pump", html: "<picture></picture>", shareUrl: "/img/x-1200.jpeg" };
    const m = model(
      [testArticle({ date: "2016-01-01", tags: ["Oil"] }), testArticle({ date: "2016-01-02", tags: ["Gas"], draft: true })],
      [topic("oil", { name: "Crude oil", image }), topic("gas"), topic("coal")],
    );
    expect(Object.keys(m.topics)).toEqual(["oil"]);
    expect(m.topics["oil"]).toEqual({ key: "oil", name: "Crude oil", url: "/tags/oil/", descriptionHtml: "<p>About oil.</p>", descriptionText: "About oil.", image });
  });

  it("finds no topic for a tag named like a property of every object", () => {
    const m = model([testArticle({ date: "2016-01-01", tags: ["Constructor", "toString"] })]);
    expect(m.topics["constructor"]).toBeUndefined();
    expect(m.topics["tostring"]).toBeUndefined();
  });
});

describe("tagDisplayNames", () => {
  it("takes the topic's name over the vote, and leaves tags without a topic to the vote", () => {
    const names = tagDisplayNames([["oil", "OIL"], ["gas", "gas"]], new Map([["oil", topic("oil", { name: "Oil" })], ["coal", topic("coal", { name: "Coal" })]]));
    expect(names).toEqual(new Map([["oil", "Oil"], ["gas", "gas"]]));
  });
});
