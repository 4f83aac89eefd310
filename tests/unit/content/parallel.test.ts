import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../../src/bench/corpus.js";
import { ContentError, loadContent, loadContentParallel, type Content } from "../../../src/content/index.js";
import { createImageProcessor } from "../../../src/images/index.js";
import { createMarkdown } from "../../../src/markdown/index.js";
import { useSecondThread } from "../../../src/threads/spawn.js";
import { ROOT, tempDir } from "../../helpers/site.js";

/** Content with its luxon dates as text, for a deep comparison. */
function plain(content: Content): unknown {
  return JSON.parse(JSON.stringify({ ...content, authors: [...content.authors], threads: undefined }));
}

function corpus(articles: number): string {
  const dir = tempDir("news-parallel-");
  writeCorpus(dir, { articles, seed: 7 });
  return path.join(dir, "content");
}

describe("useSecondThread", () => {
  it("takes a second thread for large work on a multi-core machine, or when told to", () => {
    expect(useSecondThread(5_000, 2_000, 2, {})).toBe(true);
    expect(useSecondThread(500, 2_000, 2, {})).toBe(false);
    expect(useSecondThread(5_000, 2_000, 1, {})).toBe(false);
    expect(useSecondThread(5_000, 2_000, 2, { NEWS_THREADS: "1" })).toBe(false);
    expect(useSecondThread(10, 2_000, 1, { NEWS_THREADS: "2" })).toBe(true);
  });
});

describe("loadContentParallel", () => {
  // The corpora here are small: two threads are asked for.
  const before = process.env["NEWS_THREADS"];
  beforeAll(() => void (process.env["NEWS_THREADS"] = "2"));
  afterAll(() => {
    if (before === undefined) delete process.env["NEWS_THREADS"];
    else process.env["NEWS_THREADS"] = before;
  });

  it("reads a large folder on two threads into exactly what one thread reads", async () => {
    const contentDir = corpus(600);
    // An article with an image beside it, in the half the worker reads.
    const last = fs.readdirSync(path.join(contentDir, "articles"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).sort().at(-1) as string;
    const file = path.join(contentDir, "articles", last);
    fs.copyFileSync(path.join(ROOT, "content", "articles", "2026", "03", "silk-pattern.jpg"), path.join(path.dirname(file), "seal.jpg"));
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("\n---\n", '\nimage: { src: ./seal.jpg, alt: "Seals on a sand bar" }\n---\n'));
    // Images measured only, not encoded: the HTML is what matters here.
    const options = { contentDir, rootDir: path.dirname(contentDir), markdown: createMarkdown(), images: createImageProcessor({ encode: false }) };
    const one = loadContent(options);
    const two = await loadContentParallel(options);
    expect(two.threads).toBe(2);
    expect(one.threads).toBeUndefined();
    expect(two.articles).toHaveLength(600);
    expect(two.articles.filter((a) => a.image?.html?.includes("<picture>"))).toHaveLength(1);
    expect(plain(two)).toEqual(plain(one));
    expect(two.articles[0]?.date.zoneName).toBe("Asia/Baku");
  });

  it("lists the same problems, in the same order, as one thread", async () => {
    const contentDir = corpus(500);
    const files = fs.readdirSync(path.join(contentDir, "articles"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).sort();
    // One bad file in each half.
    for (const name of [files[3], files[files.length - 3]] as string[]) {
      const full = path.join(contentDir, "articles", name);
      fs.writeFileSync(full, fs.readFileSync(full, "utf8").replace(/^byline: .*$/m, "byline: nobody-here"));
    }
    const options = { contentDir, rootDir: path.dirname(contentDir), markdown: createMarkdown() };
    const problems = async (load: () => Promise<Content> | Content): Promise<string[]> => {
      try {
        await load();
      } catch (error) {
        if (error instanceof ContentError) return error.problems.map((p) => `${p.file}:${p.line ?? ""} ${p.message}`);
        throw error;
      }
      return [];
    };
    const expected = await problems(() => loadContent(options));
    expect(expected).toHaveLength(2);
    expect(await problems(() => loadContentParallel(options))).toEqual(expected);
  });
});
