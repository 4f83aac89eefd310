import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../../src/bench/corpus.js";
import { readContent, useSecondThread, type Content, type ReadOptions } from "../../../src/content/index.js";
import { createImageProcessor } from "../../../src/images/index.js";
import { createMarkdown } from "../../../src/markdown/index.js";
import { SAMPLE, tempDir } from "../../helpers/site.js";

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
    expect(useSecondThread(5_000, "auto", 2)).toBe(true);
    expect(useSecondThread(500, "auto", 2)).toBe(false);
    expect(useSecondThread(5_000, "auto", 1)).toBe(false);
    expect(useSecondThread(5_000, 1, 2)).toBe(false);
    expect(useSecondThread(10, 2, 1)).toBe(true);
  });
});

describe("readContent on two threads", () => {
  it("reads a folder on two threads into exactly what one thread reads", async () => {
    const contentDir = corpus(600);
    // An article with an image beside it, in the half the worker reads.
    const last = fs.readdirSync(path.join(contentDir, "articles"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).sort().at(-1) as string;
    const file = path.join(contentDir, "articles", last);
    fs.copyFileSync(path.join(SAMPLE, "articles", "2026", "03", "silk-pattern.jpg"), path.join(path.dirname(file), "seal.jpg"));
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("\n---\n", '\nimage: { src: ./seal.jpg, alt: "Seals on a sand bar" }\n---\n'));
    // Images measured only, not encoded: the HTML is what matters here.
    const options: ReadOptions = { contentDir, rootDir: path.dirname(contentDir), markdown: createMarkdown(), images: createImageProcessor({ encode: false }), threads: 1 };
    const one = await readContent(options);
    const two = await readContent({ ...options, threads: 2 });
    expect(two.threads).toBe(2);
    expect(one.threads).toBe(1);
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
    const options: ReadOptions = { contentDir, rootDir: path.dirname(contentDir), markdown: createMarkdown(), threads: 1 };
    const problems = (content: Content): string[] => content.problems.map((p) => `${p.file}:${p.line ?? ""} ${p.message}`);
    const one = await readContent(options);
    const two = await readContent({ ...options, threads: 2 });
    expect(two.threads).toBe(2);
    expect(problems(one)).toHaveLength(2);
    expect(problems(two)).toEqual(problems(one));
    // A file with a problem is never returned as an article.
    expect(one.articles).toHaveLength(498);
    expect(two.articles).toHaveLength(498);
  });
});
