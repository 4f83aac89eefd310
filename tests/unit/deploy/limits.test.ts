import { describe, expect, it } from "vitest";
import { checkLimits, LIMITS, parseHeadersFile, parseRedirectsFile, siteFigures, type Manifest } from "../../../src/deploy/index.js";

/** A manifest of `n` files of `size` bytes, like a built archive: pages, then `_headers` and `_redirects`. */
function manifest(n: number, size = 2_000): Manifest {
  const files = Array.from({ length: n - 2 }, (_, i) => ({ path: `2016/03/${String(i).padStart(6, "0")}/index.html`, sha256: "0".repeat(64), size }));
  return { files: [...files, { path: "_headers", sha256: "1".repeat(64), size: 10 }, { path: "_redirects", sha256: "2".repeat(64), size: 10 }] };
}

describe("the targets' limits", () => {
  it("refuses the 10k bench site's 25,378 files on Pages (Free), naming the limit, the figure and the way out", () => {
    // 25,378 files in the manifest; Pages counts every file but _headers and _redirects, plus manifest.json.
    const figures = siteFigures(manifest(25_378), [], []);
    expect(figures.files).toBe(25_377);
    const breaches = checkLimits(figures, "pages", "free");
    expect(breaches.map((b) => b.message)).toEqual([
      "25,377 files: Cloudflare Pages (Free) takes at most 20,000 files per site. Use --target bucket (object storage behind a Worker) or a paid plan (100,000).",
    ]);
    expect(checkLimits(figures, "pages", "paid")).toEqual([]);
    expect(checkLimits(figures, "bucket", "free")).toEqual([]);
  });

  it("refuses 100,001 files on a paid plan, and takes them in a bucket", () => {
    const figures = siteFigures(manifest(100_002), [], []);
    expect(checkLimits(figures, "pages", "paid").map((b) => b.message)).toEqual([
      "100,001 files: Cloudflare Pages (paid plan) takes at most 100,000 files per site. Use --target bucket (object storage behind a Worker).",
    ]);
    expect(checkLimits(figures, "bucket", "paid")).toEqual([]);
  });

  it("takes 20,000 files on Pages (Free), the limit itself", () => {
    expect(checkLimits(siteFigures(manifest(20_001), [], []), "pages", "free")).toEqual([]);
  });

  it("refuses a file over 25 MiB on Pages, naming it, and takes it in a bucket", () => {
    const big: Manifest = { files: [{ path: "img/huge.png", sha256: "0".repeat(64), size: 25 * 1024 * 1024 + 1 }] };
    const [breach] = checkLimits(siteFigures(big, [], []), "pages", "free");
    expect(breach?.message).toBe("26,214,401 bytes (img/huge.png): Cloudflare Pages (Free) takes at most 26,214,400 bytes in one file. Use --target bucket (object storage behind a Worker), or make the file smaller.");
    expect(checkLimits(siteFigures(big, [], []), "bucket", "free")).toEqual([]);
  });

  it("counts static and dynamic redirects and header rules against Pages' caps", () => {
    const redirects = parseRedirectsFile([
      ...Array.from({ length: 2_001 }, (_, i) => `/old/${i}.html /2016/03/03/s${i}/ 301`),
      ...Array.from({ length: 101 }, (_, i) => `/cat${i}/* /x/:splat 301`),
    ].join("\n"));
    const headers = parseHeadersFile(Array.from({ length: 101 }, (_, i) => `/p${i}\n  X-A: 1\n`).join("\n"));
    const figures = siteFigures(manifest(10), redirects, headers);
    expect([figures.staticRedirects, figures.dynamicRedirects, figures.headerRules]).toEqual([2_001, 101, 101]);
    expect(checkLimits(figures, "pages", "paid").map((b) => b.limit.what)).toEqual(["static redirects in _redirects", "dynamic redirects in _redirects", "rules in _headers"]);
    expect(checkLimits(figures, "bucket", "free")).toEqual([]);
  });

  it("refuses an object key over 1,024 bytes in a bucket", () => {
    const long: Manifest = { files: [{ path: `${"ə".repeat(600)}/index.html`, sha256: "0".repeat(64), size: 1 }] };
    expect(checkLimits(siteFigures(long, [], []), "bucket", "free").map((b) => b.limit.what)).toEqual(["bytes in one object key"]);
  });

  it("keeps each limit's figure and way out in one table", () => {
    for (const { limits } of Object.values(LIMITS)) for (const limit of limits) expect(limit.wayOut.length).toBeGreaterThan(5);
    expect(LIMITS["pages-free"].limits[0]?.max).toBe(20_000);
    expect(LIMITS["pages-paid"].limits[0]?.max).toBe(100_000);
  });
});

describe("_redirects", () => {
  it("reads each rule and names the line it cannot read", () => {
    expect(parseRedirectsFile("# old\n/old.html /2016/03/03/x/ 301\n")).toEqual([{ from: "/old.html", to: "/2016/03/03/x/", status: 301, dynamic: false, length: 28 }]);
    expect(parseRedirectsFile("/a/:id /b/:id 301\n")[0]?.dynamic).toBe(true);
    expect(() => parseRedirectsFile("/a\n")).toThrow(/_redirects line 1/);
  });
});
