import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkBuiltSite, checkReport, createValidator, exitCodeOf, validatePage } from "../../../src/check/index.js";
import { tempDir, writeFiles } from "../../helpers/site.js";

const ORIGIN = "https://news.example";

/** A page html-validate's recommended rules accept, with `body` inside its <main>. */
function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<main id="main">\n${body}\n</main>\n</body>\n</html>\n`;
}

/** A built site in a temp folder: `files` by output path. */
function site(files: Readonly<Record<string, string>>): string {
  const root = path.join(tempDir("check-site"), "_site");
  writeFiles(root, files);
  return root;
}

const SOUND = {
  "index.html": page("Home", '<a href="#main">Skip</a>\n<a href="/2016/03/03/ties/">Ties</a>\n<a href="https://news.example/feed.xml">Feed</a>\n<a href="https://elsewhere.example/">Elsewhere</a>'),
  "2016/03/03/ties/index.html": page("Ties", '<h1 id="story">Ties</h1>\n<a href="../../../../#main">Home</a>\n<img src="/img/ties.jpeg" alt="Tanks">'),
  "img/ties.jpeg": "jpeg",
  "feed.xml": "<feed/>",
};

describe("validatePage", () => {
  const validator = createValidator();

  it("passes a valid page", () => {
    expect(validatePage(validator, "index.html", page("Home", "<p>Hello.</p>"))).toEqual([]);
  });

  it("reports an invalid page's html-validate error with its file, line and rule", () => {
    const problems = validatePage(validator, "2016/03/03/ties/index.html", page("Ties", '<p>Tanks:</p>\n<img src="/img/ties.jpeg">'));
    expect(problems).toEqual([{ file: "2016/03/03/ties/index.html", line: 10, message: expect.stringMatching(/<img> is missing required "alt" attribute \(html-validate rule wcag\/h37, column 2/) }]);
  });

  it("keeps a headline longer than 70 characters: the title length is the editor's call", () => {
    expect(validatePage(validator, "a.html", page("A".repeat(120), "<p>x</p>"))).toEqual([]);
  });
});

describe("checkBuiltSite", () => {
  it("finds no problem in a sound site, and counts every page and every link of the site", async () => {
    const found = await checkBuiltSite(site(SOUND), { origin: ORIGIN, threads: 1 });
    // Links of the site: #main, /2016/03/03/ties/, the feed by its absolute URL; the story's home link
    // with its fragment, and its picture. The other site's link is not followed.
    expect(found).toEqual({ pages: 2, links: 5, problems: [] });
  });

  it("names the page, line and address of a broken link, and of a fragment that names nothing", async () => {
    const root = site({
      ...SOUND,
      "2016/03/03/ties/index.html": page("Ties", '<a href="/2016/03/02/nowhere/">Old</a>\n<a href="/#no-such-part">Home</a>\n<img src="/img/ties.jpeg" alt="Tanks">\n<a href="#story">Here</a>'),
    });
    const found = await checkBuiltSite(root, { origin: ORIGIN, threads: 1 });
    expect(found.problems).toEqual([
      { file: "2016/03/03/ties/index.html", line: 9, message: "links to /2016/03/02/nowhere/, which no file of the site serves (looked for 2016/03/02/nowhere/index.html); fix the address, or add what it should lead to" },
      { file: "2016/03/03/ties/index.html", line: 10, message: 'links to /#no-such-part, but / has no element with id "no-such-part"; fix the part after # or drop it' },
      { file: "2016/03/03/ties/index.html", line: 12, message: 'links to #story, but /2016/03/03/ties/ has no element with id "story"; fix the part after # or drop it' },
    ]);
  });

  it("reports the HTML and the links of a site split across two threads exactly as one thread does", async () => {
    const files: Record<string, string> = { ...SOUND };
    for (let n = 1; n <= 9; n++) files[`tags/t${n}/index.html`] = page(`Tag ${n}`, `<a href="/tags/t${n + 1}/">Next</a>\n<a href="/#main">Home</a>${n === 4 ? '\n<img src="/img/ties.jpeg">' : ""}`);
    const root = site(files);
    const one = await checkBuiltSite(root, { origin: ORIGIN, threads: 1 });
    const two = await checkBuiltSite(root, { origin: ORIGIN, threads: 2 });
    expect(two).toEqual(one);
    expect(one.pages).toBe(11);
    expect(one.problems.map((p) => `${p.file}:${p.line}`)).toEqual(["tags/t4/index.html:11", "tags/t9/index.html:9"]);
  });
});

describe("checkReport", () => {
  it("sums up a clean check in one line and ends with exit code 0", () => {
    const summary = { contentDir: "content", stage: "site", pages: 141, links: 9845, problems: [], seconds: 12.34 } as const;
    expect(checkReport(summary)).toEqual(["Checked content/ in 12.3 s: 141 pages and 9,845 links checked, 0 problems."]);
    expect(exitCodeOf(summary)).toBe(0);
  });

  it("lists each problem of the built pages with its file and line, and ends with exit code 1", () => {
    const summary = { contentDir: "newsroom", stage: "site", pages: 1, links: 1, problems: [{ file: "index.html", line: 3, message: "links to /x/, which no file of the site serves" }], seconds: 1 } as const;
    expect(checkReport(summary)).toEqual([
      "1 problem in the built pages:",
      "  index.html:3: links to /x/, which no file of the site serves",
      "",
      "Checked newsroom/ in 1.0 s: 1 page and 1 link checked, 1 problem.",
      "Fix these and run `npm run check` again.",
    ]);
    expect(exitCodeOf(summary)).toBe(1);
  });

  it("says why no page was checked when the content itself has problems", () => {
    const summary = { contentDir: "content", stage: "content", pages: 0, links: 0, problems: [{ file: "content/articles/a.md", line: 2, message: "date is missing" }], seconds: 1 } as const;
    expect(checkReport(summary).at(-2)).toBe("Checked content/ in 1.0 s: 0 pages and 0 links checked, 1 problem (the content has problems, so no page was built to check).");
  });
});
