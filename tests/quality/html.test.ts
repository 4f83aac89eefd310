import path from "node:path";
import { HtmlValidate } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import { listFiles } from "../helpers/site.js";

/**
 * html-validate's recommended rules, less one: `long-title` caps <title> at 70 characters for search
 * snippets, but a news headline is the editor's call, and search engines cut it themselves.
 */
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "long-title": "off" } });

describe("HTML of the sample site (html-validate)", () => {
  it("every page is valid", async () => {
    const root = inject("sampleSite");
    const pages = listFiles(root).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(80);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(root, page));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
