import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleBytes, heapLimitMb } from "../../../src/cli/heap.js";
import { tempDir } from "../../helpers/site.js";

describe("heapLimitMb", () => {
  it("keeps a floor for small sites and grows with the content", () => {
    expect(heapLimitMb(0)).toBe(512);
    expect(heapLimitMb(80 * 1048576)).toBe(784);
    expect(heapLimitMb(600 * 1048576)).toBe(3384);
    expect(heapLimitMb(2000 * 1048576)).toBeGreaterThan(heapLimitMb(600 * 1048576));
  });
});

describe("articleBytes", () => {
  it("adds up the Markdown files under articles/, in sub-folders too, and nothing else", () => {
    const dir = tempDir("heap");
    fs.mkdirSync(path.join(dir, "articles", "2016", "03"), { recursive: true });
    fs.writeFileSync(path.join(dir, "articles", "a.md"), "x".repeat(100));
    fs.writeFileSync(path.join(dir, "articles", "2016", "03", "b.md"), "y".repeat(50));
    fs.writeFileSync(path.join(dir, "articles", "2016", "03", "photo.jpg"), "z".repeat(1000));
    expect(articleBytes(dir)).toBe(150);
    expect(articleBytes(path.join(dir, "missing"))).toBe(0);
  });
});
