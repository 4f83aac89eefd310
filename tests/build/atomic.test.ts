import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../src/bench/corpus.js";
import { buildSite, copyFixture, snapshotTree, tempDir, treeDifferences, writeFiles } from "../helpers/site.js";

describe("a failed build", () => {
  it("refuses bad content with every problem named and leaves the previous output byte for byte", async () => {
    const content = copyFixture("basic");
    const out = path.join(tempDir("atomic"), "_site");
    const first = await buildSite(content, out);
    expect(first.code).toBe(0);
    const before = snapshotTree(out);
    const cacheBefore = snapshotTree(path.join(path.dirname(out), ".cache"));
    expect(before.size).toBeGreaterThan(10);

    writeFiles(content, {
      "articles/bad-one.md": "---\ndate: 2017-13-45\nbyline: nobody\n---\n",
      "articles/bad-two.md": "---\ntitle: T\ndate: 2016-03-03\nbyline: amina-test\nsection: gossip\nslug: ../x\n---\n",
    });
    const second = await buildSite(content, out);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("bad-one.md");
    expect(second.stderr).toContain("bad-two.md");
    expect(second.stderr).toMatch(/title is missing/);
    expect(second.stderr).toMatch(/2017-13-45/);
    expect(second.stderr).toMatch(/byline "nobody"/);
    expect(second.stderr).toMatch(/section "gossip"/);
    expect(second.stderr).toMatch(/slug "\.\.\/x"/);
    expect(second.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(treeDifferences(snapshotTree(out), before)).toEqual([]);
    // The build cache is as the last good build left it, and no staging folder is left.
    expect(treeDifferences(snapshotTree(path.join(path.dirname(out), ".cache")), cacheBefore)).toEqual([]);
    expect(fs.readdirSync(path.dirname(out)).sort()).toEqual([".cache", "_site"]);
  });

  it("leaves the previous output as it was when a template throws", async () => {
    const content = copyFixture("basic");
    const out = path.join(tempDir("atomic-template"), "_site");
    expect((await buildSite(content, out)).code).toBe(0);
    const before = snapshotTree(out);

    // A copy of the templates with a page that calls something undefined.
    const templates = path.join(tempDir("templates"), "templates");
    fs.cpSync(path.resolve("templates"), templates, { recursive: true });
    const article = path.join(templates, "pages", "article.njk");
    fs.writeFileSync(article, fs.readFileSync(article, "utf8").replace("{% block main %}", "{% block main %}{{ noSuchFunction() }}"));

    const failed = await buildSite(content, out, [], { NEWS_TEMPLATES_DIR: templates });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/The build failed/);
    expect(treeDifferences(snapshotTree(out), before)).toEqual([]);
    expect(fs.readdirSync(path.dirname(out)).sort()).toEqual([".cache", "_site"]);
  });

  it("leaves no staging folder behind when a build fails while the search index is still being written", async () => {
    // 700 articles keep Pagefind busy for a while; the first article page fails at once.
    const dir = tempDir("atomic-search");
    writeCorpus(dir, { articles: 700, seed: 5 });
    const out = path.join(tempDir("atomic-search-out"), "_site");
    const templates = path.join(tempDir("templates"), "templates");
    fs.cpSync(path.resolve("templates"), templates, { recursive: true });
    const article = path.join(templates, "pages", "article.njk");
    fs.writeFileSync(article, fs.readFileSync(article, "utf8").replace("{% block main %}", "{% block main %}{{ noSuchFunction() }}"));
    const failed = await buildSite(path.join(dir, "content"), out, [], { NEWS_TEMPLATES_DIR: templates });
    expect(failed.code).toBe(1);
    // Anything the indexer was still writing must not land beside the output after the clean-up.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
  });
});
