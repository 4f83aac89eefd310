import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readFrontPage, type FrontPageSite } from "../../../src/content/index.js";
import { tempDir } from "../../helpers/site.js";

/** A one-language site in English, and one in English, Azerbaijani and Russian, as the reader sees them. */
const ONE: FrontPageSite = { timezone: "Asia/Baku", language: "en" };
const THREE: FrontPageSite = { timezone: "Asia/Baku", language: "en", languages: { en: { name: "English" }, az: { name: "Azərbaycanca", prefix: "az" }, ru: { name: "Русский", prefix: "ru" } } };

/** Reads `text` as a content folder's `_data/frontpage.yml`, of a one-language site unless told. */
function read(text: string, site: FrontPageSite = ONE) {
  const content = tempDir("frontpage");
  fs.mkdirSync(path.join(content, "_data"), { recursive: true });
  fs.writeFileSync(path.join(content, "_data", "frontpage.yml"), text);
  return readFrontPage(content, path.dirname(content), site);
}

describe("readFrontPage (content/_data/frontpage.yml)", () => {
  it("reads the lead, the top stories in order (long or short form) and the breaking line, dates in the site zone", () => {
    const { frontPage, problems, warnings } = read(["lead:", "  story: /2016/03/03/ties/", "  until: 2016-03-04T18:00", "top:", "  - 2016/03/budget", "  - story: /2016/03/02/rain/", "breaking:", "  text: Polls have closed", "  link: /politics/", "  until: 2016-03-03T23:00+04:00", ""].join("\n"));
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(frontPage?.lead?.story).toBe("/2016/03/03/ties/");
    expect(frontPage?.lead?.until?.toISO()).toBe("2016-03-04T18:00:00.000+04:00");
    expect(frontPage?.lead?.line).toBe(2);
    expect(frontPage?.top.map((p) => [p.story, p.line])).toEqual([["2016/03/budget", 5], ["/2016/03/02/rain/", 6]]);
    expect(frontPage?.breaking).toEqual([expect.objectContaining({ lang: "en", where: "breaking", text: "Polls have closed", link: "/politics/", line: 8, linkLine: 9 })]);
  });

  it("a site without the file has no picks and no problem", () => {
    const content = tempDir("frontpage");
    expect(readFrontPage(content, content, ONE)).toEqual({ problems: [], warnings: [] });
  });

  it("reports each bad part with its line and what to write: a date that is not a date, a breaking line without expiry, a pick that is not a story", () => {
    const { frontPage, problems } = read(["lead:", "  story: /2016/03/03/ties/", "  until: next Tuesday", "top:", "  - story: [1, 2]", "breaking:", "  text: Storm warning", ""].join("\n"));
    expect(frontPage).toBeUndefined();
    const file = expect.stringMatching(/_data\/frontpage\.yml$/);
    expect(problems).toEqual(expect.arrayContaining([
      { file, line: 5, message: expect.stringMatching(/^top\.0 must be a story: its address/) },
      // A missing field is shown at the first line of its block.
      { file, line: 7, message: expect.stringMatching(/^breaking\.until is missing: until must be a date/) },
    ]));
    const dates = read(["lead:", "  story: /2016/03/03/ties/", "  until: next Tuesday", ""].join("\n")).problems;
    expect(dates).toEqual([{ file, line: 3, message: expect.stringMatching(/^lead\.until /) }]);
  });

  it("refuses a breaking link that is neither a path of the site nor a web address: it would show on every page", () => {
    for (const link of ["javascript:alert(1)", "business/", "//evil.example/", "5"]) {
      const { problems } = read(["breaking:", "  text: Storm warning", `  link: "${link}"`, "  until: 2016-03-03T18:00", ""].join("\n"));
      expect(problems, link).toEqual([{ file: expect.any(String), line: 3, message: expect.stringMatching(/^breaking\.link ".*" must be a page of this site/) }]);
    }
    expect(read("breaking:\n  text: Storm\n  link: https://example.org/storm\n  until: 2016-03-03T18:00\n").problems).toEqual([]);
  });

  it("reports YAML that cannot be read with its line, and warns of unknown fields", () => {
    expect(read("lead:\n  story: /a/\n  story: /b/\n").problems[0]).toMatchObject({ line: 3, message: expect.stringContaining("is not valid YAML") });
    const { warnings, problems } = read("lead:\n  story: /a/\n  pinned: true\nheadline: x\n");
    expect(problems).toEqual([]);
    expect(warnings.map((w) => [w.line, w.message.split(" (")[0]])).toEqual([[4, 'unknown field "headline" is ignored'], [3, 'unknown field "lead.pinned" is ignored']]);
  });
});

describe("readFrontPage: one breaking-news line per language", () => {
  const file = expect.stringMatching(/_data\/frontpage\.yml$/);
  const brief = (lines: ReadonlyArray<{ lang: string; where: string; text: string; link?: string; line?: number; linkLine?: number; until: { toISO(): string | null } }> | undefined) =>
    (lines ?? []).map((l) => ({ lang: l.lang, where: l.where, text: l.text, link: l.link, line: l.line, linkLine: l.linkLine, until: l.until.toISO() }));

  it("reads a map from language code to line: each line is its language's, with its lines in the file", () => {
    const { frontPage, problems, warnings } = read([
      "breaking:",
      "  en: { text: Polls have closed, link: /2016/03/03/polls-close/, until: 2016-03-03T23:00 }",
      "  az:",
      "    text: Seçki məntəqələri bağlanıb",
      "    link: /az/2016/03/03/secki/",
      "    until: 2016-03-04T01:00",
      "",
    ].join("\n"), THREE);
    expect([problems, warnings]).toEqual([[], []]);
    expect(brief(frontPage?.breaking)).toEqual([
      { lang: "en", where: "breaking.en", text: "Polls have closed", link: "/2016/03/03/polls-close/", line: 2, linkLine: 2, until: "2016-03-03T23:00:00.000+04:00" },
      { lang: "az", where: "breaking.az", text: "Seçki məntəqələri bağlanıb", link: "/az/2016/03/03/secki/", line: 4, linkLine: 5, until: "2016-03-04T01:00:00.000+04:00" },
    ]);
  });

  it("reads one line written alone as the default language's, on a site with languages as on one without", () => {
    const text = "breaking:\n  text: Storm warning\n  until: 2016-03-03T18:00\n";
    for (const site of [ONE, THREE]) {
      const { frontPage, problems } = read(text, site);
      expect(problems).toEqual([]);
      expect(brief(frontPage?.breaking)).toEqual([{ lang: "en", where: "breaking", text: "Storm warning", link: undefined, line: 2, linkLine: undefined, until: "2016-03-03T18:00:00.000+04:00" }]);
    }
    // A one-language site may write its one line under its language too.
    expect(brief(read("breaking:\n  en: { text: Storm warning, until: 2016-03-03T18:00 }\n").frontPage?.breaking)).toMatchObject([{ lang: "en", where: "breaking.en", line: 2 }]);
  });

  it("reads a language's empty line, as the desk writes one left blank, as no line; an empty link as no link", () => {
    const { frontPage, problems, warnings } = read([
      "breaking:",
      "  en: { text: Storm warning, link: '', until: 2016-03-03T18:00 }",
      "  az: {}",
      "  ru: { text: '', link: '', until: '' }",
      "",
    ].join("\n"), THREE);
    expect([problems, warnings]).toEqual([[], []]);
    expect(brief(frontPage?.breaking)).toEqual([expect.objectContaining({ lang: "en", link: undefined })]);
    for (const empty of ["breaking: {}\n", "breaking:\n  az:\n  ru: {}\n"]) {
      const none = read(`lead: /2016/03/03/ties/\n${empty}`, THREE);
      expect(none.problems, empty).toEqual([]);
      expect(none.frontPage?.breaking, empty).toBeUndefined();
    }
    expect(read("breaking:\n  text: Storm\n  link: ''\n  until: 2016-03-03T18:00\n").frontPage?.breaking?.[0]?.link).toBeUndefined();
    // One line written alone is read as before: empty, it lacks its text and expiry.
    expect(read("breaking: {}\n").problems).toEqual(expect.arrayContaining([{ file, line: 1, message: expect.stringMatching(/^breaking\.text is missing: text must be one line of plain text/) }]));
  });

  it("names every problem with its line: a key that is not a language, a line without expiry, a bad link or date, a line that is not one", () => {
    const { frontPage, problems } = read([
      "breaking:",
      "  fr: { text: Les bureaux de vote ont fermé, until: 2016-03-03T23:00 }",
      "  az:",
      "    text: Seçki məntəqələri bağlanıb",
      "    link: javascript:alert(1)",
      "  ru:",
      "    text: Участки закрылись",
      "    until: next Tuesday",
      "",
    ].join("\n"), THREE);
    expect(frontPage).toBeUndefined();
    expect(problems).toEqual([
      { file, line: 2, message: expect.stringMatching(/^breaking\.fr is not a language of this site: give one line per language under en, az, ru \(the languages in site\.json\)/) },
      { file, line: 4, message: expect.stringMatching(/^breaking\.az\.until is missing: until must be a date like 2016-03-04T18:00/) },
    ]);
    // Once the shape is right, the dates and links.
    const later = read([
      "breaking:",
      "  az: { text: Seçki, link: javascript:alert(1), until: 2016-03-03T23:00 }",
      "  ru:",
      "    text: Участки закрылись",
      "    until: next Tuesday",
      "",
    ].join("\n"), THREE);
    expect(later.problems).toEqual([
      { file, line: 2, message: expect.stringMatching(/^breaking\.az\.link "javascript:alert\(1\)" must be a page of this site/) },
      { file, line: 5, message: expect.stringMatching(/^breaking\.ru\.until /) },
    ]);
    expect(read("breaking:\n  az: Seçki məntəqələri bağlanıb\n", THREE).problems).toEqual([{ file, line: 2, message: expect.stringMatching(/^breaking\.az must be a line like: az: \{ text:/) }]);
  });

  it("refuses, on a site without languages, a line under any key but its language, naming that language", () => {
    const { problems } = read("breaking:\n  az: { text: Seçki, until: 2016-03-03T23:00 }\n");
    expect(problems).toEqual([{ file, line: 2, message: expect.stringMatching(/^breaking\.az is not this site's language: site\.json has no "languages", and its one language is en; write the line under en/) }]);
  });

  it("reads a line written alone beside the languages' own as the default language's, unless that language has its own", () => {
    const beside = read("breaking:\n  text: Storm warning\n  until: 2016-03-03T18:00\n  az: { text: Fırtına, until: 2016-03-03T18:00 }\n", THREE);
    expect([beside.problems, beside.warnings]).toEqual([[], []]);
    expect(brief(beside.frontPage?.breaking).map((l) => [l.lang, l.where, l.text])).toEqual([["en", "breaking", "Storm warning"], ["az", "breaking.az", "Fırtına"]]);
    const both = read("breaking:\n  text: Storm warning\n  until: 2016-03-03T18:00\n  en: { text: Storm over, until: 2016-03-03T20:00 }\n  pinned: true\n", THREE);
    expect(brief(both.frontPage?.breaking).map((l) => [l.lang, l.text])).toEqual([["en", "Storm over"]]);
    expect(both.warnings).toEqual([
      { file, line: 2, message: expect.stringMatching(/^breaking has a line written alone \(text, until\) and one under breaking\.en: the one under en is shown/) },
      { file, line: 5, message: 'unknown field "breaking.pinned" is ignored (known fields: text, link, until, en, az, ru)' },
    ]);
    // Each language's line warns of a field it does not know.
    expect(read("breaking:\n  ru: { text: Шторм, until: 2016-03-03T18:00, colour: red }\n", THREE).warnings).toEqual([{ file, line: 2, message: 'unknown field "breaking.ru.colour" is ignored (known fields: text, link, until)' }]);
  });
});
