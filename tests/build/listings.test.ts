import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, loadPage, minimalSite, tempDir, writeFiles } from "../helpers/site.js";

/** A site with perPage 3 and eight articles tagged "Şəki" (with varied spelling): three pages of that tag. */
function pagedSite(): string {
  const dir = minimalSite();
  const files: Record<string, string> = {
    "_data/site.json": JSON.stringify({ name: "Paged", url: "https://paged.example", perPage: 3, latestCount: 2 }),
    "authors/rauf-test.md": "---\nname: Rauf Test\ntwitter: rauf\n---\nRauf Test writes.\n",
  };
  for (let i = 1; i <= 8; i++) {
    const tag = i % 3 === 0 ? "şəki" : "Şəki";
    const byline = i === 4 ? "[amina-test, rauf-test]" : "amina-test";
    files[`articles/story-${i}.md`] = `---\ntitle: Story ${i}\ndate: 2016-03-0${i}T10:00:00\nbyline: ${byline}\ntags: [${tag}, Other]\nsection: sports\n---\nThe first paragraph of story ${i}, long enough to summarise.\n`;
  }
  writeFiles(dir, files);
  return dir;
}

describe("listing pages of a paged fixture", () => {
  let out: string;
  beforeAll(async () => {
    out = tempDir("paged");
    const result = await buildSite(pagedSite(), out);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("pages one tag in fixed blocks from the oldest, newest on the front page, with rel prev/next and a labelled pager", () => {
    const titles = ($: ReturnType<typeof loadPage>): string[] => $(".list .item__title").toArray().map((h) => $(h).text().trim());
    const [front, second, first] = ["/tags/seki/", "/tags/seki/page/2/", "/tags/seki/page/1/"].map((url) => loadPage(out, url));
    // Eight stories, three a page: page 1 holds stories 1-3, page 2 stories 4-6; 7 and 8 are on the front alone.
    expect([front, second, first].map((p) => titles(p!))).toEqual([
      ["Story 8", "Story 7", "Story 6"],
      ["Story 6", "Story 5", "Story 4"],
      ["Story 3", "Story 2", "Story 1"],
    ]);
    expect(front?.("h1").text()).toContain("Tag: Şəki");
    expect(front?.(".list-head__intro").text()).toContain("8 articles");
    expect(front?.('a[rel="prev"]')).toHaveLength(0);
    expect(front?.('a[rel="next"]').attr("href")).toBe("/tags/seki/page/2/");
    expect(second?.("h1").text()).toContain("page 2");
    expect(second?.(".list-head__range").text()).toBe("Stories from 4 March 2016 to 6 March 2016");
    // A numbered page says nothing that changes when newer stories arrive: no count, no page total.
    expect(second?.(".list-head__intro").text()).not.toMatch(/\d+ articles?/);
    expect(second?.('a[rel="prev"]').attr("href")).toBe("/tags/seki/");
    expect(second?.('a[rel="next"]').attr("href")).toBe("/tags/seki/page/1/");
    expect(second?.('link[rel="prev"]').attr("href")).toBe("/tags/seki/");
    expect(second?.('link[rel="next"]').attr("href")).toBe("/tags/seki/page/1/");
    expect(second?.("nav.pager").attr("aria-label")).toBe("Pages");
    expect(second?.('nav.pager [aria-current="page"]').text()).toBe("Page 2");
    expect(first?.('a[rel="next"]')).toHaveLength(0);
    expect(first?.('a[rel="prev"]').attr("href")).toBe("/tags/seki/page/2/");
    expect(first?.('link[rel="canonical"]').attr("href")).toBe("https://paged.example/tags/seki/page/1/");
    expect(fs.existsSync(path.join(out, "tags/seki/page/3/index.html"))).toBe(false);
  });

  it("shows the same list item everywhere: headline, dateline, byline, summary, section", () => {
    const $ = loadPage(out, "/tags/seki/page/2/");
    const item = $(".list .item").eq(2);
    expect(item.find(".item__title a").attr("href")).toBe("/2016/03/04/story-4/");
    expect(item.find(".dateline").text()).toBe("4 March 2016 10:00 (UTC+04:00)");
    expect(item.find(".byline").text()).toBe("By Amina Test and Rauf Test");
    expect(item.find(".item__summary").text()).toBe("The first paragraph of story 4, long enough to summarise.");
    expect(item.find(".item__section a").attr("href")).toBe("/sports/");
  });

  it("writes author, section, latest and archive pages, and the indexes", () => {
    expect(loadPage(out, "/authors/rauf-test/")(".list .item")).toHaveLength(1);
    for (const list of ["/authors/amina-test/", "/sports/", "/latest/", "/2016/03/"]) {
      expect(loadPage(out, list)(".list .item"), list).toHaveLength(3);
      expect(loadPage(out, `${list}page/2/`)(".list .item"), list).toHaveLength(3);
      expect(fs.existsSync(path.join(out, list, "page/3/index.html")), list).toBe(false);
    }
    const year = loadPage(out, "/2016/");
    expect(year(".months a").toArray().map((a) => year(a).attr("href"))).toEqual(["/2016/03/"]);
    const authors = loadPage(out, "/authors/");
    expect(authors(".directory__item").toArray().map((li) => authors(li).text().replace(/\s+/g, " ").trim())).toEqual([
      "Amina Test 8 articles",
      "Rauf Test 1 article",
    ]);
    const tags = loadPage(out, "/tags/");
    expect(tags(".letters a").toArray().map((a) => tags(a).attr("href"))).toEqual(["#letter-o", "#letter-s"]);
    expect(tags("#letter-s + ul li").text().replace(/\s+/g, " ").trim()).toBe("Şəki 8");
    // Politics has no articles: its page still exists, empty.
    expect(loadPage(out, "/politics/")(".list-empty")).toHaveLength(1);
  });

  it("gives every page of every list a canonical link to itself, later pages included", () => {
    const urls = ["/latest/", "/latest/page/1/", "/latest/page/2/", "/sports/page/2/", "/authors/amina-test/page/1/", "/tags/seki/page/2/", "/2016/03/page/2/"];
    for (const url of urls) expect(loadPage(out, url)('link[rel="canonical"]').attr("href"), url).toBe(`https://paged.example${url}`);
  });
});
