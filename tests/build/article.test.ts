import fs from "node:fs";
import path from "node:path";
import type { CheerioAPI } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, buildSite, loadPage, tempDir } from "../helpers/site.js";

const text = ($: CheerioAPI, selector: string): string => $(selector).first().text().replace(/\s+/g, " ").trim();

describe("the article page of the basic fixture", () => {
  let out: string;
  beforeAll(async () => {
    out = tempDir("basic");
    const result = await buildSite(path.join(FIXTURES, "basic", "content"), out);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("has every element of the seed page", () => {
    const $ = loadPage(out, "/2016/03/03/military-ties/");
    expect(text($, ".masthead__name")).toBe("Fixture Gazette");
    // The date is today's, drawn in the reader's browser in the site zone: no page carries the build date.
    expect(text($, ".masthead__date")).toBe("");
    expect($(".masthead__date").attr("data-zone")).toBe("Asia/Baku");
    expect($("nav.sections a").toArray().map((a) => $(a).attr("href"))).toEqual(["/", "/politics/", "/business/", "/culture/", "/latest/"]);
    expect($("h1").text()).toBe("Two countries boost military ties");
    expect(text($, ".story__dateline")).toBe("Baku, 3 March 2016 12:55 (UTC+04:00)");
    expect($(".story__dateline time").attr("datetime")).toBe("2016-03-03T12:55:00+04:00");
    expect(text($, ".story__byline")).toBe("By Amina Test");
    expect($(".story__byline a").attr("href")).toBe("/authors/amina-test/");
    expect(text($, ".story__body p")).toBe("The two governments agreed on Thursday to widen defence cooperation.");
    expect($(".tags a").toArray().map((a) => [$(a).text(), $(a).attr("href")])).toEqual([
      ["Defence", "/tags/defence/"],
      // The most used spelling is shown; "Azərbaycan" and "azərbaycan" tie, and the first in order wins.
      ["Azərbaycan", "/tags/azerbaycan/"],
      ["Pakistan", "/tags/pakistan/"],
    ]);
    expect(text($, ".author-box__bio")).toBe("Amina Test is the Fixture Gazette’s staff journalist.");
    expect($(".author-box__follow a").attr("href")).toBe("https://twitter.com/amina_test");
    expect(text($, ".author-box__follow a")).toBe("@amina_test");
    expect(text($, ".story .follow")).toBe("Follow us on Twitter @FixtureGazette");
    // The "Latest" list is one shared file the sidebar fetches; the page itself links the latest news.
    expect(text($, ".latest__title")).toBe("Latest");
    expect($(".latest__slot").attr("data-fragment")).toBe("/fragments/latest.html");
    expect($(".latest__more a").attr("href")).toBe("/latest/");
    expect(text($, ".latest__more a")).toBe("Latest news");
    expect(loadPage(out, "/fragments/latest.html")("li")).toHaveLength(3);
    expect($('link[rel="canonical"]').attr("href")).toBe("https://fixture.example/2016/03/03/military-ties/");
    // A favicon, a touch icon and a web app manifest whose icons are there.
    for (const rel of ["icon", "apple-touch-icon"]) expect(fs.existsSync(path.join(out, $(`link[rel="${rel}"]`).attr("href") ?? "none")), rel).toBe(true);
    expect($('link[rel="manifest"]').attr("href")).toBe("/site.webmanifest");
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "site.webmanifest"), "utf8")) as { name: string; icons: Array<{ src: string; sizes: string }> };
    expect(manifest.name).toBe("Fixture Gazette");
    expect(manifest.icons.map((i) => i.sizes)).toEqual(["192x192", "512x512"]);
    for (const icon of manifest.icons) expect(fs.existsSync(path.join(out, icon.src)), icon.src).toBe(true);
    // Large image previews for search engines' news surfaces, and plain share links.
    expect($('meta[name="robots"]').attr("content")).toBe("max-image-preview:large");
    expect($(".share a").toArray().map((a) => $(a).attr("aria-label"))).toEqual(["Share on X", "Share on Facebook", "Share on Telegram", "Share on WhatsApp", "Share on LinkedIn", "Share by e-mail"]);
    expect($(".share a").first().attr("href")).toContain(encodeURIComponent("https://fixture.example/2016/03/03/military-ties/"));
  });

  it("dates a summer 2015 article UTC+05:00 and names both co-authors", () => {
    const $ = loadPage(out, "/2015/07/10/summer-story/");
    expect(text($, ".story__dateline")).toBe("10 July 2015 17:00 (UTC+05:00)");
    expect(text($, ".story__byline")).toBe("By Amina Test and Rauf Test");
    expect($(".story__byline a").toArray().map((a) => $(a).attr("href"))).toEqual(["/authors/amina-test/", "/authors/rauf-test/"]);
    expect($(".author-box__item")).toHaveLength(2);
    expect($(".author-box__follow a").last().attr("href")).toBe("https://twitter.com/rauf_test");
    expect($('meta[name="description"]').attr("content")).toBe("Written by two reporters in summer time.");
  });

  it("files an article past midnight in Baku under the Baku date", () => {
    const $ = loadPage(out, "/2016/06/01/midnight/");
    expect(text($, ".story__dateline")).toBe("1 June 2016 02:30 (UTC+04:00)");
  });

  it("reads an offset-less date as Baku time", () => {
    const $ = loadPage(out, "/2016/06/02/local-time/");
    expect(text($, ".story__dateline")).toBe("2 June 2016 09:15 (UTC+04:00)");
  });

  it("shows a title or tag holding <script> as text, and strips scripts and handlers from the body", () => {
    const $ = loadPage(out, "/2016/06/01/midnight/");
    expect($("h1").text()).toBe("Script <script>alert('title')</script> in a headline");
    expect($("title").text()).toContain("<script>");
    expect($(".tags a").first().text()).toBe("<b>bold</b> tag");
    expect($(".tags b")).toHaveLength(0);
    // Only our JSON-LD data blocks; no script the body brought.
    expect($("script").toArray().map((el) => $(el).attr("type") ?? $(el).attr("src")?.replace(/\.[0-9a-f]{10}\./, "."))).toEqual(["application/ld+json", "application/ld+json", "/assets/shared.js"]);
    expect($(".story__body script")).toHaveLength(0);
    // The title in JSON-LD cannot close its script element, and reads back as the same text.
    expect($("script").text()).not.toMatch(/<\/?script/i);
    expect(JSON.parse($('script[type="application/ld+json"]').first().text()).headline).toBe("Script <script>alert('title')</script> in a headline");
    expect($.html()).not.toContain('alert("body")');
    expect($(".story__body [onclick], .story__body [onerror]")).toHaveLength(0);
    expect($(".story__body em").text()).toBe("emphasis");
    expect($(".story__body iframe").toArray().map((f) => $(f).attr("src"))).toEqual(["https://www.youtube.com/embed/abc123"]);
    const attrs = $("*").toArray().flatMap((el) => Object.values((el as unknown as { attribs: Record<string, string> }).attribs));
    expect(attrs.filter((v) => /^\s*javascript:/i.test(v))).toEqual([]);
  });

  it("puts the section's default on an article without one", () => {
    const $ = loadPage(out, "/2016/06/01/midnight/");
    expect($(".story__section a").attr("href")).toBe("/politics/");
  });
});
