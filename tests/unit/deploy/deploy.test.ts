import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildManifest, headersFile, planDeploy, readManifest, writeManifest } from "../../../src/deploy/index.js";
import { tempDir } from "../../helpers/site.js";

function site(files: Record<string, string>): string {
  const dir = tempDir("deploy");
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("manifest and deploy plan", () => {
  it("hashes every file, sorted, and leaves itself out", () => {
    const dir = site({ "index.html": "home", "tags/x/index.html": "x", "assets/site.abc.css": "css" });
    writeManifest(dir);
    const manifest = readManifest(path.join(dir, "manifest.json"));
    expect(manifest.files.map((f) => f.path)).toEqual(["assets/site.abc.css", "index.html", "tags/x/index.html"]);
    expect(manifest.files[1]?.size).toBe(4);
    expect(manifest.files[1]?.sha256).toBe("4ea140588150773ce3aace786aeef7f4049ce100fa649c94fbbddb960f1da942");
    expect(buildManifest(dir)).toEqual(manifest);
  });

  it("uploads new and changed files, deletes gone ones, purges changed and gone URLs", () => {
    const before = buildManifest(site({ "index.html": "home", "a/index.html": "a", "old.html": "old", "assets/s.1.css": "1" }));
    const after = buildManifest(site({ "index.html": "home, updated", "a/index.html": "a", "new/index.html": "n", "assets/s.2.css": "2" }));
    expect(planDeploy(before, after)).toEqual({
      upload: ["assets/s.2.css", "index.html", "new/index.html"],
      remove: ["assets/s.1.css", "old.html"],
      purge: ["/", "/assets/s.1.css", "/old.html"],
    });
  });

  it("refuses a file that is not a manifest", () => {
    const dir = site({ "bad.json": '{"pages": []}' });
    expect(() => readManifest(path.join(dir, "bad.json"))).toThrow(/is not a manifest/);
  });
});

describe("_headers", () => {
  it("caches fingerprinted files for a year, pages briefly, and sets the security headers", () => {
    const text = headersFile();
    expect(text).toMatch(/^\/\*\n {2}Cache-Control: public, max-age=300, must-revalidate\n/);
    expect(text).toMatch(/\/assets\/\*\n {2}! Cache-Control\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(text).toMatch(/Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
    // Only the web desk's block (/admin/*, tested with the desk) loosens the policy.
    expect(text.slice(0, text.indexOf("/admin/*"))).not.toMatch(/'unsafe-(inline|eval)'/);
    expect(text).toContain("X-Content-Type-Options: nosniff");
    expect(text).toContain("Referrer-Policy: strict-origin-when-cross-origin");
  });
});
