import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../src/bench/corpus.js";
import { buildSite, snapshotTree, tempDir } from "../helpers/site.js";

describe("a build on two threads", () => {
  it("writes byte for byte the site one thread writes", async () => {
    // NEWS_THREADS=2 reads the content on two threads (by itself a build does from 2,000 files).
    const dir = tempDir("threads");
    writeCorpus(dir, { articles: 700, seed: 11 });
    const content = path.join(dir, "content");
    const one = path.join(tempDir("threads-one"), "_site");
    const two = path.join(tempDir("threads-two"), "_site");
    const single = await buildSite(content, one, [], { NEWS_THREADS: "1" });
    expect(single.code, single.stderr).toBe(0);
    expect(single.stdout).not.toContain("on two threads");
    const double = await buildSite(content, two, [], { NEWS_THREADS: "2" });
    expect(double.code, double.stderr).toBe(0);
    expect(double.stdout).toMatch(/^  content  700 articles, \d+ authors read and checked on two threads/m);
    const a = snapshotTree(one);
    const b = snapshotTree(two);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a.keys()].filter((file) => !a.get(file)?.equals(b.get(file) ?? Buffer.alloc(0)))).toEqual([]);
    expect(a.size).toBeGreaterThan(1500);
  });
});
