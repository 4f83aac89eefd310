import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readFrontPage } from "../../../src/content/index.js";
import { tempDir } from "../../helpers/site.js";

/** Reads `text` as a content folder's `_data/frontpage.yml`. */
function read(text: string) {
  const content = tempDir("frontpage");
  fs.mkdirSync(path.join(content, "_data"), { recursive: true });
  fs.writeFileSync(path.join(content, "_data", "frontpage.yml"), text);
  return readFrontPage(content, path.dirname(content), "Asia/Baku");
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
    expect(frontPage?.breaking).toMatchObject({ text: "Polls have closed", link: "/politics/", line: 8, linkLine: 9 });
  });

  it("a site without the file has no picks and no problem", () => {
    const content = tempDir("frontpage");
    expect(readFrontPage(content, content, "Asia/Baku")).toEqual({ problems: [], warnings: [] });
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
