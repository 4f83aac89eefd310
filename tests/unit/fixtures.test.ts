import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as site from "../helpers/site.js";

/**
 * `content/` is the sample a newsroom replaces with its own stories, so no test may read it: the
 * tests build their fixtures under `tests/fixtures/` (the sample's own copy is `tests/fixtures/sample/`).
 * These checks catch a test or helper that reaches for the project's `content/` again.
 */

/**
 * The ways a test addresses the project's `content/` folder as a place on disk: joined to the
 * project root, resolved against the working folder (which is the project root in a test run), or
 * reached by climbing out of `tests/`. A relative name such as `path.join("content", "tags", "oil.md")`
 * compared with a problem's file is text, not a read, and is not matched.
 */
const REACHES_CONTENT: readonly RegExp[] = [
  /\bROOT\s*,\s*["'`]content\b/,
  /\bROOT\s*\}?\/content\b/,
  /\bprocess\.cwd\(\)\s*,\s*["'`]content\b/,
  /\bpath\.resolve\(\s*["'`]\.?\/?content\b/,
  /\bfs\.\w+\(\s*["'`]\.?\/?content\b/,
  /["'`]\.\.["'`]\s*,\s*["'`]content\b/,
  /["'`](?:\.\.\/)+content\b/,
];

/** The lines of `text` that reach the project's `content/`, as `line: text`. */
function contentReads(text: string): string[] {
  return text.split("\n").flatMap((line, i) => (REACHES_CONTENT.some((r) => r.test(line)) ? [`${i + 1}: ${line.trim()}`] : []));
}

/** Every TypeScript file of `tests/` (not the fixtures' own files), relative to the project root. */
function testSources(): string[] {
  const tests = path.join(site.ROOT, "tests");
  return (fs.readdirSync(tests, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".ts") && !f.startsWith(`fixtures${path.sep}`) && !f.startsWith(`.output${path.sep}`))
    .map((f) => path.join("tests", f))
    .sort();
}

describe("tests never read the project's content/", () => {
  it.each([
    ['fs.cpSync(path.join(ROOT, "content"), dir)', true],
    ["path.join(ROOT, 'content', 'articles')", true],
    ["`${ROOT}/content/_data/site.json`", true],
    ['path.resolve("content")', true],
    ['path.join(process.cwd(), "content")', true],
    ['fs.readFileSync("content/_data/site.json")', true],
    ['path.join(import.meta.dirname, "..", "content")', true],
    ['import x from "../../content/_data/site.json"', true],
    ['expect(p.file).toBe(path.join("content", "articles", "bad.md"))', false],
    ['const content = path.join(dir, "content");', false],
    ['fs.cpSync(SAMPLE, content, { recursive: true });', false],
    ['sourcePath: "content/articles/vote.md"', false],
  ])("reads %s as reaching content/: %s", (line, reaches) => {
    expect(contentReads(line).length > 0).toBe(reaches);
  });

  it("no test file, helper or setup joins a path to content/", () => {
    const sources = testSources();
    expect(sources).toContain(path.join("tests", "global-setup.ts"));
    expect(sources).toContain(path.join("tests", "helpers", "site.ts"));
    // This file's examples above are the one place that writes such joins, as text.
    const others = sources.filter((file) => file !== path.join("tests", "unit", "fixtures.test.ts"));
    expect(others.length).toBe(sources.length - 1);
    const found = others.flatMap((file) => contentReads(fs.readFileSync(path.join(site.ROOT, file), "utf8")).map((hit) => `${file}:${hit}`));
    expect(found).toEqual([]);
  });

  it("the helpers export no path into content/, and the sample they copy is the fixture", () => {
    const own = path.join(site.ROOT, "content");
    const paths = Object.values(site).filter((v): v is string => typeof v === "string");
    expect(paths.filter((p) => path.resolve(site.ROOT, p) === own || path.resolve(site.ROOT, p).startsWith(own + path.sep))).toEqual([]);
    expect(site.SAMPLE).toBe(path.join(site.ROOT, "tests", "fixtures", "sample", "content"));
    expect(fs.existsSync(path.join(site.SAMPLE, "_data", "site.json"))).toBe(true);
  });

  it("a command a test starts without --content finds no content folder (NEWS_CONTENT_DIR points nowhere)", () => {
    const dir = process.env["NEWS_CONTENT_DIR"] ?? "";
    expect(dir).not.toBe("");
    expect(path.resolve(site.ROOT, dir)).not.toBe(path.join(site.ROOT, "content"));
    expect(fs.existsSync(path.resolve(site.ROOT, dir))).toBe(false);
  });
});
