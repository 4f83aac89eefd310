import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRelatedNews, type ArticleView, type RelatedCandidate, type RelatedOptions } from "../../../src/collections/index.js";
import { DEFAULT_RELATED, type Article } from "../../../src/content/index.js";
import { testArticle, testAuthor, testSite, testView } from "../../helpers/factory.js";

const SITE = testSite({ sections: [{ id: "politics", title: "Politics" }, { id: "business", title: "Business" }, { id: "sports", title: "Sports" }] });
const AUTHORS = [testAuthor("amina", "Amina Test"), testAuthor("rauf", "Rauf Test"), testAuthor("leyla", "Leyla Test")];

/** An article's view as the model makes it: by Amina in politics unless told otherwise. */
const story = (fields: Partial<Omit<Article, "date">> & { date: string }): ArticleView => testView(testArticle(fields), { site: SITE, authors: AUTHORS });

/** The defaults of site.json with a test's overrides; no floor under the tag cut-off unless given. */
const settings = (over: Partial<RelatedOptions> = {}): RelatedOptions => ({ ...DEFAULT_RELATED, commonTagMinStories: 0, maxTagShare: 1, ...over });

/** The titles related to `subject`, best first. */
const titlesFor = (stories: readonly ArticleView[], subject: ArticleView, options = settings()): string[] =>
  (buildRelatedNews(stories, options).get(subject) ?? []).map((s) => s.title);

describe("buildRelatedNews: ranking", () => {
  it("ranks older stories by weighted overlap: tags 3, author 2, section 1", () => {
    const subject = story({ title: "Subject", date: "2020-06-01T12:00", tags: ["Oil", "Gas"], byline: ["amina"], section: "politics" });
    const stories = [
      subject,
      story({ title: "Both tags, other desk", date: "2020-01-01T12:00", tags: ["Gas", "Oil"], byline: ["rauf"], section: "business" }), // 6
      story({ title: "One tag and the author", date: "2020-01-02T12:00", tags: ["Oil"], byline: ["amina"], section: "business" }), // 5
      story({ title: "One tag and the section", date: "2020-01-03T12:00", tags: ["Gas"], byline: ["rauf"], section: "politics" }), // 4
      story({ title: "Author and section", date: "2020-01-04T12:00", tags: ["Wheat"], byline: ["amina"], section: "politics" }), // 3
      story({ title: "Author only", date: "2020-01-05T12:00", tags: [], byline: ["amina"], section: "sports" }), // 2
      story({ title: "Section only", date: "2020-01-06T12:00", tags: [], byline: ["leyla"], section: "politics" }), // 1
      story({ title: "Nothing shared", date: "2020-01-07T12:00", tags: ["Chess"], byline: ["leyla"], section: "sports" }), // 0
    ];
    expect(titlesFor(stories, subject, settings({ count: 10 }))).toEqual(["Both tags, other desk", "One tag and the author", "One tag and the section", "Author and section", "Author only", "Section only"]);
    // Up to `count` of them.
    expect(titlesFor(stories, subject, settings({ count: 2 }))).toEqual(["Both tags, other desk", "One tag and the author"]);
  });

  it("follows the weights of site.json, and leaves out what a weight of 0 gives nothing for", () => {
    const subject = story({ title: "Subject", date: "2020-06-01T12:00", tags: ["Oil"], byline: ["amina"], section: "politics" });
    const stories = [
      subject,
      story({ title: "Same tag", date: "2020-01-01T12:00", tags: ["Oil"], byline: ["rauf"], section: "business" }),
      story({ title: "Same author", date: "2020-01-02T12:00", byline: ["amina"], section: "business" }),
      story({ title: "Same section", date: "2020-01-03T12:00", byline: ["rauf"], section: "politics" }),
    ];
    expect(titlesFor(stories, subject, settings({ weights: { tag: 1, section: 5, author: 3 } }))).toEqual(["Same section", "Same author", "Same tag"]);
    expect(titlesFor(stories, subject, settings({ weights: { tag: 1, section: 0, author: 0 } }))).toEqual(["Same tag"]);
  });

  it("counts each shared co-author", () => {
    const subject = story({ title: "Subject", date: "2020-06-01T12:00", byline: ["amina", "rauf"], section: "sports" });
    const stories = [
      subject,
      story({ title: "One co-author", date: "2020-01-02T12:00", byline: ["rauf"], section: "business" }),
      story({ title: "Both co-authors", date: "2020-01-01T12:00", byline: ["rauf", "amina"], section: "business" }),
    ];
    expect(titlesFor(stories, subject)).toEqual(["Both co-authors", "One co-author"]);
  });

  it("breaks a tie of scores by the newer story, then by URL", () => {
    const subject = story({ title: "Subject", date: "2020-06-01T12:00", tags: ["Oil"], byline: ["leyla"], section: "sports" });
    const stories = [
      subject,
      story({ title: "Older", slug: "a-older", date: "2020-01-01T12:00", tags: ["Oil"], byline: ["rauf"], section: "business" }),
      story({ title: "Newer, URL b", slug: "b", date: "2020-02-01T12:00", tags: ["Oil"], byline: ["rauf"], section: "business" }),
      story({ title: "Newer, URL a", slug: "a", date: "2020-02-01T12:00", tags: ["Oil"], byline: ["rauf"], section: "business" }),
    ];
    expect(titlesFor(stories, subject)).toEqual(["Newer, URL a", "Newer, URL b", "Older"]);
  });

  it("gives the same lists whatever the order of the input", () => {
    const stories = Array.from({ length: 30 }, (_, i) =>
      story({ date: `2020-01-${String(1 + (i % 10)).padStart(2, "0")}T12:00`, tags: [["Oil", "Gas", "Wheat"][i % 3] as string], byline: [["amina", "rauf"][i % 2] as string], section: ["politics", "business"][i % 2] as string }),
    );
    const forward = buildRelatedNews(stories, settings());
    const backward = buildRelatedNews([...stories].reverse(), settings());
    expect(forward.size).toBeGreaterThan(20);
    for (const s of stories) expect(backward.get(s)).toEqual(forward.get(s));
  });

  it("lists nothing when count is 0", () => {
    const stories = [story({ date: "2020-06-01T12:00", tags: ["Oil"] }), story({ date: "2020-01-01T12:00", tags: ["Oil"] })];
    expect(buildRelatedNews(stories, settings({ count: 0 })).size).toBe(0);
    expect(buildRelatedNews(stories, settings()).size).toBe(1);
  });
});

describe("buildRelatedNews: only older stories, so old pages stay as they are", () => {
  it("never lists a newer story, nor one published at the same instant", () => {
    const subject = story({ title: "Subject", slug: "m", date: "2020-06-01T12:00", tags: ["Oil"] });
    const stories = [
      story({ title: "Newer", date: "2020-06-01T12:01", tags: ["Oil"] }),
      subject,
      story({ title: "Same instant", slug: "a", date: "2020-06-01T12:00", tags: ["Oil"] }),
      story({ title: "Same instant too", slug: "z", date: "2020-06-01T12:00", tags: ["Oil"] }),
      story({ title: "Older", date: "2020-06-01T11:59", tags: ["Oil"] }),
    ];
    const related = buildRelatedNews(stories, settings());
    expect((related.get(subject) ?? []).map((s) => s.title)).toEqual(["Older"]);
    expect((related.get(stories[0] as ArticleView) ?? []).map((s) => s.title)).toEqual(["Same instant", "Subject", "Same instant too", "Older"]);
    // The oldest story has nothing to list.
    expect(related.has(stories[4] as ArticleView)).toBe(false);
  });

  it("keeps every older story's list when news arrives, even news that makes a tag common", () => {
    const old = Array.from({ length: 20 }, (_, i) =>
      story({ date: `2019-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + i).padStart(2, "0")}T09:00`, tags: i % 4 === 0 ? ["Azerbaijan", "Oil"] : ["Oil", `Topic ${i % 5}`], byline: [["amina", "rauf", "leyla"][i % 3] as string], section: ["politics", "business", "sports"][i % 3] as string }),
    );
    const options = settings({ maxTagShare: 0.3 });
    const before = buildRelatedNews(old, options);
    // Thirty newer stories, every one tagged Azerbaijan: the tag is now on most of the archive.
    const news = Array.from({ length: 30 }, (_, i) => story({ date: `2021-01-${String(1 + i).padStart(2, "0")}T09:00`, tags: ["Azerbaijan", "Oil"], byline: ["amina"], section: "politics" }));
    const after = buildRelatedNews([...news, ...old], options);
    expect(before.size).toBeGreaterThan(15);
    for (const s of old) expect(after.get(s), s.title).toEqual(before.get(s));
  });
});

describe("buildRelatedNews: tags too common to count", () => {
  // Ten older stories; "Azerbaijan" is on six of them, "Oil" on one.
  const older = Array.from({ length: 10 }, (_, i) =>
    story({ title: `Older ${i}`, date: `2020-01-${String(10 + i)}T12:00`, tags: i < 6 ? ["Azerbaijan"] : i === 9 ? ["Oil"] : ["Wheat"], byline: ["rauf"], section: "business" }),
  );
  const subject = story({ title: "Subject", date: "2020-06-01T12:00", tags: ["Azerbaijan", "Oil"], byline: ["amina"], section: "politics" });
  const stories = [subject, ...older];

  it("does not count a tag carried by more than maxTagShare of the older stories", () => {
    // 6 of 10 is more than half: only Oil counts.
    expect(titlesFor(stories, subject, settings({ maxTagShare: 0.5, count: 10 }))).toEqual(["Older 9"]);
    // 6 of 10 is not more than 60%: both count.
    expect(titlesFor(stories, subject, settings({ maxTagShare: 0.6, count: 10 }))).toEqual(["Older 9", "Older 5", "Older 4", "Older 3", "Older 2", "Older 1", "Older 0"]);
  });

  it("keeps a common tag while no more than commonTagMinStories stories carry it", () => {
    expect(titlesFor(stories, subject, settings({ maxTagShare: 0.5, commonTagMinStories: 6, count: 10 }))).toHaveLength(7);
    expect(titlesFor(stories, subject, settings({ maxTagShare: 0.5, commonTagMinStories: 5, count: 10 }))).toEqual(["Older 9"]);
  });

  it("measures the share among the stories older than the article", () => {
    // The same tag on the first stories only: common for the fourth, rare for a story after forty without it.
    const first = Array.from({ length: 4 }, (_, i) => story({ title: `First ${i}`, date: `2010-01-0${1 + i}T12:00`, tags: ["Azerbaijan"], byline: ["rauf"], section: "business" }));
    const others = Array.from({ length: 40 }, (_, i) => story({ date: `2011-02-${String(1 + (i % 28)).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:00`, tags: ["Wheat"], byline: ["rauf"], section: "business" }));
    const late = story({ title: "Late", date: "2012-01-01T12:00", tags: ["Azerbaijan"], byline: ["amina"], section: "politics" });
    // Tags alone, so that the section and byline the stories share do not list them anyway.
    const related = buildRelatedNews([late, ...others, ...first], settings({ maxTagShare: 0.2, weights: { tag: 3, section: 0, author: 0 } }));
    expect(related.has(first[3] as ArticleView)).toBe(false);
    expect((related.get(late) ?? []).map((s) => s.title)).toEqual(["First 3", "First 2", "First 1", "First 0"]);
  });
});

describe("buildRelatedNews: bounded work", () => {
  it("reads only the newest `scan` older stories of each list, scoring each on all it shares", () => {
    const subject = story({ title: "Subject", date: "2020-06-01T12:00", tags: ["Oil", "Gas"], byline: ["leyla"], section: "sports" });
    const stories = [
      subject,
      // Far back on both tags: three newer stories carry Oil and three carry Gas.
      story({ title: "Both tags, far back", date: "2020-01-01T12:00", tags: ["Oil", "Gas"], byline: ["rauf"], section: "business" }),
      ...[2, 3, 4].map((d) => story({ title: `Oil ${d}`, date: `2020-01-0${d}T12:00`, tags: ["Oil"], byline: ["rauf"], section: "business" })),
      ...[5, 6, 7].map((d) => story({ title: `Gas ${d}`, date: `2020-01-0${d}T12:00`, tags: ["Gas"], byline: ["rauf"], section: "business" })),
    ];
    expect(titlesFor(stories, subject, settings({ scan: 3 }))).toEqual(["Gas 7", "Gas 6", "Gas 5", "Oil 4", "Oil 3"]);
    expect(titlesFor(stories, subject, settings({ scan: 4 }))).toEqual(["Both tags, far back", "Gas 7", "Gas 6", "Gas 5", "Oil 4"]);
  });

  it("with no bound, ranks exactly as a comparison of every pair would", () => {
    const tags = ["Oil", "Gas", "Wheat", "Chess", "Rail"];
    const arbitrary = fc.array(
      fc.record({ day: fc.integer({ min: 1, max: 9 }), tags: fc.subarray(tags), author: fc.constantFrom("amina", "rauf", "leyla"), section: fc.constantFrom("politics", "business", "sports") }),
      { minLength: 2, maxLength: 25 },
    );
    const options = settings({ count: 4, maxTagShare: 0.4, commonTagMinStories: 1, weights: { tag: 3, section: 1, author: 2 }, scan: Infinity });
    fc.assert(
      fc.property(arbitrary, (specs) => {
        const stories = specs.map((s) => story({ date: `2020-01-0${s.day}T12:00`, tags: s.tags, byline: [s.author], section: s.section }));
        const related = buildRelatedNews(stories, options);
        for (const s of stories) expect((related.get(s) ?? []).map((x) => x.url)).toEqual(everyPair(stories, s, options));
      }),
      { numRuns: 60 },
    );
  });
});

/** The ranking done the slow way: every older story scored against `subject`, sorted. */
function everyPair(stories: readonly RelatedCandidate[], subject: RelatedCandidate, options: RelatedOptions): string[] {
  const at = subject.published.epochMs;
  const older = stories.filter((s) => s.published.epochMs < at);
  const counting = subject.tags.filter((t) => {
    const carriers = older.filter((s) => s.tags.some((x) => x.key === t.key)).length;
    return !(carriers > options.maxTagShare * older.length && carriers > options.commonTagMinStories);
  });
  const scored = older.map((s) => ({
    s,
    score:
      options.weights.tag * s.tags.filter((t) => counting.some((c) => c.key === t.key)).length +
      (s.section.key === subject.section.key ? options.weights.section : 0) +
      options.weights.author * s.authors.filter((a) => subject.authors.some((b) => b.id === a.id)).length,
  }));
  return scored
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.s.published.epochMs - a.s.published.epochMs || (a.s.url < b.s.url ? -1 : a.s.url > b.s.url ? 1 : 0))
    .slice(0, options.count)
    .map((x) => x.s.url);
}
