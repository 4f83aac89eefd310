import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceVersion } from "../../../src/cache/fingerprint.js";
import { staleCompiledReason } from "../../../src/cli/compiled.js";
import { tempDir, writeFiles } from "../../helpers/site.js";

describe("staleCompiledReason", () => {
  it("trusts dist/ made from the sources as they are, and names the fix otherwise", () => {
    const root = tempDir("compiled");
    writeFiles(root, { "src/a.ts": "export const a = 1;\n", "src/b/c.ts": "export const c = 2;\n" });
    expect(staleCompiledReason(root)).toBe("dist/ holds no compiled code: run `npm run compile` (npm ci and npm install do it too)");
    writeFiles(root, { "dist/source-version": `${sourceVersion(root)}\n` });
    expect(staleCompiledReason(root)).toBeUndefined();
    writeFiles(root, { "src/b/c.ts": "export const c = 3;\n" });
    expect(staleCompiledReason(root)).toBe("dist/ was compiled from other sources than src/ holds now: run `npm run compile` (npm ci and npm install do it too)");
    fs.rmSync(path.join(root, "src", "b", "c.ts"));
    expect(staleCompiledReason(root)).toMatch(/other sources/);
  });

  it("sees a file renamed, not only a file changed", () => {
    const root = tempDir("compiled-rename");
    writeFiles(root, { "src/a.ts": "export {};\n" });
    const before = sourceVersion(root);
    fs.renameSync(path.join(root, "src", "a.ts"), path.join(root, "src", "z.ts"));
    expect(sourceVersion(root)).not.toBe(before);
  });
});
