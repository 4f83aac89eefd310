import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT, buildSite, loadPage, minimalSite, tempDir } from "../helpers/site.js";

const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

async function scaffold(content: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, ["src/cli/new.ts", "--content", content, ...args], {
      cwd: ROOT,
      // 2026-11-17T12:00Z: 16:00 in Baku.
      env: { ...process.env, SOURCE_DATE_EPOCH: "1794916800" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run new", () => {
  it("writes a valid article dated now in the site zone, prints its path and URL, and it builds there", async () => {
    const content = minimalSite();
    const result = await scaffold(content, ["Baku: talks resume on \"Şəki\" road", "--byline", "amina-test", "--section", "politics", "--tags", "Roads,Şəki"]);
    expect(result.stderr).toBe("");
    const file = path.join(content, "articles", "2026", "11", "baku-talks-resume-on-seki-road.md");
    expect(result.stdout).toContain(`Created ${file}`);
    expect(result.stdout).toContain("/2026/11/17/baku-talks-resume-on-seki-road/");
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("date: 2026-11-17T16:00:00+04:00");

    const out = tempDir("scaffolded");
    expect((await buildSite(content, out, [], { SOURCE_DATE_EPOCH: "1794920000" })).code).toBe(0);
    const $ = loadPage(out, "/2026/11/17/baku-talks-resume-on-seki-road/");
    expect($("h1").text()).toBe('Baku: talks resume on "Şəki" road');
    expect($(".tags a").toArray().map((a) => $(a).text())).toEqual(["Roads", "Şəki"]);
  });

  it("refuses to overwrite an existing file", async () => {
    const content = minimalSite();
    expect((await scaffold(content, ["Same headline", "--byline", "amina-test"])).code).toBe(0);
    const file = path.join(content, "articles", "2026", "11", "same-headline.md");
    fs.appendFileSync(file, "Edited by hand.\n");
    const again = await scaffold(content, ["Same headline", "--byline", "amina-test"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; nothing was written/);
    expect(fs.readFileSync(file, "utf8")).toContain("Edited by hand.");
  });

  it.each([
    [["Headline", "--byline", "nobody"], /unknown author "nobody".*Known authors: amina-test/],
    [["Headline", "--byline", "amina-test", "--section", "gossip"], /unknown section "gossip"/],
    [["--byline", "amina-test"], /give the headline first/],
    [["Headline"], /give the author/],
  ])("refuses %j with a clear message", async (args, message) => {
    const content = minimalSite();
    const result = await scaffold(content, args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(fs.existsSync(path.join(content, "articles"))).toBe(false);
  });
});
