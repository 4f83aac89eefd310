import fs from "node:fs";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, loadPage, minimalSite, tempDir, writeFiles } from "../helpers/site.js";

/**
 * A site with two tags: "oil" has a topic file (name, picture, description) and four stories, two a
 * page; "azerbaycan" has none, and three stories spell it three ways, once each.
 */
async function topicSite(): Promise<string> {
  const dir = minimalSite();
  const files: Record<string, string> = {
    "_data/site.json": JSON.stringify({ name: "Topics", url: "https://topics.example", perPage: 2, description: "News about topics." }),
    "tags/oil.md": [
      "---",
      "name: Crude oil",
      'image: { src: ./oil-field.jpg, alt: "Pumps on a dry plain", caption: "Pumps near the coast.", credit: "Test illustration" }',
      "---",
      "How the country's crude is pumped, shipped and priced, from the [offshore fields](/tags/azerbaycan/) to the markets.",
      "",
      "A second paragraph, on the page only.",
      "",
    ].join("\n"),
    // A topic written before its first story: checked, warned of, and its picture not published.
    "tags/coal.md": '---\nimage: { src: ./coal-seam.jpg, alt: "A black seam" }\n---\nCoal.\n',
  };
  const spellings = ["azerbaycan", "AZƏRBAYCAN", "Azərbaycan"];
  for (let i = 1; i <= 4; i++) {
    const tags = i <= 3 ? `[OIL, ${spellings[i - 1]}]` : "[oil]";
    files[`articles/story-${i}.md`] = `---\ntitle: Story ${i}\ndate: 2016-03-0${i}T10:00:00\nbyline: amina-test\ntags: ${tags}\n---\nThe first paragraph of story ${i}.\n`;
  }
  writeFiles(dir, files);
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 90, g: 70, b: 40 } } }).jpeg().toFile(path.join(dir, "tags", "oil-field.jpg"));
  await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 20, g: 20, b: 20 } } }).jpeg().toFile(path.join(dir, "tags", "coal-seam.jpg"));
  return dir;
}

describe("topic pages", () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(tempDir("topics"), "_site");
    const result = await buildSite(await topicSite(), out);
    expect(result.stderr).toBe(`warning: ${path.join("content", "tags", "coal.md")}: no published article has the tag "coal", so this topic file shows nowhere; check that the file name is the tag's slug as in its URL (/tags/coal/), or remove the file\n`);
    expect(result.code).toBe(0);
  });

  it("opens the tag's front page with the topic's name, picture and description", () => {
    const $ = loadPage(out, "/tags/oil/");
    expect($("h1").text()).toBe("Tag: Crude oil");
    expect($("title").text()).toBe("Crude oil | Topics");
    const img = $(".topic__figure picture img");
    expect(img.attr("alt")).toBe("Pumps on a dry plain");
    expect(img.attr("loading")).toBe("eager");
    expect([img.attr("width"), img.attr("height")]).toEqual(["1200", "675"]);
    expect($(".topic__figure picture source").toArray().map((s) => $(s).attr("type"))).toEqual(["image/avif", "image/webp"]);
    const files = $(".topic__figure picture source, .topic__figure picture img").toArray().flatMap((el) => ($(el).attr("srcset") ?? "").split(",").map((s) => `${s.trim().split(" ")[0] ?? ""}`.slice(1)));
    // The picture's nine files are the site's only images: the unused topic's were not published.
    expect(fs.readdirSync(path.join(out, "img")).map((f) => `img/${f}`).sort()).toEqual([...new Set(files)].sort());
    expect(files).toHaveLength(9);
    expect($(".topic__figure figcaption").text()).toBe("Pumps near the coast. Photo: Test illustration");
    expect($(".topic__description p")).toHaveLength(2);
    expect($(".topic__description a").attr("href")).toBe("/tags/azerbaycan/");
    expect($(".list-head__intro").text()).toContain("4 articles");
  });

  it("describes the front page with the topic: meta description and share image", () => {
    const $ = loadPage(out, "/tags/oil/");
    const description = "How the country’s crude is pumped, shipped and priced, from the offshore fields to the markets.";
    expect($('meta[name="description"]').attr("content")).toBe(description);
    expect($('meta[property="og:description"]').attr("content")).toBe(description);
    expect($('meta[property="og:image"]').attr("content")).toMatch(/^https:\/\/topics\.example\/img\/.+-1200\.jpeg$/);
    expect($('meta[property="og:image:alt"]').attr("content")).toBe("Pumps on a dry plain");
    expect($('meta[name="twitter:card"]').attr("content")).toBe("summary_large_image");
  });

  it("keeps a numbered page to the name and its stories", () => {
    const $ = loadPage(out, "/tags/oil/page/1/");
    expect($("h1").text()).toBe("Tag: Crude oil page 1");
    expect($(".topic")).toHaveLength(0);
    expect($('meta[name="description"]').attr("content")).toBe("News about topics.");
    expect($('meta[property="og:image"]').attr("content")).not.toMatch(/\/img\//);
    expect($(".list .item")).toHaveLength(2);
  });

  it("uses the topic's name in every mention: tag links, article:tag, keywords, /tags/ and the feed", () => {
    for (let i = 1; i <= 4; i++) {
      const $ = loadPage(out, `/2016/03/0${i}/story-${i}/`);
      expect($('.tags a[href="/tags/oil/"]').text(), `story ${i}`).toBe("Crude oil");
      expect($('meta[property="article:tag"]').toArray().map((m) => $(m).attr("content"))).toContain("Crude oil");
      const ld = JSON.parse($('script[type="application/ld+json"]').first().text()) as { keywords: string[] };
      expect(ld.keywords).toContain("Crude oil");
    }
    const tags = loadPage(out, "/tags/");
    expect(tags('a[href="/tags/oil/"]').text()).toBe("Crude oil");
    const feed = parseFeed(fs.readFileSync(path.join(out, "tags/oil/feed.xml"), "utf8")).toJSON();
    expect(feed.title).toBe("Topics: Tag: Crude oil");
    expect(fs.readFileSync(path.join(out, "tags/oil/feed.xml"), "utf8")).toContain('term="oil" label="Crude oil"');
  });

  it("names a tag without a topic file by the mixed-case spelling when three spellings tie, on every article", () => {
    for (let i = 1; i <= 3; i++) {
      const $ = loadPage(out, `/2016/03/0${i}/story-${i}/`);
      expect($('.tags a[href="/tags/azerbaycan/"]').text(), `story ${i}`).toBe("Azərbaycan");
    }
    const $ = loadPage(out, "/tags/azerbaycan/");
    expect($("h1").text()).toBe("Tag: Azərbaycan");
    expect($(".topic")).toHaveLength(0);
    expect($('meta[name="description"]').attr("content")).toBe("News about topics.");
  });
});
