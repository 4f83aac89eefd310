import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { createValidator, validatePage } from "../../src/check/index.js";
import { formatProblem } from "../../src/content/index.js";
import { listFiles } from "../helpers/site.js";

describe("HTML of the sample fixture (html-validate, with the rules of `npm run check`)", () => {
  it("every page is valid", () => {
    const root = inject("sampleSite");
    const pages = listFiles(root).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(80);
    const validator = createValidator();
    const errors = pages.flatMap((page) => validatePage(validator, page, fs.readFileSync(path.join(root, page), "utf8")).map(formatProblem));
    expect(errors).toEqual([]);
  });
});

describe("HTML of the trilingual fixture: every page of each language (html-validate, the rules of `npm run check`)", () => {
  it("every page is valid", () => {
    const root = inject("trilingualSite");
    const pages = listFiles(root).filter((f) => f.endsWith(".html"));
    // Pages of all three languages are checked.
    for (const prefix of ["az/", "ru/"]) expect(pages.filter((p) => p.startsWith(prefix)).length, prefix).toBeGreaterThan(25);
    const validator = createValidator();
    const errors = pages.flatMap((page) => validatePage(validator, page, fs.readFileSync(path.join(root, page), "utf8")).map(formatProblem));
    expect(errors).toEqual([]);
  });
});
