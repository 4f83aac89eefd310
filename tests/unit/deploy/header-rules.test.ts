import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, contentTypeOf, deskContentSecurityPolicy, headerRules, headersFile, headersForPath, IMMUTABLE, objectHeaders, parseHeadersFile, pathMatches, renderHeadersFile, SHORT } from "../../../src/deploy/index.js";

describe("header rules", () => {
  it("reads back the _headers file the build writes as the rules it was made from", () => {
    expect(parseHeadersFile(headersFile())).toEqual(headerRules());
    expect(renderHeadersFile(parseHeadersFile(headersFile()))).toBe(headersFile());
  });

  it.each([
    ["/*", "/", true],
    ["/*", "/2016/03/03/x/", true],
    ["/assets/*", "/assets/site.1a.css", true],
    ["/assets/*", "/assets", false],
    ["/assets/*", "/img/assets/x.png", false],
    ["/feed.xml", "/feed.xml", true],
    ["/feed.xml", "/feedaxml", false],
  ])("pattern %s matches %s: %s", (pattern, pathname, matches) => {
    expect(pathMatches(pattern, pathname)).toBe(matches);
  });

  it("gives each path the headers of every rule that matches it, a ! line dropping an inherited one", () => {
    const rules = headerRules();
    const page = headersForPath(rules, "/2016/03/03/x/");
    expect(page["Cache-Control"]).toBe(SHORT);
    expect(page["Content-Security-Policy"]).toBe(contentSecurityPolicy());
    expect(page["X-Content-Type-Options"]).toBe("nosniff");
    expect(headersForPath(rules, "/assets/site.1a.css")["Cache-Control"]).toBe(IMMUTABLE);
    expect(headersForPath(rules, "/img/x-640.webp")["Cache-Control"]).toBe(IMMUTABLE);
    const desk = headersForPath(rules, "/admin/");
    expect(desk["Content-Security-Policy"]).toBe(deskContentSecurityPolicy());
    expect(desk["X-Robots-Tag"]).toBe("noindex, nofollow");
  });

  it("joins a header two rules set with a comma, as the CDNs do", () => {
    expect(headersForPath(parseHeadersFile("/*\n  Link: <a>\n/x\n  link: <b>\n"), "/x")).toEqual({ Link: "<a>, <b>" });
  });

  it("names the line it cannot read", () => {
    expect(() => parseHeadersFile("/*\n  no colon here\n")).toThrow(/_headers line 2/);
    expect(() => parseHeadersFile("  X-A: 1\n")).toThrow(/line 1: a header comes before any path/);
  });
});

describe("stored content types and cache rules", () => {
  it.each([
    ["index.html", "text/html; charset=utf-8"],
    ["2016/03/03/x/index.html", "text/html; charset=utf-8"],
    ["assets/site.2b8a.css", "text/css; charset=utf-8"],
    ["assets/search.22a1.js", "text/javascript; charset=utf-8"],
    ["feed.xml", "application/xml; charset=utf-8"],
    ["sitemap.xml", "application/xml; charset=utf-8"],
    ["robots.txt", "text/plain; charset=utf-8"],
    ["site.webmanifest", "application/manifest+json; charset=utf-8"],
    ["pagefind/pagefind-entry.json", "application/json; charset=utf-8"],
    ["pagefind/fragment/en_1a2b.pf_fragment", "application/octet-stream"],
    ["pagefind/wasm.en.pagefind", "application/octet-stream"],
    ["img/x-640.webp", "image/webp"],
    ["img/x-640.avif", "image/avif"],
    ["assets/icon-32.a6.png", "image/png"],
    ["_redirects", "text/plain; charset=utf-8"],
    ["admin/config.yml", "text/yaml; charset=utf-8"],
  ])("%s is stored as %s", (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });

  it.each([
    ["index.html", SHORT],
    ["2016/03/03/x/index.html", SHORT],
    ["feed.xml", SHORT],
    ["assets/site.2b8a.css", IMMUTABLE],
    ["img/x-640.webp", IMMUTABLE],
    ["pagefind/fragment/en_1a2b.pf_fragment", SHORT],
  ])("%s is cached with %s, from the _headers rules", (file, cacheControl) => {
    expect(objectHeaders(headerRules(), file).cacheControl).toBe(cacheControl);
  });
});
