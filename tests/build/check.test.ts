import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT, copyFixture, tempDir, writeFiles } from "../helpers/site.js";

interface Run {
  readonly code: number;
  readonly stdout: string;
}

/** `npm run check -- --content DIR`, as a newsroom's CI runs it. */
async function check(content: string): Promise<Run> {
  try {
    const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "check", "--", "--content", content], { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: "1794916800" }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "" };
  }
}

/**
 * The basic fixture less its sanitizer story, whose raw picture points on purpose at a file of the
 * site's own address that is not there (a broken link `npm run check` rightly reports).
 */
function soundSite(): string {
  const content = copyFixture("basic");
  fs.rmSync(path.join(content, "articles", "2016", "06", "midnight.md"));
  return content;
}

/** The output folders a check may have left in the temp folder: it removes its own. */
function leftovers(): string[] {
  return fs.readdirSync(path.dirname(tempDir("probe"))).filter((name) => name.startsWith("news-check-"));
}

describe("npm run check", () => {
  it("passes a sound site with exit code 0, and says how much it checked", async () => {
    const before = leftovers();
    const run = await check(soundSite());
    expect(run.stdout).toMatch(/^Checked .+\/content\/ in [\d.]+ s: \d+ pages and [\d,]+ links checked, 0 problems\.$/m);
    expect(run.code).toBe(0);
    const pages = Number(/: (\d+) pages and/.exec(run.stdout)?.[1]);
    expect(pages).toBeGreaterThan(20);
    expect(leftovers()).toEqual(before);
  });

  it("names the page of a broken link and of invalid HTML, with what to fix, and exits 1", async () => {
    const content = soundSite();
    writeFiles(content, {
      // A link to a file the site does not have: not a page kind the build checks, so it is the link check's to find.
      "articles/2016/06/budget.md": "---\ntitle: The budget in figures\ndate: 2016-06-10T10:00:00+04:00\nbyline: amina-test\n---\nRead [the full budget](/files/budget-2016.pdf) as published.\n",
      // A picture without a text alternative, written as raw HTML in the body.
      "articles/2016/06/gallery.md": '---\ntitle: A gallery of the coast\ndate: 2016-06-11T10:00:00+04:00\nbyline: amina-test\n---\nThe coast at dawn.\n\n<img src="https://photos.example/coast.jpg">\n',
    });
    const run = await check(content);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^2 problems in the built pages:$/m);
    expect(run.stdout).toMatch(/^ {2}2016\/06\/10\/budget\/index\.html:\d+: links to \/files\/budget-2016\.pdf, which no file of the site serves \(looked for files\/budget-2016\.pdf\); fix the address, or add what it should lead to$/m);
    expect(run.stdout).toMatch(/^ {2}2016\/06\/11\/gallery\/index\.html:\d+: <img> is missing required "alt" attribute \(html-validate rule wcag\/h37/m);
    expect(run.stdout).toMatch(/: \d+ pages and [\d,]+ links checked, 2 problems\.$/m);
    expect(run.stdout).toContain("Fix these and run `npm run check` again.");
  });

  it("reports bad content as the build does, every problem with its file and line, and exits 1", async () => {
    const content = copyFixture("basic");
    writeFiles(content, { "articles/2016/06/undated.md": "---\ntitle: No date\nbyline: nobody-here\n---\nBody.\n" });
    const run = await check(content);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("The content has 2 problems; nothing was written:");
    expect(run.stdout).toMatch(/content\/articles\/2016\/06\/undated\.md(:\d+)?: date is missing/);
    expect(run.stdout).toMatch(/content\/articles\/2016\/06\/undated\.md:3: byline "nobody-here" has no author file/);
    expect(run.stdout).toContain("0 pages and 0 links checked, 2 problems (the content has problems, so no page was built to check).");
  });
});
