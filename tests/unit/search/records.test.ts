import { DateTime } from "luxon";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArticleView } from "../../../src/collections/index.js";
import { siteSchema } from "../../../src/content/index.js";
import { firstWords, leadText, searchRecord, searchShards, searchText } from "../../../src/search/index.js";
import { testArticle, testAuthor, testSite, testView, ZONE } from "../../helpers/factory.js";

const SITE = testSite();

const BODY = Array.from({ length: 300 }, (_, i) => `w${i + 1}`).join(" ");

function view(n: number, extra: { draft?: boolean; html?: string; day?: number; summary?: string } = {}): ArticleView {
  const article = testArticle({
    date: DateTime.fromISO("2020-01-01T10:00:00", { zone: ZONE }).plus({ days: extra.day ?? n }).toISO() ?? "",
    slug: `story-${n}`,
    title: `Story ${n} &amp; more`,
    byline: ["leyla"],
    place: "Gəncə",
    tags: ["Energy"],
    summary: extra.summary ?? "A standfirst.",
    hasOwnSummary: true,
    html: extra.html ?? `<p>${BODY}</p>`,
    draft: extra.draft ?? false,
  });
  return testView(article, { site: SITE, authors: [testAuthor("leyla", "Leyla Əliyeva")] });
}

describe("searchText and firstWords", () => {
  it("drops tags, decodes the common entities and folds white space", () => {
    expect(searchText("<p>Oil &amp; gas</p>\n<p>up&nbsp;3%</p>")).toBe("Oil & gas up 3%");
  });
  it("keeps exactly the first n words, or all of a shorter text", () => {
    expect(firstWords("a b c d", 2)).toBe("a b");
    expect(firstWords("a b", 5)).toBe("a b");
    expect(firstWords("a b c", "all")).toBe("a b c");
    expect(firstWords("a b c", 0)).toBe("");
  });
});

describe("leadText", () => {
  // Bodies of paragraphs, links, entities and long attribute values, cut anywhere.
  const piece = fc.oneof(
    fc.stringMatching(/^[a-zəğ]{1,12}$/),
    fc.constantFrom(" ", "\n", "&amp;", "&nbsp;", "</p>\n<p>", '<a href="https://example.org/a/very/long/path/that/goes/on">', "</a>", "<em>", "</em>"),
  );
  const html = fc.array(piece, { maxLength: 400 }).map((parts) => `<p>${parts.join("")}</p>`);

  it("is the first n words of the whole body's text, for any body and n", () => {
    fc.assert(
      fc.property(html, fc.integer({ min: 0, max: 80 }), (body, n) => {
        expect(leadText(body, n)).toBe(firstWords(searchText(body), n));
      }),
      { numRuns: 500 },
    );
  });
  it("is the whole text with all", () => {
    expect(leadText("<p>a <b>b</b></p>", "all")).toBe("a b");
  });
});

describe("searchRecord", () => {
  it("reads headline, standfirst, lead, then bylines, dateline and tags as sentences", () => {
    const record = searchRecord(view(1), 150);
    expect(record.content.startsWith("Story 1 &amp; more. A standfirst. w1 w2 ")).toBe(true);
    expect(record.content.endsWith(" w150 By Leyla Əliyeva. Gəncə. Tags: Energy.")).toBe(true);
    expect(record.content).not.toContain("w151");
    expect(record.url).toBe(view(1).url);
    expect(record.meta.section).toBe("Politics");
  });
  it("does not repeat a summary that is the body's own first paragraph", () => {
    const own = view(2, { html: "<p>Seals return to the northern ice. Counts rose.</p><p>More.</p>", summary: "Seals return to the northern ice. Counts rose." });
    expect(searchRecord(own, 150).content.match(/Seals return/g)).toHaveLength(1);
    const clipped = view(3, { html: `<p>${BODY}</p>`, summary: "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20…" });
    expect(searchRecord(clipped, 150).content.match(/w1 w2 w3/g)).toHaveLength(1);
    // Without any body words, the summary is all the record has of the story.
    expect(searchRecord(own, 0).content).toContain("Seals return to the northern ice.");
  });
  it("indexes the whole body with all, and none of it with 0", () => {
    expect(searchRecord(view(1), "all").content).toContain("w300");
    expect(searchRecord(view(1), 0).content).not.toContain("w1 ");
  });
});

describe("searchShards", () => {
  it("keeps a small archive in one main bundle and leaves drafts out", () => {
    const shards = searchShards([view(1), view(2, { draft: true }), view(3)]);
    expect(shards).toHaveLength(1);
    expect(shards[0]?.bundle).toBe("/pagefind/");
    expect(shards[0]?.articles.map((a) => a.slug)).toEqual(["story-1", "story-3"]);
  });

  it("cuts fixed blocks from the oldest, large ones first, and keeps the newest few as the main bundle", () => {
    // Base 2: blocks of 200, 20 and 2; 247 stories are one block of 200, two of 20, three of 2 and one left.
    const articles = Array.from({ length: 247 }, (_, i) => view(247 - i)); // newest first, as in the model
    const shards = searchShards(articles, 2);
    expect(shards.map((s) => [s.bundle, s.articles.length])).toEqual([
      ["/pagefind/", 1],
      ["/pagefind/part-245-246/", 2],
      ["/pagefind/part-243-244/", 2],
      ["/pagefind/part-241-242/", 2],
      ["/pagefind/part-221-240/", 20],
      ["/pagefind/part-201-220/", 20],
      ["/pagefind/part-1-200/", 200],
    ]);
    expect(shards[0]?.articles[0]?.slug).toBe("story-247");
  });

  it("keeps every fixed block as it was when newer stories arrive, until it fills a larger one", () => {
    const blocks = (n: number): Map<string, string> =>
      new Map(searchShards(Array.from({ length: n }, (_, i) => view(n - i)), 2).filter((s) => s.bundle !== "/pagefind/").map((s) => [s.bundle, s.articles.map((a) => a.slug).join()]));
    const before = blocks(247);
    const after = blocks(248);
    // One more story fills a block of 2, nothing else moves.
    for (const [bundle, slugs] of before) expect(after.get(bundle), bundle).toBe(slugs);
    expect(after.size).toBe(before.size + 1);
    // Ten blocks of 20 become one block of 200; with every story in a block there is no main
    // bundle, and the newest block comes first, for the search page to open.
    expect(searchShards(Array.from({ length: 400 }, (_, i) => view(400 - i)), 2).map((s) => s.bundle)).toEqual(["/pagefind/part-201-400/", "/pagefind/part-1-200/"]);
  });

  it("gives every article to exactly one bundle", () => {
    const articles = Array.from({ length: 50 }, (_, i) => view(i, { day: i % 5 }));
    const slugs = searchShards(articles, 1).flatMap((s) => s.articles.map((a) => a.slug));
    expect(new Set(slugs).size).toBe(50);
  });
});

describe("searchBodyWords in site.json", () => {
  const base = { name: "N", url: "https://n.example" };
  it("defaults to the lead and takes a number or all", () => {
    expect(siteSchema.parse(base).searchBodyWords).toBe(150);
    expect(siteSchema.parse({ ...base, searchBodyWords: "all" }).searchBodyWords).toBe("all");
    expect(siteSchema.parse({ ...base, searchBodyWords: 400 }).searchBodyWords).toBe(400);
  });
  it("refuses other values with a hint", () => {
    const result = siteSchema.safeParse({ ...base, searchBodyWords: "many" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('"all"');
  });
});
