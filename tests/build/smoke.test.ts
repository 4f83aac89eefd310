import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { ROOT, SAMPLE, SAMPLE_EPOCH, listFiles, snapshotTree, tempDir, treeDifferences } from "../helpers/site.js";

/**
 * The environment of a build that must run no TypeScript loader: every process and worker thread it
 * starts refuses to load tsx (see `tests/helpers/loader/hooks.mjs`), and the articles are read on a
 * second thread, so that the worker is started too.
 */
const NO_LOADER = {
  NODE_OPTIONS: `--import=${pathToFileURL(path.join(ROOT, "tests", "helpers", "loader", "register.mjs")).href}`,
  NEWS_THREADS: "2",
};

describe("npm run build", () => {
  it("builds the sample fixture from the compiled code, with no TypeScript loader in any process or thread", async () => {
    const out = path.join(tempDir("smoke"), "_site");
    const args = ["run", "build", "--", "--content", SAMPLE, "--output", out];
    const { stdout } = await promisify(execFile)("npm", args, {
      cwd: ROOT,
      env: { ...process.env, SOURCE_DATE_EPOCH: SAMPLE_EPOCH, ...NO_LOADER },
    });
    expect(stdout).toMatch(/^  content  18 articles, 5 authors read and checked on two threads/m);
    expect(stdout).toMatch(/^  search   17 articles indexed/m);
    expect(stdout).toMatch(/^Built 17 articles into \d+ files in .+ in [\d.]+ s, peak memory \d+ MB\.$/m);
    const files = listFiles(out);
    const articles = files.filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/index\.html$/.test(f));
    expect(articles.length).toBeGreaterThanOrEqual(12);
    const $ = cheerio.load(fs.readFileSync(path.join(out, "index.html"), "utf8"));
    expect($(".card--lead")).toHaveLength(1);
    expect($(".front-section").length).toBeGreaterThanOrEqual(3);

    // Built again with the cache the first build saved, in the launcher's process: git says nothing
    // changed in the fixture since the commit the first build read, so nothing is built.
    const before = snapshotTree(out);
    const again = await promisify(execFile)("npm", args, { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: SAMPLE_EPOCH, ...NO_LOADER } });
    expect(again.stdout).not.toContain("full build:");
    expect(again.stdout).toMatch(/^  nothing to build: no content, template or code changed since commit [0-9a-f]{12}/m);
    expect(again.stdout).toMatch(/^Built 17 articles into \d+ files/m);
    expect(treeDifferences(snapshotTree(out), before)).toEqual([]);
  });

  it("fails under the same hooks when run from the TypeScript sources: the check can fail", async () => {
    const out = path.join(tempDir("smoke-tsx"), "_site");
    const failed = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/launch.ts", "--content", SAMPLE, "--output", out, "--no-cache"], { cwd: ROOT, env: { ...process.env, ...NO_LOADER } }).then(
      () => undefined,
      (error: { stderr?: string }) => error,
    );
    expect(failed?.stderr).toContain("a TypeScript loader was loaded");
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
