import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DECAP_RELEASE, decapBundleDir, decapCopies, integrityOf } from "../../../src/desk/index.js";
import { ROOT } from "../../helpers/site.js";

describe("Decap CMS's bundle, kept without its package's dependencies", () => {
  it("writes integrity in the registry's form", () => {
    // The SHA-512 of "abc", as Subresource Integrity and package-lock.json write it.
    expect(integrityOf(Buffer.from("abc"))).toBe("sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==");
  });

  it("is installed for the pinned release, checked, and not as an npm dependency", () => {
    const dir = decapBundleDir(ROOT);
    expect(fs.readFileSync(path.join(dir, "integrity"), "utf8").trim(), "run `npm run prepare`").toBe(DECAP_RELEASE.integrity);
    expect(fs.statSync(path.join(dir, "decap-cms.js")).size).toBeGreaterThan(1_000_000);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).not.toContain("decap-cms");
    expect(Object.keys(decapCopies(ROOT))[0]).toMatch(/node_modules\/\.decap-cms\/3\.16\.3\/\{decap-cms\.js,/);
  });

  it("is asked for by name when missing", () => {
    expect(() => decapCopies(path.join(ROOT, "tests", "fixtures"))).toThrow(/bundle is missing .* run `npm run prepare`/);
  });
});
