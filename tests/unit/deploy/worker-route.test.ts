import { describe, expect, it } from "vitest";
import { headerRules, SHORT, IMMUTABLE } from "../../../src/deploy/index.js";
import { etagMatches, notFoundKeysFor, objectKeyFor, redirectFor, responseHeaders } from "../../../src/deploy/worker/route.js";
import { bundleWorker } from "../../../src/deploy/worker/bundle.js";

describe("the edge worker's routing", () => {
  it.each([
    ["/", "index.html"],
    ["/2016/03/03/story/", "2016/03/03/story/index.html"],
    ["/politics", "politics/index.html"],
    ["/feed.xml", "feed.xml"],
    ["/politics/94020.html", "politics/94020.html"],
    ["/tags/az%C9%99rbaycan/", "tags/azərbaycan/index.html"],
    ["/404.html", "404.html"],
    ["/_deploy/live.json", undefined],
    ["/_deploy/previous/x/index.html", undefined],
    ["/_headers", undefined],
    ["/_redirects", undefined],
    ["/manifest.json", undefined],
    ["/bad%E0%A4%A", undefined],
  ])("serves %s from %s", (pathname, key) => {
    expect(objectKeyFor(pathname)).toBe(key);
  });

  it.each([
    // A language's folder first, then the site's page: at most two reads.
    ["/az/2016/03/03/nothing/", ["az/404.html", "404.html"]],
    ["/ru/tags/no-such-tag/", ["ru/404.html", "404.html"]],
    ["/az/nothing.html", ["az/404.html", "404.html"]],
    ["/az/", ["az/404.html", "404.html"]],
    ["/az", ["az/404.html", "404.html"]],
    ["/az/404.html", ["az/404.html", "404.html"]],
    // Deep paths still try only their first folder.
    ["/2016/03/03/nothing/", ["2016/404.html", "404.html"]],
    ["/no/such/page/", ["no/404.html", "404.html"]],
    // Decoded as the page's own key is, so an escaped letter or slash names the same folder.
    ["/%D1%80%D1%83/x/", ["ру/404.html", "404.html"]],
    ["/az%2Fnothing/", ["az/404.html", "404.html"]],
    ["//az//nothing/", ["az/404.html", "404.html"]],
    // No folder: the site's page alone.
    ["/", ["404.html"]],
    ["", ["404.html"]],
    ["/nothing.html", ["404.html"]],
    ["/404.html", ["404.html"]],
    // Never a hidden folder's or file's, nor one outside the site.
    ["/_deploy/live.json", ["404.html"]],
    ["/_deploy/previous/az/x/", ["404.html"]],
    ["/_headers", ["404.html"]],
    ["/_redirects", ["404.html"]],
    ["/manifest.json", ["404.html"]],
    ["/bad%E0%A4%A/x/", ["404.html"]],
    ["/az%00/x/", ["404.html"]],
    ["/../x/", ["404.html"]],
    ["/%2E%2E/x/", ["404.html"]],
    ["/./x/", ["404.html"]],
  ])("a missing %s is answered by the first of %j the bucket holds", (pathname, keys) => {
    expect(notFoundKeysFor(pathname)).toEqual(keys);
  });

  it.each([
    ["/politics/94020.html", "politics/94020.html", "/2016/03/03/x/", "/2016/03/03/x/"],
    ["/old/story", "old/story/index.html", "/2016/03/03/x/", "/2016/03/03/x/"],
    ["/politics", "politics/index.html", undefined, "/politics/"],
    ["/politics/", "politics/index.html", undefined, undefined],
    ["/politics/index.html", "politics/index.html", undefined, undefined],
    ["/feed.xml", "feed.xml", undefined, undefined],
  ])("%s (object %s, alias of %s) redirects to %s", (pathname, key, location, expected) => {
    expect(redirectFor(pathname, key, location)).toBe(expected);
  });

  it.each([
    [null, false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ["*", true],
    ['"abcd"', false],
  ])("If-None-Match %s matches the tag \"abc\": %s", (header, matches) => {
    expect(etagMatches(header, '"abc"')).toBe(matches);
  });

  it("sets the rules' headers, the object's type and its tag", () => {
    const page = responseHeaders(headerRules(), "/2016/03/03/x/", "text/html; charset=utf-8", '"e1"');
    expect(page.get("cache-control")).toBe(SHORT);
    expect(page.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.get("etag")).toBe('"e1"');
    expect(page.get("content-security-policy")).toContain("default-src 'self'");
    expect(responseHeaders(headerRules(), "/assets/site.1.css", "text/css", undefined).get("cache-control")).toBe(IMMUTABLE);
  });

  it("bundles into one small module without the build's libraries", async () => {
    const code = await bundleWorker();
    expect(code).toMatch(/export\s*\{/);
    expect(code.length).toBeLessThan(20_000);
    expect(code).not.toMatch(/luxon|markdown-it|node:/);
  });
});
