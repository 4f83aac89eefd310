import path from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLE, buildSite, snapshotTree, tempDir } from "../helpers/site.js";

describe("deterministic output", () => {
  it("two builds of the same content with the same SOURCE_DATE_EPOCH are byte-identical", async () => {
    const content = SAMPLE;
    const first = path.join(tempDir("same-a"), "_site");
    const second = path.join(tempDir("same-b"), "_site");
    expect((await buildSite(content, first)).code).toBe(0);
    expect((await buildSite(content, second)).code).toBe(0);
    const a = snapshotTree(first);
    const b = snapshotTree(second);
    expect([...a.keys()]).toEqual([...b.keys()]);
    const differing = [...a.keys()].filter((file) => !a.get(file)?.equals(b.get(file) ?? Buffer.alloc(0)));
    expect(differing).toEqual([]);
    expect(a.size).toBeGreaterThan(150);
  });
});
