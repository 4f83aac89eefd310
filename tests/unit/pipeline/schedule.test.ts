import { describe, expect, it } from "vitest";
import { nextChange } from "../../../src/pipeline/index.js";
import { testArticle, testView } from "../../helpers/factory.js";

const NOW = Date.parse("2026-11-17T12:00:00Z");

describe("nextChange", () => {
  it("is the earliest embargo release or news-sitemap expiry after the build, and skips drafts", () => {
    const embargoed = testArticle({ date: "2026-11-18T09:00:00+04:00", sourcePath: "content/articles/vote.md" });
    const draft = testArticle({ date: "2026-11-17T20:00:00+04:00", draft: true });
    // Published yesterday at 18:00 in Baku: it leaves the news sitemap two days later.
    const recent = testView(testArticle({ date: "2026-11-16T18:00:00+04:00", slug: "recent" }), { buildMs: NOW });
    const next = nextChange([embargoed, draft], [recent], NOW);
    expect(next).toEqual({ epoch: Date.parse("2026-11-18T05:00:00Z") / 1000, at: "2026-11-18T05:00:00.000Z", reason: "content/articles/vote.md is released", kind: "embargo", builtFor: NOW / 1000 });
    const later = nextChange([embargoed], [recent], Date.parse("2026-11-18T06:00:00Z"));
    expect(later.at).toBe("2026-11-18T14:00:00.000Z");
    expect(later.reason).toBe(`${recent.url} leaves the news sitemap`);
    expect(later.kind).toBe("news-sitemap");
  });

  it("is nothing when no story is due", () => {
    expect(nextChange([], [], NOW)).toEqual({ builtFor: NOW / 1000 });
  });
});
