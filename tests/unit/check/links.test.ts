import { describe, expect, it } from "vitest";
import { extractLinks, resolveLink } from "../../../src/check/index.js";

const ORIGIN = "https://news.example";

describe("extractLinks", () => {
  it("finds every address a page writes, with its line, and every id a fragment may name", () => {
    const html = [
      "<!DOCTYPE html>",
      '<html lang="en"><head><link rel="stylesheet" href="/assets/site.css"><script src="/assets/search.js" defer></script>',
      '<meta http-equiv="refresh" content="0; url=/2016/03/03/ties/"></head>',
      '<body id="top-of-page"><a href="#main">Skip</a><main id="main">',
      '<img src="/img/a-400.jpeg" srcset="/img/a-400.jpeg 400w, /img/a-800.jpeg 800w" alt="">',
      '<picture><source srcset="/img/a.webp 1x,/img/a@2.webp 2x"></picture><a name="old-anchor"></a>',
      '<form action="/search/"><input type="image" src="/assets/go.png" alt="Go"></form>',
      '<a href="/tags/?a=1&amp;b=2">Tags</a><a href="mailto:desk@news.example">Mail</a></main></body></html>',
    ].join("\n");
    const { ids, links } = extractLinks(html);
    expect(ids).toEqual(["top-of-page", "main", "old-anchor"]);
    expect(links).toEqual([
      { url: "/assets/site.css", line: 2 },
      { url: "/assets/search.js", line: 2 },
      { url: "/2016/03/03/ties/", line: 3 },
      { url: "#main", line: 4 },
      { url: "/img/a-400.jpeg", line: 5 },
      { url: "/img/a-400.jpeg", line: 5 },
      { url: "/img/a-800.jpeg", line: 5 },
      { url: "/img/a.webp", line: 6 },
      { url: "/img/a@2.webp", line: 6 },
      { url: "/search/", line: 7 },
      { url: "/assets/go.png", line: 7 },
      { url: "/tags/?a=1&b=2", line: 8 },
      { url: "mailto:desk@news.example", line: 8 },
    ]);
  });

  it("reads nothing from a page without links", () => {
    expect(extractLinks("<p>Plain text.</p>")).toEqual({ ids: [], links: [] });
  });
});

describe("resolveLink", () => {
  it.each([
    ["/2016/03/03/ties/", "/", { file: "2016/03/03/ties/index.html", fragment: "" }],
    ["/tags/oil/#latest", "/", { file: "tags/oil/index.html", fragment: "latest" }],
    ["../oil/", "/tags/gas/", { file: "tags/oil/index.html", fragment: "" }],
    ["page/2/", "/latest/", { file: "latest/page/2/index.html", fragment: "" }],
    ["#main", "/tags/", { file: "tags/index.html", fragment: "main" }],
    ["/feed.xml", "/", { file: "feed.xml", fragment: "" }],
    ["/politics/94020.html", "/", { file: "politics/94020.html", fragment: "" }],
    ["/old/story", "/", { file: "old/story/index.html", fragment: "" }],
    ["/search/?q=oil", "/", { file: "search/index.html", fragment: "" }],
    ["https://news.example/authors/amina/", "/", { file: "authors/amina/index.html", fragment: "" }],
    ["/tags/az%C9%99rbaycan/", "/", { file: "tags/azərbaycan/index.html", fragment: "" }],
  ])("%s on %s leads to %o", (url, page, target) => {
    expect(resolveLink(url, page, ORIGIN)).toEqual(target);
  });

  it.each(["https://other.example/x/", "//other.example/x/", "mailto:desk@news.example", "tel:+994120000000", "data:image/png;base64,AAAA", "javascript:void(0)", "", "  "])(
    "leaves %j alone: not an address of this site",
    (url) => {
      expect(resolveLink(url, "/", ORIGIN)).toBeUndefined();
    },
  );
});
