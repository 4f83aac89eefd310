import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildSiteModel, groupBy, isMixedCase, mostUsedSpellings, paginate, type ModelContent } from "../../../src/collections/index.js";
import type { Article, SiteConfig } from "../../../src/content/index.js";
import { testArticle, testAuthor, testContent, testSite, ZONE } from "../../helpers/factory.js";

const SITE = testSite({ sections: [{ id: "politics", title: "Politics" }, { id: "sports", title: "Sports" }], perPage: 3, latestCount: 2 });
const AUTHORS = [testAuthor("amina", "Amina Test"), testAuthor("rauf", "Rauf Test"), testAuthor("idle", "Idle Writer")];
const article = testArticle;
const content = (articles: Article[], site: SiteConfig = SITE): ModelContent => testContent(articles, site, AUTHORS);

const BUILD = DateTime.fromISO("2026-11-01T00:00:00Z", { zone: ZONE });

describe("groupBy", () => {
  it("keeps the input order inside each group and lists an item once per key", () => {
    const groups = groupBy(["a1", "b1", "a2", "ab"], (s) => (s === "ab" ? ["a", "b", "a"] : [s.charAt(0)]));
    expect(groups).toEqual(new Map([["a", ["a1", "a2", "ab"]], ["b", ["b1", "ab"]]]));
  });
});

describe("mostUsedSpellings", () => {
  it("shows the spelling used most, whatever its case", () => {
    const names = mostUsedSpellings([
      ["energy", "energy"],
      ["energy", "Energy"],
      ["energy", "Energy"],
      ["oil", "OIL"],
      ["oil", "Oil"],
      ["oil", "OIL"],
    ]);
    expect(names.get("energy")).toBe("Energy");
    expect(names.get("oil")).toBe("OIL");
  });

  // Uses come newest article first: the first spelling of a tie is the newest article's.
  it.each([
    ["once each, the mixed-case spelling, wherever it comes", [["azerbaycan", "azerbaycan"], ["azerbaycan", "AZƏRBAYCAN"], ["azerbaycan", "Azərbaycan"]], "Azərbaycan"],
    ["the mixed-case spelling when it is the oldest", [["azerbaycan", "AZƏRBAYCAN"], ["azerbaycan", "azerbaycan"], ["azerbaycan", "Azərbaycan"]], "Azərbaycan"],
    ["two mixed-case spellings: the newest article's", [["caspian-sea", "Caspian sea"], ["caspian-sea", "Caspian Sea"], ["caspian-sea", "CASPIAN SEA"]], "Caspian sea"],
    ["the same two, the other way round", [["caspian-sea", "Caspian Sea"], ["caspian-sea", "Caspian sea"]], "Caspian Sea"],
    ["capitals against small letters: the newest article's", [["nato", "nato"], ["nato", "NATO"]], "nato"],
    ["small letters against capitals: the newest article's", [["nato", "NATO"], ["nato", "nato"]], "NATO"],
    ["a Turkish capital İ counts as a capital", [["istanbul", "İSTANBUL"], ["istanbul", "İstanbul"]], "İstanbul"],
    ["spellings with no letters: the newest article's", [["2024", "2024"]], "2024"],
    ["a tie of counts above one", [["seki", "ŞƏKİ"], ["seki", "şəki"], ["seki", "Şəki"], ["seki", "ŞƏKİ"], ["seki", "Şəki"]], "Şəki"],
  ] as const)("on a tie, prefers %s", (_case, uses, name) => {
    expect(mostUsedSpellings(uses).get(uses[0][0])).toBe(name);
  });

  it("tells mixed case from all capitals and all small letters", () => {
    expect(["Azərbaycan", "İstanbul", "iPhone", "AZƏRBAYCAN", "azərbaycan", "2024", "G7"].map(isMixedCase)).toEqual([true, true, true, false, false, false, false]);
  });
});

describe("paginate", () => {
  const opts = { kind: "tag" as const, key: "x", title: "X", baseUrl: "/tags/x/", perPage: 3 };
  /** Items 1..n, newest first (n is the newest). */
  const newestFirst = (n: number): number[] => Array.from({ length: n }, (_, i) => n - i);
  const shape = (n: number) => paginate(newestFirst(n), opts).map((p) => [p.url, p.items, p.newer, p.older]);

  it("shows a short group on its front page alone", () => {
    expect(shape(2)).toEqual([["/tags/x/", [2, 1], undefined, undefined]]);
    expect(paginate([], opts).map((p) => [p.url, p.items.length, p.page])).toEqual([["/tags/x/", 0, undefined]]);
  });

  it("numbers full blocks from the oldest, and keeps the newest stories on the front page", () => {
    // 8 stories, 3 a page: blocks 1-3 and 4-6 are pages 1 and 2; 7 and 8 are on the front only.
    expect(shape(8)).toEqual([
      ["/tags/x/", [8, 7, 6], undefined, "/tags/x/page/2/"],
      ["/tags/x/page/2/", [6, 5, 4], "/tags/x/", "/tags/x/page/1/"],
      ["/tags/x/page/1/", [3, 2, 1], "/tags/x/page/2/", undefined],
    ]);
  });

  it("links the front page past a block it shows whole", () => {
    expect(shape(6)).toEqual([
      ["/tags/x/", [6, 5, 4], undefined, "/tags/x/page/1/"],
      ["/tags/x/page/2/", [6, 5, 4], "/tags/x/", "/tags/x/page/1/"],
      ["/tags/x/page/1/", [3, 2, 1], "/tags/x/page/2/", undefined],
    ]);
  });

  it("keeps every numbered page as it was when newer stories arrive, but the newest page's one link", () => {
    const before = new Map(paginate(newestFirst(7), opts).filter((p) => p.page).map((p) => [p.url, p]));
    for (let n = 8; n <= 20; n++) {
      const after = new Map(paginate(newestFirst(n), opts).filter((p) => p.page).map((p) => [p.url, p]));
      for (const [url, page] of before) {
        const now = after.get(url);
        expect(now?.items, `${url} with ${n} stories`).toEqual(page.items);
        expect(now?.older, url).toEqual(page.older);
        // Only the page that was the newest changes, once: its "newer" link leaves the front page.
        if (page.newer !== "/tags/x/") expect(now?.newer, url).toEqual(page.newer);
      }
      for (const [url, page] of after) if (!before.has(url)) before.set(url, page);
    }
  });

  it("counts the whole group and names the list's oldest page", () => {
    const [front, second] = paginate(newestFirst(8), opts);
    expect(front?.total).toBe(8);
    expect(front?.oldest).toBe("/tags/x/page/1/");
    expect(second?.oldest).toBe("/tags/x/page/1/");
    expect(second?.page).toBe(2);
  });
});

describe("buildSiteModel", () => {
  it("orders ties by date, then title", () => {
    const model = buildSiteModel(
      content([
        article({ date: "2016-03-03T12:00:00", title: "Bravo" }),
        article({ date: "2016-03-03T12:00:00", title: "Alpha" }),
        article({ date: "2016-03-04T09:00:00", title: "Zulu" }),
      ]),
      { buildDate: BUILD },
    );
    expect(model.articles.map((a) => a.title)).toEqual(["Zulu", "Alpha", "Bravo"]);
  });

  it("folds tags to one listing with the most used spelling, and pages it", () => {
    const articles = [
      article({ date: "2016-01-01", tags: ["Azərbaycan"] }),
      article({ date: "2016-01-02", tags: ["azərbaycan"] }),
      article({ date: "2016-01-03", tags: ["Azərbaycan"] }),
      article({ date: "2016-01-04", tags: ["AZERBAYCAN", "Oil"] }),
    ];
    const model = buildSiteModel(content(articles), { buildDate: BUILD });
    const tagPages = model.listings.tag.filter((l) => l.key === "azerbaycan");
    // Four stories, three a page: the front page has the newest three, page 1 the oldest three.
    expect(tagPages.map((p) => [p.url, p.title, p.items.length])).toEqual([
      ["/tags/azerbaycan/", "Azərbaycan", 3],
      ["/tags/azerbaycan/page/1/", "Azərbaycan", 3],
    ]);
    expect(model.articles[0]?.tags.map((t) => t.name)).toEqual(["Azərbaycan", "Oil"]);
    expect(model.tags.map((g) => [g.letter, g.tags.map((t) => `${t.name} ${t.count}`)])).toEqual([
      ["A", ["Azərbaycan 4"]],
      ["O", ["Oil 1"]],
    ]);
  });

  it("lists co-authored articles under each author, and gives an author with none an empty page", () => {
    const model = buildSiteModel(
      content([article({ date: "2016-01-01", byline: ["amina", "rauf"] }), article({ date: "2016-01-02", byline: ["rauf"] })]),
      { buildDate: BUILD },
    );
    const byAuthor = Object.fromEntries(model.listings.author.map((l) => [l.key, l.items.length]));
    expect(byAuthor).toEqual({ amina: 1, rauf: 2, idle: 0 });
    expect(model.authors.map((e) => [e.author.name, e.count])).toEqual([["Amina Test", 1], ["Idle Writer", 0], ["Rauf Test", 2]]);
    expect(model.articles[1]?.byline.map((b) => `${b.separator}${b.name}`).join("")).toBe("Amina Test and Rauf Test");
  });

  it("groups by section, month and year in the site zone", () => {
    const model = buildSiteModel(
      content([
        // 22:30 UTC on 31 May is 1 June in Baku.
        article({ date: "2016-05-31T22:30:00Z", section: "sports" }),
        article({ date: "2016-05-20T10:00:00" }),
        article({ date: "2015-07-10T12:00:00Z" }),
      ]),
      { buildDate: BUILD },
    );
    expect(model.listings.month.map((l) => [l.url, l.title, l.items.length])).toEqual([
      ["/2016/06/", "June 2016", 1],
      ["/2016/05/", "May 2016", 1],
      ["/2015/07/", "July 2015", 1],
    ]);
    expect(model.years.map((y) => [y.url, y.count, y.months.map((m) => m.name)])).toEqual([
      ["/2016/", 2, ["May", "June"]],
      ["/2015/", 1, ["July"]],
    ]);
    expect(model.listings.section.map((l) => [l.url, l.items.length])).toEqual([["/politics/", 2], ["/sports/", 1]]);
  });

  it("leaves drafts and articles dated after the build out, unless previewing", () => {
    const articles = [
      article({ date: "2016-01-01", title: "Published" }),
      article({ date: "2016-01-02", title: "Draft", draft: true, tags: ["Secret"] }),
      article({ date: "2027-01-01", title: "Embargoed", byline: ["idle"] }),
    ];
    const model = buildSiteModel(content(articles), { buildDate: BUILD });
    expect(model.articles.map((a) => a.title)).toEqual(["Published"]);
    expect(model.listings.tag).toEqual([]);
    expect(model.authors.find((e) => e.author.id === "idle")?.count).toBe(0);
    const preview = buildSiteModel(content(articles), { buildDate: BUILD, preview: true });
    expect(preview.articles.map((a) => [a.title, a.draft, a.embargoedUntil?.text])).toEqual([
      ["Embargoed", false, "1 January 2027 00:00 (UTC+04:00)"],
      ["Draft", true, undefined],
      ["Published", false, undefined],
    ]);
  });

  it("puts the newest story first on the home page and fills section blocks with the rest", () => {
    const articles = Array.from({ length: 8 }, (_, i) => article({ date: `2016-01-0${i + 1}`, section: i % 2 ? "sports" : "politics" }));
    const model = buildSiteModel(content(articles), { buildDate: BUILD, homeTop: 2, homePerSection: 2 });
    const shown = [model.home.lead, ...model.home.top, ...model.home.sections.flatMap((s) => s.items)].map((a) => a?.slug);
    expect(new Set(shown).size).toBe(shown.length);
    expect(model.home.lead?.slug).toBe(model.articles[0]?.slug);
    expect(model.home.sections.map((s) => [s.section.key, s.items.length])).toEqual([["politics", 2], ["sports", 2]]);
  });
});
