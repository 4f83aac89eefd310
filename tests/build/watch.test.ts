import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, SAMPLE, loadPage, tempDir } from "../helpers/site.js";

const ARTICLE = path.join("articles", "2015", "10", "caspian-seal-survey-finds-population-pressure.md");
const PAGE = "/2015/10/12/caspian-seal-survey-finds-population-pressure/";

/** `npm start`'s rebuild path (Eleventy's watcher, without the dev server) on a copy of the sample. */
describe("watch mode", () => {
  let child: ChildProcess;
  let log = "";
  let content: string;
  let output: string;

  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
  const read = (url: string): string => fs.readFileSync(path.join(output, url, "index.html"), "utf8");
  const mtime = (url: string): number => fs.statSync(path.join(output, url, "index.html")).mtimeMs;
  /** The last "pages" progress line: how many pages the rebuild wrote and left alone. */
  const lastPages = (): { written: number; unchanged: number } => {
    const lines = [...log.matchAll(/\[news\] pages +(\d+) pages written, (\d+) unchanged/g)];
    const last = lines.at(-1);
    return { written: Number(last?.[1]), unchanged: Number(last?.[2]) };
  };
  /**
   * Saves an edit and waits until `done` holds. The watcher may still be scanning the folder when
   * Eleventy says it is watching, so an edit that shows no effect is saved again, a few times.
   */
  async function saveUntil(file: string, text: string, done: () => boolean): Promise<void> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const rebuilds = log.split("[news] pages").length;
      fs.writeFileSync(file, text);
      for (let waited = 0; waited < 5_000; waited += 50) {
        if (log.split("[news] pages").length > rebuilds && done()) return;
        await sleep(50);
      }
    }
    throw new Error(`the edit never reached the output; the watcher said:\n${log.slice(-2000)}`);
  }

  beforeAll(async () => {
    const dir = tempDir("watch");
    content = path.join(dir, "content");
    output = path.join(dir, "_site");
    fs.cpSync(SAMPLE, content, { recursive: true });
    child = spawn(process.execPath, ["--import", "tsx", "src/cli/start.ts", "--no-serve", "--content", content, "--output", output], {
      cwd: ROOT,
      env: { ...process.env, SOURCE_DATE_EPOCH: "1794916800" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d: Buffer) => void (log += d.toString()));
    child.stderr?.on("data", (d: Buffer) => void (log += d.toString()));
    for (let waited = 0; !/Watching/.test(log); waited += 100) {
      if (waited > 120_000 || child.exitCode !== null) throw new Error(`watch mode did not start:\n${log}`);
      await sleep(100);
    }
  });
  afterAll(async () => {
    // The watcher may be copying pictures when it is told to stop: its folders are removed only
    // once it has exited.
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(10_000)]);
  });

  it("prints the stage lines of each build", () => {
    expect(log).toMatch(/\[news\] content +18 articles, 5 authors read and checked/);
    expect(lastPages().unchanged).toBe(0);
  });

  it("a body edit rewrites the article and the full-text feed, and leaves the lists alone", async () => {
    const file = path.join(content, ARTICLE);
    const before = { tag: mtime("/tags/railways/"), section: mtime("/nation/") };
    await saveUntil(file, `${fs.readFileSync(file, "utf8").trimEnd()}\n\nA closing line added in watch mode.\n`, () =>
      read(PAGE).includes("A closing line added in watch mode."),
    );
    // The article and the site feed (which carries full bodies); the summary comes from the first
    // paragraph, unchanged, so no list shows anything new.
    expect(lastPages().written).toBe(2);
    expect(lastPages().unchanged).toBeGreaterThan(100);
    expect(fs.readFileSync(path.join(output, "feed.xml"), "utf8")).toContain("A closing line added in watch mode.");
    expect(mtime("/tags/railways/")).toBe(before.tag);
    expect(mtime("/nation/")).toBe(before.section);
  });

  it("a title edit reaches every list that shows the article, and no other", async () => {
    const file = path.join(content, ARTICLE);
    const railways = mtime("/tags/railways/");
    const text = fs.readFileSync(file, "utf8").replace(/^title: .*$/m, "title: Seal pups counted again on the northern ice");
    await saveUntil(file, text, () => loadPage(output, PAGE)("h1").text() === "Seal pups counted again on the northern ice");
    for (const list of ["/nation/", "/tags/science/", "/authors/leyla-karimova/", "/authors/samira-jafarli/", "/2015/10/", "/latest/"]) {
      expect(loadPage(output, list)(".card__title, h2, h3").text(), list).toContain("Seal pups counted again");
    }
    expect(mtime("/tags/railways/")).toBe(railways);
    expect(lastPages().written).toBeGreaterThan(6);
  });

  it("a title edit reaches the related news of the newer stories that list the article", () => {
    for (const page of ["/2019/05/14/ankara-conference-caspian-black-sea-transport/", "/2025/09/15/freight-trials-new-rail-corridor/"]) {
      expect(loadPage(output, page)(`.related a[href="${PAGE}"]`).text(), page).toBe("Seal pups counted again on the northern ice");
    }
  });

  it("an edit of the editors' picks changes the home page's lead", async () => {
    const file = path.join(content, "_data", "frontpage.yml");
    const lead = (): string | undefined => loadPage(output, "/")(".card--lead .card__title a").attr("href");
    // The sample has no picks: the newest story leads until an editor chooses another.
    expect(lead()).toBe("/2026/11/16/caspian-energy-exports-outlook/");
    await saveUntil(file, "lead:\n  story: /2015/10/12/caspian-seal-survey-finds-population-pressure/\n", () => lead() === "/2015/10/12/caspian-seal-survey-finds-population-pressure/");
  });

  it("a topic file's new name reaches the tag's page and every article that mentions the tag", async () => {
    const file = path.join(content, "tags", "caspian-sea.md");
    const railways = mtime("/tags/railways/");
    await saveUntil(file, fs.readFileSync(file, "utf8").replace(/^name: .*$/m, "name: The Caspian"), () => loadPage(output, "/tags/caspian-sea/")("h1").text() === "Tag: The Caspian");
    expect(loadPage(output, PAGE)('.tags a[href="/tags/caspian-sea/"]').text()).toBe("The Caspian");
    expect(loadPage(output, "/tags/")('a[href="/tags/caspian-sea/"]').text()).toBe("The Caspian");
    expect(mtime("/tags/railways/")).toBe(railways);
  });
});
