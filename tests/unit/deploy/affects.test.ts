import { describe, expect, it } from "vitest";
import { suiteFor } from "../../../src/deploy/index.js";

describe("suiteFor: which pushes run the generator's tests", () => {
  const table: ReadonlyArray<[string, readonly string[] | undefined, boolean]> = [
    ["an article", ["content/articles/2026/12/vote.md"], false],
    ["articles, an author, a picture, site.json and picks", ["content/articles/a.md", "content/authors/amina.md", "content/articles/a.jpg", "content/_data/site.json", "content/_data/frontpage.yml"], false],
    ["a template", ["templates/pages/home.njk"], true],
    ["code", ["src/collections/model.ts"], true],
    ["a test", ["tests/unit/slugs/slugify.test.ts"], true],
    ["the packages", ["package-lock.json"], true],
    ["the Node version", [".node-version"], true],
    ["the workflow", [".github/workflows/deploy.yml"], true],
    ["the README (a test checks its paths)", ["README.md"], true],
    ["content and one template", ["content/articles/a.md", "templates/partials/nav.njk"], true],
    ["a folder named like content elsewhere", ["tests/fixtures/content/articles/a.md"], true],
    ["nothing", [], false],
    ["unknown changes", undefined, true],
  ];
  for (const [what, paths, suite] of table) {
    it(`${what}: ${suite ? "runs" : "skips"} the suite`, () => expect(suiteFor(paths).suite).toBe(suite));
  }

  it("says why in one line, naming a few paths", () => {
    expect(suiteFor(["src/a.ts", "src/b.ts", "src/c.ts", "src/d.ts", "content/x.md"]).reason).toBe("src/a.ts, src/b.ts, src/c.ts and 1 more changed outside content/: the generator's tests run");
    expect(suiteFor(["content/x.md"]).reason).toBe("only content changed (1 file in content/): the generator's tests are not needed");
    expect(suiteFor(undefined, "no base commit to compare with").reason).toBe("no base commit to compare with: the generator's tests run");
  });
});
