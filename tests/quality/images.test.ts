import fs from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import sharp from "sharp";
import { describe, expect, inject, it } from "vitest";

const page = (url: string): cheerio.CheerioAPI => cheerio.load(fs.readFileSync(path.join(inject("sampleSite"), url, "index.html"), "utf8"));

describe("images of the sample site (@11ty/eleventy-img)", () => {
  it("the lead image is a picture in AVIF, WebP and JPEG with srcset, sizes, width and height, loaded eagerly", () => {
    const $ = page("2026/11/16/caspian-energy-exports-outlook/");
    const picture = $(".story__figure picture");
    expect(picture.find("source").toArray().map((s) => $(s).attr("type"))).toEqual(["image/avif", "image/webp"]);
    for (const source of picture.find("source").toArray()) {
      expect($(source).attr("srcset")).toMatch(/-400\.\w+ 400w, .+-800\.\w+ 800w, .+-1200\.\w+ 1200w$/);
      expect($(source).attr("sizes")).toBeTruthy();
    }
    const img = picture.find("img");
    expect(img.attr("src")).toMatch(/\.jpeg$/);
    expect(img.attr("srcset")).toContain("1200w");
    expect(img.attr("width")).toBe("1200");
    expect(img.attr("height")).toBe("750");
    expect(img.attr("loading")).toBe("eager");
    expect(img.attr("alt")).toBe("An offshore platform silhouetted against the sunset over a calm sea");
    expect($(".story__figure figcaption").text()).toBe("Offshore platforms supply most of the region's gas exports. Photo: Caspian Courier illustration");
  });

  it("uses the 1200 px JPEG for Open Graph and Twitter, 16:9, 4:3 and 1:1 crops for JSON-LD, and every image file exists", async () => {
    const $ = page("2026/11/16/caspian-energy-exports-outlook/");
    const og = $('meta[property="og:image"]').attr("content") ?? "";
    expect(og).toMatch(/^https:\/\/caspian-courier\.example\/img\/.+-1200\.jpeg$/);
    expect($('meta[name="twitter:image"]').attr("content")).toBe(og);
    // The share image's alt text is the picture's, for both networks.
    expect($('meta[property="og:image:alt"]').attr("content")).toBe("An offshore platform silhouetted against the sunset over a calm sea");
    expect($('meta[name="twitter:image:alt"]').attr("content")).toBe("An offshore platform silhouetted against the sunset over a calm sea");
    const ld = JSON.parse($('script[type="application/ld+json"]').first().text()) as { image: Array<{ url: string; width: number; height: number }> };
    // The source is 1600 × 1000: 16:9 and 4:3 crops can be 1200 px wide, the square one only 1000.
    expect(ld.image.map((i) => [i.width, i.height])).toEqual([[1200, 675], [1200, 899], [1000, 1000]]);
    for (const crop of ld.image) {
      const file = path.join(inject("sampleSite"), new URL(crop.url).pathname);
      const meta = await sharp(file).metadata();
      expect([meta.width, meta.height], crop.url).toEqual([crop.width, crop.height]);
    }
    const files = $(".story__figure picture source, .story__figure picture img").toArray().flatMap((el) => ($(el).attr("srcset") ?? "").split(",").map((s) => s.trim().split(" ")[0] ?? ""));
    expect(files.length).toBe(9);
    for (const url of files) expect(fs.existsSync(path.join(inject("sampleSite"), url)), url).toBe(true);
  });

  it("gives a story without a picture the site's share image, described by the site's name", () => {
    const $ = page("2018/11/05/why-bread-prices-lag-world-wheat/");
    expect($('meta[property="og:image"]').attr("content")).not.toContain("/img/");
    expect($('meta[property="og:image:alt"]').attr("content")).toBe("Caspian Courier");
    expect($('meta[name="twitter:image:alt"]').attr("content")).toBe("Caspian Courier");
  });

  it("an image in the body is a lazy picture", () => {
    const $ = page("2026/03/19/sheki-novruz-silk-fair/");
    const img = $(".story__body picture img");
    expect(img.attr("loading")).toBe("lazy");
    expect(img.attr("alt")).toBe("Rows of diamond motifs in gold, blue and cream on a deep red silk ground");
    expect($(".story__body picture source")).toHaveLength(2);
  });
});
