import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Problem } from "../../../src/content/index.js";
import { checkedContent, contentProblems } from "../../helpers/content.js";
import { minimalSite, writeFiles } from "../../helpers/site.js";

const GOOD = "---\ntitle: Fine\ndate: 2016-03-03T12:55:00+04:00\nbyline: amina-test\n---\nBody.\n";

/** Loads a site with the given article files and returns the problems it was refused for. */
async function problemsOf(files: Record<string, string>): Promise<Problem[]> {
  const dir = minimalSite();
  writeFiles(dir, files);
  return contentProblems(dir);
}

describe("article validation", () => {
  it("accepts a good article", async () => {
    expect(await problemsOf({ "articles/good.md": GOOD })).toEqual([]);
  });

  it.each([
    ["a missing title", "---\ndate: 2016-03-03T12:55:00+04:00\nbyline: amina-test\n---\n", /title is missing/],
    ["an empty title", "---\ntitle: \"\"\ndate: 2016-03-03T12:55:00+04:00\nbyline: amina-test\n---\n", /title is empty/],
    ["a missing date", "---\ntitle: T\nbyline: amina-test\n---\n", /date is missing/],
    ["a missing byline", "---\ntitle: T\ndate: 2016-03-03T12:55:00+04:00\n---\n", /byline is missing/],
    ["a date that does not exist", "---\ntitle: T\ndate: 2017-13-45\nbyline: amina-test\n---\n", /date "2017-13-45" is not a real calendar date/],
    ["a date that does not parse", "---\ntitle: T\ndate: next Tuesday\nbyline: amina-test\n---\n", /date "next Tuesday" is not an ISO 8601 date/],
    ["a byline with no author file", "---\ntitle: T\ndate: 2016-03-03\nbyline: nobody\n---\n", /byline "nobody" has no author file/],
    ["an unknown section", "---\ntitle: T\ndate: 2016-03-03\nbyline: amina-test\nsection: gossip\n---\n", /section "gossip" is not one of the site's sections/],
    ["a slug that climbs out", "---\ntitle: T\ndate: 2016-03-03\nbyline: amina-test\nslug: ../x\n---\n", /slug "\.\.\/x" is not a plain slug/],
    ["a slug with a slash", "---\ntitle: T\ndate: 2016-03-03\nbyline: amina-test\nslug: a/b\n---\n", /slug "a\/b" is not a plain slug/],
    ["broken YAML", "---\ntitle: [unclosed\n---\n", /not valid YAML/],
    ["a boolean draft written as text", "---\ntitle: T\ndate: 2016-03-03\nbyline: amina-test\ndraft: maybe\n---\n", /draft must be true or false/],
  ])("refuses %s, naming the file", async (_name, text, message) => {
    const problems = await problemsOf({ "articles/2016/bad.md": text });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => message.test(p.message))).toBe(true);
    for (const p of problems) expect(p.file).toBe(path.join("content", "articles", "2016", "bad.md"));
  });

  it("gives the line of the bad field", async () => {
    const [problem] = await problemsOf({ "articles/bad.md": "---\ntitle: T\nbyline: amina-test\ndate: 2017-13-45\n---\n" });
    expect(problem?.line).toBe(4);
  });

  it("refuses two articles with the same URL, naming both files", async () => {
    const problems = await problemsOf({
      "articles/a/same.md": GOOD,
      "articles/b/same.md": GOOD.replace("Fine", "Also fine"),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/same URL \/2016\/03\/03\/same\//);
    expect(problems[0]?.message).toContain(path.join("content", "articles", "a", "same.md"));
    expect(problems[0]?.file).toBe(path.join("content", "articles", "b", "same.md"));
  });

  it("lists every problem of every file at once", async () => {
    const problems = await problemsOf({
      "articles/one.md": "---\ndate: 2017-13-45\nbyline: nobody\nsection: gossip\nslug: ../x\n---\n",
      "articles/two.md": "---\ntitle: T\n---\n",
    });
    const one = problems.filter((p) => p.file.endsWith("one.md")).map((p) => p.message);
    const two = problems.filter((p) => p.file.endsWith("two.md")).map((p) => p.message);
    expect(one).toHaveLength(5);
    expect(two).toHaveLength(2);
  });

  it("reads a timestamp without an offset in the site zone, not as UTC", async () => {
    const dir = minimalSite();
    writeFiles(dir, { "articles/x.md": "---\ntitle: T\ndate: 2015-07-10T17:00:00\nbyline: amina-test\n---\n" });
    const { articles } = (await checkedContent(dir));
    expect(articles[0]?.date.toISO()).toBe("2015-07-10T17:00:00.000+05:00");
  });

  it("folds repeated tags and keeps titles as text", async () => {
    const dir = minimalSite();
    writeFiles(dir, { "articles/x.md": "---\ntitle: 2024\ndate: 2016-03-03\nbyline: [amina-test]\ntags: [Azərbaycan, azerbaycan, 2024]\n---\n" });
    const [article] = (await checkedContent(dir)).articles;
    expect(article?.title).toBe("2024");
    expect(article?.tags).toEqual(["Azərbaycan", "2024"]);
  });
});

describe("author and site validation", () => {
  it("refuses an author without a name", async () => {
    const problems = await problemsOf({ "authors/nameless.md": "---\nrole: Reporter\n---\nBio.\n" });
    expect(problems).toEqual([expect.objectContaining({ file: path.join("content", "authors", "nameless.md"), message: expect.stringMatching(/name is missing/) })]);
  });

  it("refuses a site.json without a url", async () => {
    const dir = minimalSite();
    writeFiles(dir, { "_data/site.json": JSON.stringify({ name: "X" }) });
    await expect(checkedContent(dir)).rejects.toThrow(/site\.json: url/);
  });

  it("refuses an unknown time zone", async () => {
    const dir = minimalSite();
    writeFiles(dir, { "_data/site.json": JSON.stringify({ name: "X", url: "https://x.example", timezone: "Mars/Olympus" }) });
    await expect(checkedContent(dir)).rejects.toThrow(/Mars\/Olympus/);
  });
});
