import { describe, expect, inject, it } from "vitest";
import { checkBuiltSite } from "../../src/check/index.js";
import { formatProblem, readSiteSettings } from "../../src/content/index.js";
import { ROOT, SAMPLE } from "../helpers/site.js";

describe("links of the sample fixture (the link check of `npm run check`)", () => {
  it("every link of the site, asset and fragment resolves to a file of the output", async () => {
    const site = readSiteSettings(SAMPLE, ROOT).site;
    expect(site).toBeDefined();
    const found = await checkBuiltSite(inject("sampleSite"), { origin: new URL(site?.url ?? "").origin, validate: false });
    expect(found.problems.map(formatProblem)).toEqual([]);
    // Every page was read, with the links of its lists, menus, pictures and feeds.
    expect(found.pages).toBeGreaterThan(80);
    expect(found.links).toBeGreaterThan(40 * found.pages);
  });
});

describe("links of the trilingual fixture (the link check of `npm run check`)", () => {
  it("every link of each language's pages, translations and language links included, resolves to a file of the output", async () => {
    const found = await checkBuiltSite(inject("trilingualSite"), { origin: "https://trilingual.example", validate: false });
    expect(found.problems.map(formatProblem)).toEqual([]);
    expect(found.pages).toBeGreaterThan(90);
    expect(found.links).toBeGreaterThan(25 * found.pages);
  });
});
