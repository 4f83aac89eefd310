import type { SiteConfig } from "../../src/content/index.js";

/** Site settings for unit tests: one section, the defaults of site.json, and any overrides. */
export function testSite(overrides: Partial<SiteConfig> = {}): SiteConfig {
  return {
    name: "Test",
    url: "https://test.example",
    language: "en",
    timezone: "Asia/Baku",
    description: "",
    sections: [{ id: "politics", title: "Politics" }],
    defaultSection: "politics",
    perPage: 20,
    latestCount: 10,
    searchBodyWords: 150,
    ...overrides,
  };
}
