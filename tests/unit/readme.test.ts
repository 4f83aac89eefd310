import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SAMPLE } from "../helpers/site.js";

const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
/** Where a path of the project may start. */
const TOP = /^(?:src|tests|templates|content|\.github|\.ci)\/|^(?:package\.json|tsconfig\.json|\.eleventy\.ts|vitest\.config\.ts|README\.md)$/;
/** Folders and files the build or the tests make: named in the README, absent from a fresh clone. */
const MADE = /^(?:_site|\.preview|\.cache|screenshots|tests\/\.output)\b/;

/**
 * Where a named path is looked for: the README's `content/...` paths describe the sample as the
 * project ships it, which the tests hold in their own copy (a newsroom's `content/` may differ).
 */
function located(named: string): string {
  return named === "content" || named.startsWith("content/") ? path.join(SAMPLE, named.slice("content".length)) : path.join(ROOT, named);
}

/** Every `code` span of a text. */
function spans(text: string): string[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? "");
}

describe("the README", () => {
  it("names only paths that exist", () => {
    // Fenced blocks hold examples of output (a new article's path, say), not paths of the project.
    const prose = README.replace(/^```[\s\S]*?^```$/gm, "");
    const named = spans(prose).map((s) => s.replace(/[.,:;]$/, "")).filter((s) => TOP.test(s) && !MADE.test(s) && !/[\s*<>{}]/.test(s));
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((p) => !fs.existsSync(located(p)))).toEqual([]);
  });

  it("names in each layout row only files that are in that row's folder", () => {
    const rows = README.split("\n").filter((line) => /^\| `[^`]+\/` \|/.test(line));
    expect(rows.length).toBeGreaterThan(15);
    const missing: string[] = [];
    for (const row of rows) {
      const [folder = "", ...rest] = spans(row);
      for (const name of rest.filter((s) => /^[\w.-]+\.(?:ts|njk)$/.test(s))) {
        // A name may be the folder's own file or, for templates, a file below it.
        const candidates = [path.join(ROOT, folder, name), path.join(ROOT, folder, "pages", name)];
        if (!candidates.some((c) => fs.existsSync(c)) && !fs.existsSync(path.join(ROOT, name))) missing.push(`${folder}${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("draws the pipeline's stages in the order src/pipeline/build.ts runs them", () => {
    const diagram = README.slice(README.indexOf("## How a build flows"), README.indexOf("## Pages and URLs"));
    const drawn = [...diagram.matchAll(/^ +(\d+) (\w+) +([\w.]+)/gm)].map((m) => [Number(m[1]), m[2], m[3]]);
    expect(drawn.map(([n]) => n)).toEqual(drawn.map((_, i) => i + 1));
    expect(drawn.length).toBeGreaterThan(10);
    const code = fs.readFileSync(path.join(ROOT, "src", "pipeline", "build.ts"), "utf8");
    // Every stage function drawn is called in build.ts, with its stage's name in the stage line.
    for (const [, name, fn] of drawn) {
      expect(code, String(fn)).toContain(`${String(fn)}(`);
      expect(code, String(name)).toContain(`"${String(name)}"`);
    }
    // runBuild calls the halves in the drawn order.
    const run = code.slice(code.indexOf("export async function runBuild"));
    const order = ["prepareSite(", "renderEleventyPages(", "completeSite(", "finishIncremental(", "writeManifestStage(", "swapInto(", "saveCache("].map((call) => run.indexOf(call));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
