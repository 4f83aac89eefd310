import fs from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSampleWithPicks } from "../helpers/site.js";

/**
 * The sample content with the editors' picks of `tests/fixtures/frontpage.yml`, built on 17
 * November 2026 (the sample's reference date) while the picks hold: the derby story leads until 18
 * November, and the breaking line shows until 21:00 on the 17th. The sample itself has no picks
 * file, so that a site made of other articles builds from it as it is.
 */
let built = "";
beforeAll(async () => {
  built = await buildSampleWithPicks("fronts");
});

const site = (): string => built;
const page = (url: string): cheerio.CheerioAPI => cheerio.load(fs.readFileSync(path.join(site(), url, "index.html"), "utf8"));
/** Every file a picture's sources and image name, as site paths. */
const filesOf = ($: cheerio.CheerioAPI, scope: string): string[] =>
  $(`${scope} source, ${scope} img`).toArray().flatMap((el) => ($(el).attr("srcset") ?? "").split(",").map((s) => s.trim().split(" ")[0] ?? "").filter(Boolean));

describe("the home page of the sample site: picks and pictures", () => {
  it("leads with the editors' pick, large and loaded first, then the chosen top stories before the newest", () => {
    const $ = page("");
    const lead = $(".card--lead");
    expect(lead.find(".card__title a").attr("href")).toBe("/2026/05/24/baku-derby-ends-title-race/");
    const img = lead.find(".card__media picture img");
    expect(img.attr("loading")).toBe("eager");
    expect(img.attr("fetchpriority")).toBe("high");
    expect(Number(img.attr("width"))).toBeGreaterThan(0);
    expect(Number(img.attr("height"))).toBeGreaterThan(0);
    const top = $(".front__rest .card__title a").toArray().map((a) => $(a).attr("href"));
    expect(top).toEqual([
      "/2025/06/30/parliament-approves-water-law-amendments/",
      "/2023/04/08/interview-architect-restoring-shusha/",
      "/2026/11/16/caspian-energy-exports-outlook/",
      "/2026/03/19/sheki-novruz-silk-fair/",
    ]);
  });

  it("shows thumbnails lazily, in AVIF, WebP and JPEG, and no picture box for a story without an image", () => {
    const $ = page("");
    for (const card of $(".front__rest .card").toArray()) {
      const href = $(card).find(".card__title a").attr("href") ?? "";
      const img = $(card).find(".card__media picture img");
      if (href.includes("sheki-novruz-silk-fair")) {
        // Its only picture is in its body: the card has no media box at all.
        expect($(card).find(".card__media")).toHaveLength(0);
        expect($(card).hasClass("card--picture")).toBe(false);
        continue;
      }
      expect(img.attr("loading"), href).toBe("lazy");
      expect(img.attr("sizes"), href).toBeTruthy();
      expect($(card).find("picture source").toArray().map((s) => $(s).attr("type"))).toEqual(["image/avif", "image/webp"]);
      expect(img.attr("srcset")).toMatch(/-card-320\.jpeg 320w, .+-card-640\.jpeg 640w$/);
      // A thumbnail is 16:9.
      expect(Number(img.attr("width")) / Number(img.attr("height"))).toBeCloseTo(16 / 9, 1);
    }
  });

  it("gives the lead of each section block a thumbnail and the other stories none", () => {
    const $ = page("");
    const blocks = $(".front-section").toArray();
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      const cards = $(block).find(".card").toArray();
      for (const card of cards.slice(1)) expect($(card).find(".card__media")).toHaveLength(0);
    }
    expect($(".front-section .card:first-child .card__media picture").length).toBeGreaterThan(2);
  });

  it("every picture file of the home page and of a section front exists", () => {
    const home = page("");
    const culture = page("culture");
    const files = [...filesOf(home, "picture"), ...filesOf(culture, "picture")];
    expect(files.length).toBeGreaterThan(30);
    for (const url of files) expect(fs.existsSync(path.join(site(), url)), url).toBe(true);
  });
});

describe("list pages of the sample site: thumbnails", () => {
  it("a story with an image has a lazy 16:9 thumbnail beside its headline; one without has none", () => {
    const $ = page("culture");
    const items = $(".list .item").toArray();
    expect(items.length).toBeGreaterThan(2);
    let withPicture = 0;
    for (const item of items) {
      const thumb = $(item).find(".item__thumb picture img");
      if ($(item).hasClass("item--thumb")) {
        withPicture += 1;
        expect(thumb.attr("loading")).toBe("lazy");
        // Decorative: the headline beside it names the story.
        expect(thumb.attr("alt")).toBe("");
      } else {
        expect($(item).find(".item__thumb")).toHaveLength(0);
      }
    }
    expect(withPicture).toBeGreaterThan(0);
    expect(withPicture).toBeLessThan(items.length);
  });
});

describe("the breaking-news line and author photos of the sample site", () => {
  it("the shared fragment carries the breaking line while it holds, hidden until shared.js shows it", () => {
    const $ = cheerio.load(fs.readFileSync(path.join(site(), "fragments", "latest.html"), "utf8"));
    const bar = $("[data-breaking]");
    expect(bar.attr("hidden")).toBeDefined();
    expect(bar.find("a").attr("href")).toBe("/business/");
    expect(bar.text()).toContain("Caspian ferry services resume");
    expect(bar.find("button[data-dismiss]").text()).toContain("Dismiss");
  });

  it("an author with a photo shows it on the author page and small in the author box, and in the Person's JSON-LD", () => {
    const author = page("authors/leyla-karimova");
    const photo = author(".profile__photo picture img");
    expect(photo.attr("srcset")).toMatch(/-avatar-96\.jpeg 96w, .+-avatar-192\.jpeg 192w$/);
    expect(photo.attr("width")).toBe(photo.attr("height"));
    const ld = JSON.parse(author('script[type="application/ld+json"]').first().text()) as { mainEntity: { name: string; image: string; url: string } };
    expect(ld.mainEntity.name).toBe("Leyla Karimova");
    expect(ld.mainEntity.url).toBe("https://caspian-courier.example/authors/leyla-karimova/");
    expect(ld.mainEntity.image).toMatch(/^https:\/\/caspian-courier\.example\/img\/.+-avatar-192\.jpeg$/);
    const article = page("2026/11/16/caspian-energy-exports-outlook");
    expect(article(".author-box__photo picture img").attr("sizes")).toBe("48px");
    // An author without a photo keeps a plain box.
    const other = page("2021/10/10/baku-marathon-returns");
    expect(other(".author-box__photo")).toHaveLength(0);
  });
});
