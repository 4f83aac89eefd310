import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SAMPLE } from "../helpers/site.js";

const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
/** The documents beside the README, by reader. */
const DOCS = fs.readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).sort();
const docText = (name: string): string => fs.readFileSync(path.join(ROOT, "docs", name), "utf8");
/** The README and every document in docs/, each with its path from the root. */
const ALL = [{ file: "README.md", text: README }, ...DOCS.map((name) => ({ file: `docs/${name}`, text: docText(name) }))];
const DEVELOPERS = docText("developers.md");
/** Where a path of the project may start. */
const TOP = /^(?:src|tests|templates|content|docs|\.github|\.ci)\/|^(?:package\.json|tsconfig\.json|\.eleventy\.ts|vitest\.config\.ts|README\.md)$/;
/** Folders and files the build or the tests make: named in the docs, absent from a fresh clone. */
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

/** A heading's anchor as GitHub makes it. */
function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, "").replace(/ /g, "-");
}

describe("the README and docs/", () => {
  it("keeps the README short: what the project is, the two commands, links onward", () => {
    expect(README.split("\n").length).toBeLessThanOrEqual(300);
    expect(README.indexOf("npm ci && npm run build")).toBeGreaterThan(0);
    expect(README.indexOf("npm ci && npm run build")).toBeLessThan(README.indexOf("## Other commands"));
  });

  it("links only to documents and headings that exist", () => {
    const broken: string[] = [];
    for (const { file, text } of ALL) {
      // Links in code (an example of Markdown, say) are not links of the document.
      const prose = text.replace(/^```[\s\S]*?^```$/gm, "").replace(/`[^`\n]*`/g, "");
      for (const [, target = ""] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [doc = "", anchor] = target.split("#");
        const resolved = doc === "" ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), doc));
        if (!fs.existsSync(path.join(ROOT, resolved))) { broken.push(`${file}: ${target}`); continue; }
        if (anchor === undefined || !resolved.endsWith(".md")) continue;
        const body = fs.readFileSync(path.join(ROOT, resolved), "utf8");
        const anchors = [...body.matchAll(/^#+ (.*)$/gm)].map((m) => anchorOf(m[1] ?? ""));
        if (!anchors.includes(anchor)) broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("names only paths that exist", () => {
    // Fenced blocks hold examples of output (a new article's path, say), not paths of the project.
    const prose = ALL.map(({ text }) => text).join("\n").replace(/^```[\s\S]*?^```$/gm, "");
    const named = spans(prose).map((s) => s.replace(/[.,:;]$/, "")).filter((s) => TOP.test(s) && !MADE.test(s) && !/[\s*<>{}]/.test(s));
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((p) => !fs.existsSync(located(p)))).toEqual([]);
  });

  it("names in each layout row only files that are in that row's folder", () => {
    const rows = DEVELOPERS.split("\n").filter((line) => /^\| `[^`]+\/` \|/.test(line));
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
    const diagram = DEVELOPERS.slice(DEVELOPERS.indexOf("## How a build flows"), DEVELOPERS.indexOf("## Decisions where the contract is silent"));
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
