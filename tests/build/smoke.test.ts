import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { ROOT, SAMPLE, SAMPLE_EPOCH, listFiles, snapshotTree, tempDir } from "../helpers/site.js";

describe("npm run build", () => {
  it("builds the sample fixture", async () => {
    const out = path.join(tempDir("smoke"), "_site");
    const args = ["run", "build", "--", "--content", SAMPLE, "--output", out];
    const { stdout } = await promisify(execFile)("npm", args, {
      cwd: ROOT,
      env: { ...process.env, SOURCE_DATE_EPOCH: SAMPLE_EPOCH },
    });
    expect(stdout).toMatch(/^  content  18 articles, 5 authors read and checked/m);
    expect(stdout).toMatch(/^  search   17 articles indexed/m);
    expect(stdout).toMatch(/^Built 17 articles into \d+ files in .+ in [\d.]+ s, peak memory \d+ MB\.$/m);
    const files = listFiles(out);
    const articles = files.filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/index\.html$/.test(f));
    expect(articles.length).toBeGreaterThanOrEqual(12);
    const $ = cheerio.load(fs.readFileSync(path.join(out, "index.html"), "utf8"));
    expect($(".card--lead")).toHaveLength(1);
    expect($(".front-section").length).toBeGreaterThanOrEqual(3);

    // Built again with the cache the first build saved: in the launcher's process, from the build
    // compiled to one module, and to the same bytes.
    const before = snapshotTree(out);
    const again = await promisify(execFile)("npm", args, { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: SAMPLE_EPOCH } });
    expect(again.stdout).not.toContain("full build:");
    expect(again.stdout).toMatch(/^  pages    0 pages written, \d+ unchanged/m);
    expect(snapshotTree(out)).toEqual(before);
    expect(fs.readdirSync(path.join(ROOT, "node_modules", ".cache", "news-build")).length).toBe(1);
  });

  it("passes a failed build's message and exit code through", async () => {
    const content = path.join(tempDir("smoke-bad"), "content");
    fs.cpSync(SAMPLE, content, { recursive: true });
    fs.writeFileSync(path.join(content, "articles", "broken.md"), "---\ntitle: No date\nbyline: leyla-karimova\n---\nBody.\n");
    const out = path.join(tempDir("smoke-bad-out"), "_site");
    const failed = await promisify(execFile)("npm", ["run", "build", "--", "--content", content, "--output", out], { cwd: ROOT }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain("articles/broken.md");
    expect(failed?.stderr).toContain("date is missing");
    expect(fs.existsSync(out)).toBe(false);
  });
});
