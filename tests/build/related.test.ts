import type { CheerioAPI } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, loadPage, minimalSite, tempDir, writeFiles } from "../helpers/site.js";

/** An article file: by Amina Test unless told otherwise. */
const article = (title: string, date: string, tags: readonly string[], section: string, byline = "amina-test"): string =>
  `---\ntitle: ${title}\ndate: ${date}\nbyline: ${byline}\ntags: [${tags.join(", ")}]\nsection: ${section}\n---\n${title}, in a sentence.\n`;

/** The related stories of a page as "headline | section | date | datetime". */
const related = ($: CheerioAPI): string[] =>
  $(".related li").toArray().map((li) => [$(li).find("a").text(), $(li).find(".related__section").text(), $(li).find("time").text(), $(li).find("time").attr("datetime")].join(" | "));

describe("related news on the article page", () => {
  let out: string;
  beforeAll(async () => {
    const content = minimalSite();
    writeFiles(content, {
      // "Azerbaijan" is on four of the six stories: more than half, so it does not count.
      "_data/site.json": JSON.stringify({ name: "Test Site", url: "https://test.example", timezone: "Asia/Baku", defaultSection: "politics", related: { count: 3, weights: { tag: 3, section: 1, author: 2 }, maxTagShare: 0.5, commonTagMinStories: 0 } }),
      "authors/rauf-test.md": "---\nname: Rauf Test\n---\nRauf Test is a reporter.\n",
      "articles/oil-one.md": article("Oil output rises", "2016-01-05T10:00:00+04:00", ["Oil", "Azerbaijan"], "business", "rauf-test"),
      "articles/wheat.md": article("Wheat prices fall", "2016-01-06T10:00:00+04:00", ["Wheat", "Azerbaijan"], "business", "rauf-test"),
      "articles/chess.md": article("Chess festival opens", "2016-01-07T10:00:00+04:00", ["Chess", "Azerbaijan"], "sports", "rauf-test"),
      "articles/oil-two.md": article("Oil exports climb", "2016-01-08T10:00:00+04:00", ["Oil", "Exports"], "business", "rauf-test"),
      "articles/subject.md": article("Oil and gas talks in Baku", "2016-03-03T12:55:00+04:00", ["Oil", "Azerbaijan"], "politics"),
      "articles/newer.md": article("Oil talks resume", "2016-04-01T10:00:00+04:00", ["Oil", "Azerbaijan"], "politics"),
    });
    out = tempDir("related-out");
    const result = await buildSite(content, out);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/related +5 of 6 articles list older stories/);
  });

  it("lists older stories that share a counting tag, best first, with headline, section and date", () => {
    const $ = loadPage(out, "/2016/03/03/subject/");
    expect($(".related").attr("aria-labelledby")).toBe("related-title");
    expect($("#related-title").prop("tagName")).toBe("H2");
    expect($("#related-title").text()).toBe("Related news");
    // Both Oil stories (3 points, the newer first); the Azerbaijan-only stories share nothing that counts.
    expect(related($)).toEqual([
      "Oil exports climb | Business | 8 January 2016 | 2016-01-08T10:00:00+04:00",
      "Oil output rises | Business | 5 January 2016 | 2016-01-05T10:00:00+04:00",
    ]);
    expect($(".related a").first().attr("href")).toBe("/2016/01/08/oil-two/");
  });

  it("never lists a newer story, and lists nothing on the oldest page", () => {
    const newer = loadPage(out, "/2016/04/01/newer/");
    // Among the five stories before it, Oil is on three: more than half, so Oil no longer counts
    // either, and only the story of its section and author is left.
    expect(related(newer).map((r) => r.split(" | ")[0])).toEqual(["Oil and gas talks in Baku"]);
    expect(loadPage(out, "/2016/01/05/oil-one/")(".related")).toHaveLength(0);
  });
});
