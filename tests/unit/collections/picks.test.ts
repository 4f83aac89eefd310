import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildSiteModel, chooseStories, homeStories, pickProblems, storyRef } from "../../../src/collections/index.js";
import type { FrontPage } from "../../../src/content/index.js";
import { nextChange } from "../../../src/pipeline/schedule.js";
import { testArticle, testContent, testSite, ZONE } from "../../helpers/factory.js";

const at = (iso: string): DateTime => DateTime.fromISO(iso, { zone: ZONE });
const SITE = testSite({ sections: [{ id: "politics", title: "Politics" }, { id: "sports", title: "Sports" }] });
const FILE = "content/_data/frontpage.yml";

/** Six stories, one a day from 1 to 6 November 2026; story 6 is the newest. */
const stories = [1, 2, 3, 4, 5, 6].map((d) => testArticle({ date: `2026-11-0${d}T10:00`, slug: `day-${d}`, sourcePath: `content/articles/2026/11/day-${d}.md`, section: d % 2 ? "politics" : "sports" }));
const draft = testArticle({ date: "2026-11-03T12:00", slug: "unfinished", sourcePath: "content/articles/2026/11/unfinished.md", draft: true });
const embargoed = testArticle({ date: "2026-11-20T08:00", slug: "tomorrow", sourcePath: "content/articles/2026/11/tomorrow.md" });

const model = (frontPage: FrontPage | undefined, buildIso: string, homeTop = 3) =>
  buildSiteModel({ ...testContent([...stories, draft, embargoed], SITE), ...(frontPage ? { frontPage } : {}) }, { buildDate: at(buildIso), homeTop, homePerSection: 2 });
const slugs = (views: ReadonlyArray<{ slug: string }>): string[] => views.map((v) => v.slug);

describe("storyRef", () => {
  it("reads a story as an address, the site's absolute URL, or a file under content/articles", () => {
    expect(storyRef("/2026/11/01/day-1", "https://test.example")).toEqual({ url: "/2026/11/01/day-1/" });
    expect(storyRef("https://test.example/2026/11/01/day-1/", "https://test.example")).toEqual({ url: "/2026/11/01/day-1/" });
    expect(storyRef("2026/11/day-1", "")).toEqual({ file: "articles/2026/11/day-1.md" });
    expect(storyRef("content/articles/2026/11/day-1.md", "")).toEqual({ file: "articles/2026/11/day-1.md" });
  });
});

describe("editors' picks on the home page", () => {
  it("without picks, the newest story leads and the next ones follow", () => {
    const home = model(undefined, "2026-11-10T00:00").home;
    expect(home.lead?.slug).toBe("day-6");
    expect(slugs(home.top)).toEqual(["day-5", "day-4", "day-3"]);
  });

  it("the chosen lead and top stories come first, in the editors' order, then the newest not chosen", () => {
    const frontPage: FrontPage = {
      sourcePath: FILE,
      lead: { story: "/2026/11/02/day-2/" },
      top: [{ story: "2026/11/day-1" }, { story: "/2026/11/02/day-2/" }, { story: "https://test.example/2026/11/04/day-4/" }],
    };
    const home = model(frontPage, "2026-11-10T00:00").home;
    expect(home.lead?.slug).toBe("day-2");
    // day-2 is the lead already, so it is not listed twice.
    expect(slugs(home.top)).toEqual(["day-1", "day-4", "day-6"]);
    // The section blocks leave out every story shown above them.
    const shown = home.sections.flatMap((s) => slugs(s.items));
    expect(shown).not.toContain("day-2");
    expect(shown).not.toContain("day-1");
    expect(shown).toContain("day-5");
  });

  it("a pick drops back into the chronology when the build reaches its expiry", () => {
    const frontPage: FrontPage = { sourcePath: FILE, lead: { story: "/2026/11/01/day-1/", until: at("2026-11-10T18:00") }, top: [{ story: "/2026/11/02/day-2/", until: at("2026-11-09T00:00") }] };
    const before = model(frontPage, "2026-11-08T12:00").home;
    expect([before.lead?.slug, slugs(before.top)[0]]).toEqual(["day-1", "day-2"]);
    const between = model(frontPage, "2026-11-09T00:00").home;
    expect([between.lead?.slug, slugs(between.top)]).toEqual(["day-1", ["day-6", "day-5", "day-4"]]);
    const after = model(frontPage, "2026-11-10T18:00").home;
    expect(after.lead?.slug).toBe("day-6");
  });

  it("an embargoed pick waits for its release, and the schedule wakes the build for it and for each expiry", () => {
    const frontPage: FrontPage = {
      sourcePath: FILE,
      lead: { story: "2026/11/tomorrow" },
      top: [{ story: "/2026/11/03/day-3/", until: at("2026-11-19T12:00") }],
      breaking: [{ lang: "en", where: "breaking", text: "Storm warning", until: at("2026-11-19T09:00") }],
    };
    expect(model(frontPage, "2026-11-19T00:00").home.lead?.slug).toBe("day-6");
    expect(model(frontPage, "2026-11-20T08:00").home.lead?.slug).toBe("tomorrow");
    const steps: string[] = [];
    let ms = at("2026-11-19T00:00").toMillis();
    for (let i = 0; i < 3; i++) {
      const next = nextChange([...stories, embargoed], [], ms, frontPage);
      steps.push(next.reason ?? "none");
      ms = (next.epoch ?? 0) * 1000;
    }
    expect(steps).toEqual(["the breaking-news line expires", "the pick of /2026/11/03/day-3/ expires", "content/articles/2026/11/tomorrow.md is released"]);
  });

  it("the breaking-news line shows until its expiry, dated in the site zone", () => {
    const frontPage: FrontPage = { sourcePath: FILE, top: [], breaking: [{ lang: "en", where: "breaking", text: "Polls have closed", link: "/politics/", until: at("2026-11-10T21:00") }] };
    expect(model(frontPage, "2026-11-10T20:59").breaking).toMatchObject({ text: "Polls have closed", link: "/politics/", until: { iso: "2026-11-10T21:00:00+04:00" } });
    expect(model(frontPage, "2026-11-10T21:00").breaking).toBeUndefined();
  });

  it("gives each language's edition its own breaking line, while it holds; a line written alone is the default language's", () => {
    const three = testSite({
      languages: { en: { name: "English" }, az: { name: "Azərbaycanca", prefix: "az" }, ru: { name: "Русский", prefix: "ru" } },
      sections: [{ id: "politics", title: "Politics" }],
      defaultSection: "politics",
    });
    const inAll = ["en", "az", "ru"].map((lang) => testArticle({ date: "2026-11-01T10:00", slug: `story-${lang}`, section: "politics", lang, sourcePath: `content/articles/2026/11/story-${lang}.md` }));
    const lines = (frontPage: FrontPage, iso: string): Array<[string, string | undefined]> =>
      buildSiteModel({ ...testContent(inAll, three), frontPage }, { buildDate: at(iso) }).editions.map((e) => [e.lang, e.breaking?.text]);
    const perLanguage: FrontPage = {
      sourcePath: FILE,
      top: [],
      breaking: [
        { lang: "en", where: "breaking.en", text: "Polls have closed", until: at("2026-11-10T21:00") },
        { lang: "az", where: "breaking.az", text: "Seçki məntəqələri bağlanıb", link: "/az/politics/", until: at("2026-11-10T23:00") },
      ],
    };
    expect(lines(perLanguage, "2026-11-10T20:00")).toEqual([["en", "Polls have closed"], ["az", "Seçki məntəqələri bağlanıb"], ["ru", undefined]]);
    // Each line goes at its own expiry.
    expect(lines(perLanguage, "2026-11-10T22:00")).toEqual([["en", undefined], ["az", "Seçki məntəqələri bağlanıb"], ["ru", undefined]]);
    expect(lines(perLanguage, "2026-11-10T23:00")).toEqual([["en", undefined], ["az", undefined], ["ru", undefined]]);
    const az = buildSiteModel({ ...testContent(inAll, three), frontPage: perLanguage }, { buildDate: at("2026-11-10T20:00") }).editions[1]?.breaking;
    expect(az).toMatchObject({ link: "/az/politics/", until: { iso: "2026-11-10T23:00:00+04:00" } });
    const alone: FrontPage = { sourcePath: FILE, top: [], breaking: [{ lang: "en", where: "breaking", text: "Storm warning", until: at("2026-11-10T21:00") }] };
    expect(lines(alone, "2026-11-10T20:00")).toEqual([["en", "Storm warning"], ["az", undefined], ["ru", undefined]]);
    // The schedule wakes the build at each line's expiry, naming its language.
    const steps: string[] = [];
    let ms = at("2026-11-10T20:00").toMillis();
    for (let next = nextChange([], [], ms, perLanguage); next.epoch !== undefined; next = nextChange([], [], ms, perLanguage)) {
      steps.push(`${next.kind}: ${next.reason}`);
      ms = next.epoch * 1000;
    }
    expect(steps).toEqual(["breaking: the en breaking-news line expires", "breaking: the az breaking-news line expires"]);
  });

  it("homeStories fills from the chronology when picks run short, and chooseStories skips stories not published", () => {
    const chosen = chooseStories({ sourcePath: FILE, top: [{ story: "/nowhere/" }, { story: "b" }] }, [{ url: "/a/", sourcePath: "content/articles/a.md" }, { url: "/b/", sourcePath: "content/articles/b.md" }], 0, "");
    expect(chosen.top.map((s) => s.url)).toEqual(["/b/"]);
    expect(homeStories({ top: ["b"] }, ["a", "b", "c", "d"], 2)).toEqual({ lead: "a", top: ["b", "c"] });
  });
});

describe("pickProblems", () => {
  const urlOf = (a: { date: DateTime; slug: string }): string => `/${a.date.toFormat("yyyy/MM/dd")}/${a.slug}/`;
  it("names the file and line of a story that does not exist or is a draft; an embargoed one is fine", () => {
    const frontPage: FrontPage = {
      sourcePath: FILE,
      lead: { story: "/2026/11/01/no-such-story/", line: 2 },
      top: [{ story: "2026/11/unfinished", line: 5 }, { story: "/2026/11/20/tomorrow/", line: 6 }],
    };
    const problems = pickProblems(frontPage, [...stories, draft, embargoed], urlOf, SITE.url, false);
    expect(problems).toEqual([
      { file: FILE, line: 2, message: expect.stringContaining('lead: story "/2026/11/01/no-such-story/" is not an article of this site') },
      { file: FILE, line: 5, message: expect.stringContaining("is a draft (content/articles/2026/11/unfinished.md)") },
    ]);
    expect(pickProblems(frontPage, [...stories, draft, embargoed], urlOf, SITE.url, true)).toHaveLength(1);
  });
});
