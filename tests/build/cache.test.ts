import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import * as cheerio from "cheerio";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { lockOwner } from "../../src/cache/lock.js";
import { readState, writeState } from "../../src/cache/state.js";
import { buildOptions, runBuild, type BuildResult, type Reporter } from "../../src/pipeline/index.js";
import { FIXTURES, loadPage, ROOT, SAMPLE, sampleCopy, snapshotTree, tempDir, treeDifferences, TRILINGUAL_PICKS_EPOCH, trilingualWithPicks, writeFiles } from "../helpers/site.js";

/** 17 November 2026, 16:00 in Baku: the sample's reference date. */
const DAY = 1794916800;

/** A build's notes (why it was a full one) and its stage lines. */
function recorder(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return { lines, stage: (r) => void lines.push(`${r.stage} ${r.detail}`), warning: () => undefined, note: (line) => void lines.push(line) };
}

describe("the build cache", () => {
  let content: string;
  let output: string;
  let cacheDir: string;
  let epoch = DAY;
  const cached = async (): Promise<BuildResult & { lines: string[] }> => {
    const reporter = recorder();
    const result = await runBuild(buildOptions({ contentDir: content, outputDir: output, cacheDir, buildEpoch: epoch, threads: 1 }), reporter, () => undefined);
    return { ...result, lines: reporter.lines };
  };
  /** A build with the cache, then a clean one of the same tree and date: they must be byte for byte the same. */
  const matchesClean = async (): Promise<BuildResult & { lines: string[]; changedFiles: string[] }> => {
    const before = snapshotTree(output);
    const result = await cached();
    const clean = path.join(tempDir("cache-clean"), "_site");
    await runBuild(buildOptions({ contentDir: content, outputDir: clean, cacheDir: false, buildEpoch: epoch, threads: 1 }), recorder(), () => undefined);
    const after = snapshotTree(output);
    expect(treeDifferences(after, snapshotTree(clean))).toEqual([]);
    return { ...result, changedFiles: treeDifferences(before, after) };
  };
  const article = (name: string): string => path.join(content, "articles", name);

  beforeAll(async () => {
    const copy = sampleCopy("cache");
    ({ content, output } = copy);
    cacheDir = path.join(copy.dir, ".cache", "build", "_site");
    const first = await cached();
    expect(first.incremental).toBe(false);
    expect(first.lines).toContain("full build: no build cache yet");
  });

  it("rebuilds nothing when nothing changed", async () => {
    const result = await matchesClean();
    expect(result.incremental).toBe(true);
    expect(result.lines).toContain("pages 0 pages written, 141 unchanged");
    expect(result.lines).toContain("search no bundle changed");
    expect(result.changedFiles).toEqual([]);
  });

  it("publishes a new article by rewriting only the pages that show it", async () => {
    writeFiles(content, {
      "articles/2026/11/ferry-crossings-resume.md": "---\ntitle: Ferry crossings resume after a week of storms\ndate: 2026-11-17T10:00:00+04:00\nbyline: leyla-karimova\ntags: [Transport, Caspian Sea]\nsection: nation\n---\nThe ferry from Baku resumed its crossings on Tuesday.\n",
    });
    const result = await matchesClean();
    expect(result.incremental).toBe(true);
    expect(result.lines.find((l) => l.startsWith("content"))).toMatch(/18 files unchanged since the last build/);
    expect(result.changedFiles).toContain("2026/11/17/ferry-crossings-resume/index.html");
    expect(result.changedFiles).toContain("fragments/latest.html");
    // An article page that does not show the new story stays as it was.
    expect(result.changedFiles).not.toContain("2015/10/12/caspian-seal-survey-finds-population-pressure/index.html");
    expect(result.changedFiles.filter((f) => !f.startsWith("pagefind/")).length).toBeLessThan(40);
    expect(Number(/^pages (\d+) pages written/m.exec(result.lines.join("\n"))?.[1])).toBeLessThan(40);
  });

  it("follows a body edit and a headline fix", async () => {
    const file = article("2015/10/caspian-seal-survey-finds-population-pressure.md");
    fs.writeFileSync(file, `${fs.readFileSync(file, "utf8").trimEnd()}\n\nA closing line added by the cache test.\n`);
    const body = await matchesClean();
    expect(body.changedFiles).toContain("2015/10/12/caspian-seal-survey-finds-population-pressure/index.html");
    expect(body.changedFiles).not.toContain("tags/railways/index.html");
    // The index holds each story's lead (its first 150 words): a closing line changes no bundle.
    expect(body.lines).toContain("search no bundle changed");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^title: .*$/m, "title: Seal pups counted again on the northern ice"));
    const title = await matchesClean();
    // The headline shows on the article's section, tags, author and month lists.
    expect(title.changedFiles).toEqual(expect.arrayContaining(["nation/index.html", "tags/science/index.html", "authors/leyla-karimova/index.html", "2015/10/index.html"]));
  });

  it("deletes an article and every page of it", async () => {
    fs.rmSync(article("2026/11/ferry-crossings-resume.md"));
    const result = await matchesClean();
    expect(result.deleted).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(output, "2026/11/17/ferry-crossings-resume"))).toBe(false);
  });

  it("follows a tag's new spelling, an author's bio, a template and site.json", async () => {
    const file = article("2025/09/freight-trials-new-rail-corridor.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/Railways/g, "RAILWAYS"));
    await matchesClean();

    const author = path.join(content, "authors", "leyla-karimova.md");
    fs.writeFileSync(author, `${fs.readFileSync(author, "utf8").trimEnd()} She also covers the Caspian's wildlife.\n`);
    const bio = await matchesClean();
    expect(bio.changedFiles).toContain("authors/leyla-karimova/index.html");
    expect(bio.changedFiles).not.toContain("authors/nigar-safarova/index.html");

    // A template of the project's own: the cache keeps each page's template's key.
    const templates = path.join(tempDir("cache-templates"), "templates");
    fs.cpSync(path.join(ROOT, "templates"), templates, { recursive: true });
    const pager = path.join(templates, "partials", "pager.njk");
    const pagerText = fs.readFileSync(pager, "utf8");
    expect(pagerText).toContain('{{ "pager.newer" | t }}');
    fs.writeFileSync(pager, pagerText.replace('{{ "pager.newer" | t }}', '{{ "pager.newer" | t }} stories'));
    const reporter = recorder();
    await runBuild(buildOptions({ contentDir: content, outputDir: output, cacheDir, buildEpoch: epoch, threads: 1, templatesDir: templates }), reporter, () => undefined);
    const clean = path.join(tempDir("cache-clean"), "_site");
    await runBuild(buildOptions({ contentDir: content, outputDir: clean, cacheDir: false, buildEpoch: epoch, threads: 1, templatesDir: templates }), recorder(), () => undefined);
    expect(treeDifferences(snapshotTree(output), snapshotTree(clean))).toEqual([]);
    // Only list pages use the pager: no article page was rendered again.
    const written = Number(/^pages (\d+) pages written/m.exec(reporter.lines.join("\n"))?.[1]);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(80);
    // Back to the project's templates: those list pages change back.
    await matchesClean();

    const site = path.join(content, "_data", "site.json");
    fs.writeFileSync(site, fs.readFileSync(site, "utf8").replace('"Caspian Courier"', '"The Caspian Courier"'));
    const renamed = await matchesClean();
    expect(renamed.incremental).toBe(true);
  });

  it("follows a new author, a new section and the desk's repository into /admin/", async () => {
    fs.writeFileSync(path.join(content, "authors", "aysel-mammadova.md"), "---\nname: Aysel Məmmədova\n---\nAysel covers culture.\n");
    const author = await matchesClean();
    expect(author.changedFiles).toContain("admin/index.html");
    expect(fs.readFileSync(path.join(output, "admin", "index.html"), "utf8")).toContain('"aysel-mammadova":"Aysel Məmmədova"');

    const site = path.join(content, "_data", "site.json");
    const settings = JSON.parse(fs.readFileSync(site, "utf8")) as { sections: Array<{ id: string; title: string }>; desk: { repo: string } };
    settings.sections.push({ id: "science", title: "Science" });
    settings.desk.repo = "courier-desk/site";
    fs.writeFileSync(site, JSON.stringify(settings, null, 2));
    const changed = await matchesClean();
    expect(changed.changedFiles).toEqual(expect.arrayContaining(["admin/config.yml", "admin/index.html"]));
    const config = fs.readFileSync(path.join(output, "admin", "config.yml"), "utf8");
    expect(config).toContain("repo: courier-desk/site");
    expect(config).toContain("value: science");

    // A desk on this machine (`npm run desk`) is another option: the cache of a production build is not used for it.
    const reporter = recorder();
    await runBuild(buildOptions({ contentDir: content, outputDir: output, cacheDir, buildEpoch: epoch, threads: 1, deskBackend: "http://127.0.0.1:9/api/v1" }), reporter, () => undefined);
    expect(reporter.lines).toContain("full build: the cache was saved by a build with other options");
    expect(fs.readFileSync(path.join(output, "admin", "config.yml"), "utf8")).toContain("url: http://127.0.0.1:9/api/v1");
    const back = await matchesClean();
    expect(back.lines).toContain("full build: the cache was saved by a build with other options");
    expect(fs.readFileSync(path.join(output, "admin", "config.yml"), "utf8")).not.toContain("local_backend");
  });

  it("adds and replaces an image", async () => {
    const file = article("2021/10/baku-marathon-returns.md");
    const image = path.join(path.dirname(file), "marathon.jpg");
    const picture = (r: number, g: number, b: number): Promise<unknown> =>
      sharp({ create: { width: 640, height: 400, channels: 3, background: { r, g, b } } }).jpeg().toFile(image);
    await picture(200, 80, 40);
    // The sample story has a lead image already: it is replaced by a new file.
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\nimage: .*\n/, '\nimage: { src: ./marathon.jpg, alt: "Runners on the seafront boulevard" }\n'));
    const added = await matchesClean();
    const newImages = added.changedFiles.filter((f) => f.startsWith("img/"));
    expect(newImages.length).toBeGreaterThan(0);
    // The same file name, other bytes: the article is made again though its own file is unchanged.
    await picture(40, 80, 200);
    const replaced = await matchesClean();
    expect(replaced.changedFiles).toContain("2021/10/10/baku-marathon-returns/index.html");
    // The first picture's files are gone; its encodings stay in the image cache.
    for (const old of newImages) expect(fs.existsSync(path.join(output, old)), old).toBe(false);
  });

  it("follows the editors' picks and an author's new photo", async () => {
    writeFiles(content, { "_data/frontpage.yml": "lead:\n  story: /2023/04/08/interview-architect-restoring-shusha/\ntop:\n  - 2015/10/caspian-seal-survey-finds-population-pressure\nbreaking:\n  text: Ferries resume\n  link: /business/\n  until: 2026-11-17T21:00\n" });
    const picked = await matchesClean();
    expect(picked.changedFiles).toContain("index.html");
    // The breaking line is in the shared fragment.
    expect(picked.changedFiles).toContain("fragments/latest.html");
    // No article page shows the picks.
    expect(picked.changedFiles.filter((f) => /^\d{4}\/\d\d\/\d\d\//.test(f))).toEqual([]);
    await sharp({ create: { width: 300, height: 300, channels: 3, background: { r: 30, g: 90, b: 60 } } }).jpeg().toFile(path.join(content, "authors", "emil-guliyev.jpg"));
    const photo = await matchesClean();
    expect(photo.changedFiles).toContain("authors/emil-guliyev/index.html");
    expect(photo.changedFiles).toContain("2021/10/10/baku-marathon-returns/index.html");
    expect(photo.changedFiles).not.toContain("2015/10/12/caspian-seal-survey-finds-population-pressure/index.html");
  });

  it("follows a topic file added, edited and removed: its name on every page that mentions the tag, its description and picture on the tag's page", async () => {
    const topic = path.join(content, "tags", "railways.md");
    const picture = (r: number, g: number, b: number): Promise<unknown> =>
      sharp({ create: { width: 800, height: 450, channels: 3, background: { r, g, b } } }).jpeg().toFile(path.join(content, "tags", "rails.jpg"));
    const write = (name: string, description: string): void =>
      fs.writeFileSync(topic, `---\nname: ${name}\nimage: { src: ./rails.jpg, alt: "Two rails to the horizon" }\n---\n${description}\n`);
    /** The article pages that link the tag, as the output stands. */
    const mentions = (): string[] =>
      [...snapshotTree(output)].filter(([file, bytes]) => /^\d{4}\/.+\/index\.html$/.test(file) && bytes.toString().includes('href="/tags/railways/" rel="tag"')).map(([file]) => file);
    const articles = mentions();
    expect(articles.length).toBeGreaterThan(1);

    await picture(120, 90, 60);
    write("Rail freight", "Trains, tracks and the corridors between the Caspian and the Black Sea.");
    const added = await matchesClean();
    expect(added.changedFiles).toEqual(expect.arrayContaining([...articles, "tags/railways/index.html", "tags/railways/feed.xml", "tags/index.html"]));
    expect(added.changedFiles.some((f) => f.startsWith("img/"))).toBe(true);
    expect(loadPage(output, "/tags/railways/")("h1").text()).toBe("Tag: Rail freight");

    // The description shows on the tag's front page only.
    write("Rail freight", "Trains and tracks between the Caspian and the Black Sea.");
    const described = await matchesClean();
    expect(described.changedFiles.filter((f) => f !== "manifest.json")).toEqual(["tags/railways/index.html"]);

    // The same picture file with other bytes: new image files, the same pages.
    await picture(60, 90, 120);
    const repainted = await matchesClean();
    expect(repainted.changedFiles).toContain("tags/railways/index.html");
    expect(repainted.changedFiles.filter((f) => /\d{4}\//.test(f))).toEqual([]);

    // A new name reaches every mention again.
    write("Railways and freight", "Trains and tracks between the Caspian and the Black Sea.");
    const renamed = await matchesClean();
    expect(renamed.changedFiles).toEqual(expect.arrayContaining([...articles, "tags/railways/index.html", "tags/railways/feed.xml", "tags/index.html"]));

    fs.rmSync(topic);
    fs.rmSync(path.join(content, "tags", "rails.jpg"));
    const removed = await matchesClean();
    expect(removed.changedFiles).toEqual(expect.arrayContaining([...articles, "tags/railways/index.html"]));
    expect(loadPage(output, "/tags/railways/")(".topic")).toHaveLength(0);
  });

  it("publishes an embargoed story when the build date passes it, and crosses midnight changing almost nothing", async () => {
    writeFiles(content, {
      "articles/2026/11/budget-vote-tomorrow.md": "---\ntitle: Parliament votes on the budget\ndate: 2026-11-18T09:00:00+04:00\nbyline: nigar-safarova\nsection: politics\n---\nThe vote is expected in the morning.\n",
    });
    const embargoed = await matchesClean();
    expect(embargoed.changedFiles.filter((f) => f.includes("budget-vote"))).toEqual([]);
    // 23:50 in Baku, then 00:10: a new day with no new story.
    epoch = Date.UTC(2026, 10, 17, 19, 50) / 1000;
    await matchesClean();
    epoch = Date.UTC(2026, 10, 17, 20, 10) / 1000;
    const midnight = await matchesClean();
    expect(midnight.changedFiles.filter((f) => !f.startsWith("pagefind/")).length).toBeLessThanOrEqual(10);
    // 09:30: the embargo has lifted.
    epoch = Date.UTC(2026, 10, 18, 5, 30) / 1000;
    const lifted = await matchesClean();
    expect(lifted.changedFiles).toContain("2026/11/18/budget-vote-tomorrow/index.html");
  });
});

describe("the build cache in a git work tree", () => {
  it("builds nothing when git says nothing changed and no change is due, and builds when one is", async () => {
    const copy = sampleCopy("cache-git");
    const git = (...args: string[]): string => execFileSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: copy.dir, encoding: "utf8" }).trim();
    fs.writeFileSync(path.join(copy.dir, ".gitignore"), "/_site/\n/.cache/\n");
    writeFiles(copy.content, {
      "articles/2026/11/budget-vote-tomorrow.md": "---\ntitle: Parliament votes on the budget\ndate: 2026-11-18T09:00:00+04:00\nbyline: nigar-safarova\nsection: politics\n---\nThe vote is expected in the morning.\n",
    });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "the sample");
    let epoch = DAY;
    const build = async (): Promise<string[]> => {
      const reporter = recorder();
      await runBuild(buildOptions({ contentDir: copy.content, outputDir: copy.output, buildEpoch: epoch, threads: 1 }), reporter, () => undefined);
      const clean = path.join(tempDir("cache-git-clean"), "_site");
      await runBuild(buildOptions({ contentDir: copy.content, outputDir: clean, cacheDir: false, buildEpoch: epoch, threads: 1 }), recorder(), () => undefined);
      expect(treeDifferences(snapshotTree(copy.output), snapshotTree(clean))).toEqual([]);
      return reporter.lines;
    };
    expect(await build()).toContain("full build: no build cache yet");
    const nothing = /^nothing to build: no content, template or code changed since commit [0-9a-f]{12}, and no change is due before 2026-11-18T05:00:00.000Z$/;
    expect((await build()).filter((l) => nothing.test(l))).toHaveLength(1);
    // 23:50 in Baku, then 00:10: a new day, and still nothing to build.
    epoch = Date.UTC(2026, 10, 17, 19, 50) / 1000;
    expect((await build()).filter((l) => nothing.test(l))).toHaveLength(1);
    epoch = Date.UTC(2026, 10, 17, 20, 10) / 1000;
    expect((await build()).filter((l) => nothing.test(l))).toHaveLength(1);
    // An uncommitted edit is built, once.
    fs.appendFileSync(path.join(copy.content, "articles/2026/11/budget-vote-tomorrow.md"), "\nA second paragraph.\n");
    const edited = await build();
    expect(edited.some((l) => l.startsWith("content ") && l.includes("(18 files unchanged since the last build)"))).toBe(true);
    expect(edited.filter((l) => l.startsWith("every article file hashed"))).toEqual([]);
    expect((await build()).filter((l) => nothing.test(l))).toHaveLength(1);
    // 09:30: the embargo has lifted, so the build runs and publishes the story.
    epoch = Date.UTC(2026, 10, 18, 5, 30) / 1000;
    const lifted = await build();
    expect(lifted.filter((l) => l.startsWith("nothing to build"))).toEqual([]);
    expect(fs.existsSync(path.join(copy.output, "2026/11/18/budget-vote-tomorrow/index.html"))).toBe(true);
    // A build for an earlier instant than the last one's is never skipped.
    epoch = Date.UTC(2026, 10, 18, 5, 0) / 1000;
    expect((await build()).filter((l) => l.startsWith("nothing to build"))).toEqual([]);
  });
});

describe("the build cache and related news", () => {
  let content: string;
  let output: string;
  let cacheDir: string;
  /** A build with the cache, checked byte for byte against a clean one; the files it changed. */
  const changedByCachedBuild = async (): Promise<string[]> => {
    const before = snapshotTree(output);
    const reporter = recorder();
    const result = await runBuild(buildOptions({ contentDir: content, outputDir: output, cacheDir, buildEpoch: DAY, threads: 1 }), reporter, () => undefined);
    expect(result.incremental).toBe(true);
    const clean = path.join(tempDir("cache-related-clean"), "_site");
    await runBuild(buildOptions({ contentDir: content, outputDir: clean, cacheDir: false, buildEpoch: DAY, threads: 1 }), recorder(), () => undefined);
    const after = snapshotTree(output);
    expect(treeDifferences(after, snapshotTree(clean))).toEqual([]);
    return treeDifferences(before, after);
  };
  const articlePages = (files: readonly string[]): string[] => files.filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f));
  /** The article pages whose "Related news" links to `url`. */
  const listing = (url: string): string[] =>
    articlePages([...snapshotTree(output).keys()]).filter((f) => cheerio.load(fs.readFileSync(path.join(output, f), "utf8"))(`.related a[href="${url}"]`).length > 0);

  beforeAll(async () => {
    const copy = sampleCopy("cache-related");
    ({ content, output } = copy);
    cacheDir = path.join(copy.dir, ".cache", "build", "_site");
    await runBuild(buildOptions({ contentDir: content, outputDir: output, cacheDir, buildEpoch: DAY, threads: 1 }), recorder(), () => undefined);
  });

  it("re-renders, after a headline fix, the article pages that list the story, and no other", async () => {
    const url = "/2015/07/14/trade-ministers-back-regional-transit-plan/";
    const listers = listing(url);
    expect(listers.length).toBeGreaterThanOrEqual(3);
    const file = path.join(content, "articles", "2015/07/trade-ministers-back-regional-transit-plan.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^title: .*$/m, "title: Trade ministers agree a common transit plan in Tbilisi"));
    const changed = await changedByCachedBuild();
    expect(articlePages(changed)).toEqual([...listers, "2015/07/14/trade-ministers-back-regional-transit-plan/index.html"].sort());
    expect(listing(url)).toEqual(listers);
  });

  it("leaves every other article page as it was when a new story arrives", async () => {
    writeFiles(content, {
      "articles/2026/11/rail-freight-record.md": "---\ntitle: Rail freight through Ganja reaches a record\ndate: 2026-11-17T10:00:00+04:00\nbyline: samira-jafarli\ntags: [Railways, Trade, Gəncə, Caspian Sea]\nsection: region\n---\nMore freight crossed the region by rail this year than in any year before.\n",
    });
    const changed = await changedByCachedBuild();
    expect(articlePages(changed)).toEqual(["2026/11/17/rail-freight-record/index.html"]);
    const $ = cheerio.load(fs.readFileSync(path.join(output, "2026/11/17/rail-freight-record/index.html"), "utf8"));
    expect($(".related li")).toHaveLength(5);
  });

  it("follows a deleted story and the related settings of site.json", async () => {
    const url = "/2019/05/14/ankara-conference-caspian-black-sea-transport/";
    const listers = listing(url);
    expect(listers.length).toBeGreaterThan(0);
    fs.rmSync(path.join(content, "articles", "2019/05/ankara-conference-caspian-black-sea-transport.md"));
    const deleted = await changedByCachedBuild();
    expect(articlePages(deleted)).toEqual(expect.arrayContaining(listers));
    expect(listing(url)).toEqual([]);

    const site = path.join(content, "_data", "site.json");
    const settings = JSON.parse(fs.readFileSync(site, "utf8")) as Record<string, unknown>;
    fs.writeFileSync(site, JSON.stringify({ ...settings, related: { count: 2, weights: { tag: 1, section: 4, author: 0 } } }));
    await changedByCachedBuild();
    fs.writeFileSync(site, JSON.stringify({ ...settings, related: { count: 0 } }));
    await changedByCachedBuild();
    expect(articlePages([...snapshotTree(output).keys()]).filter((f) => fs.readFileSync(path.join(output, f), "utf8").includes('class="related"'))).toEqual([]);
  });
});

describe("the build cache and each language's breaking line (the trilingual fixture with its picks)", () => {
  it("rewrites only the Azerbaijani fragment when only the Azerbaijani line changes, and makes what a clean build makes", async () => {
    const content = trilingualWithPicks();
    const dir = path.dirname(content);
    const output = path.join(dir, "_site");
    const cacheDir = path.join(dir, ".cache", "build", "_site");
    const picks = path.join(content, "_data", "frontpage.yml");
    let epoch = Number(TRILINGUAL_PICKS_EPOCH);
    /** A build with the cache, checked byte for byte against a clean one; the files it changed, but the manifest. */
    const changedByCachedBuild = async (): Promise<string[]> => {
      const before = snapshotTree(output);
      const result = await runBuild(buildOptions({ contentDir: content, outputDir: output, cacheDir, buildEpoch: epoch, threads: 1 }), recorder(), () => undefined);
      expect(result.incremental).toBe(true);
      const clean = path.join(tempDir("cache-breaking-clean"), "_site");
      await runBuild(buildOptions({ contentDir: content, outputDir: clean, cacheDir: false, buildEpoch: epoch, threads: 1 }), recorder(), () => undefined);
      const after = snapshotTree(output);
      expect(treeDifferences(after, snapshotTree(clean))).toEqual([]);
      return treeDifferences(before, after).filter((f) => f !== "manifest.json");
    };
    await runBuild(buildOptions({ contentDir: content, outputDir: output, cacheDir, buildEpoch: epoch, threads: 1 }), recorder(), () => undefined);
    const bar = (file: string): string => cheerio.load(fs.readFileSync(path.join(output, file), "utf8"))(".breaking__text").text();

    fs.writeFileSync(picks, fs.readFileSync(picks, "utf8").replace("Qəbələdə dağ yolları qar səbəbindən bağlanıb", "Qəbələ-Bakı yolu yenidən açılıb"));
    expect(await changedByCachedBuild()).toEqual(["az/fragments/latest.html"]);
    expect(bar("az/fragments/latest.html")).toContain("Qəbələ-Bakı yolu yenidən açılıb");

    // Left blank, as the desk writes a language with no news: the line goes from that language's fragment alone.
    fs.writeFileSync(picks, fs.readFileSync(picks, "utf8").replace(/ {2}az:\n(?: {4}.*\n)+/, "  az: { text: '', link: '', until: '' }\n"));
    expect(await changedByCachedBuild()).toEqual(["az/fragments/latest.html"]);
    expect(bar("az/fragments/latest.html")).toBe("");

    // At the English line's expiry, 21:00, it goes from the English fragment alone (the Gəncə story
    // left the news sitemap at 17:10, in between), and the Azerbaijani and Russian fragments stay.
    epoch = Date.parse("2016-11-17T21:00:00+04:00") / 1000;
    expect(await changedByCachedBuild()).toEqual(["fragments/latest.html", "news-sitemap.xml"]);
    expect(bar("fragments/latest.html")).toBe("");
  });
});

describe("the build cache and the search bundles", () => {
  it("re-indexes only the bundles whose stories changed, and merges small ones as the archive grows", async () => {
    const dir = tempDir("cache-search");
    const content = path.join(dir, "content");
    const output = path.join(dir, "_site");
    fs.cpSync(SAMPLE, content, { recursive: true });
    // Bundles of 2, 20 and 200: the sample's 17 stories are 8 blocks of 2 and a main bundle of 1.
    const options = (out: string, cacheDir: string | false) => buildOptions({ contentDir: content, outputDir: out, cacheDir, buildEpoch: DAY, threads: 1, searchBundleSize: 2 });
    const cacheDir = path.join(dir, ".cache", "build", "_site");
    await runBuild(options(output, cacheDir), recorder(), () => undefined);
    const indexed: string[] = [];
    for (let n = 1; n <= 4; n++) {
      writeFiles(content, {
        [`articles/2026/11/brief-${n}.md`]: `---\ntitle: Brief number ${n}\ndate: 2026-11-17T0${n}:00:00+04:00\nbyline: leyla-karimova\nsection: nation\n---\nA short brief, number ${n}, about the weather on the coast.\n`,
      });
      const reporter = recorder();
      const result = await runBuild(options(output, cacheDir), reporter, () => undefined);
      expect(result.incremental).toBe(true);
      indexed.push(reporter.lines.find((l) => l.startsWith("search")) ?? "");
      // A new story renders its own page and the lists and feeds that show it, never the archive,
      // even when the search page starts from another bundle.
      const written = Number(/^pages (\d+) pages written/m.exec(reporter.lines.join("\n"))?.[1]);
      expect(written, `pages rendered for brief ${n}`).toBeGreaterThan(3);
      expect(written, `pages rendered for brief ${n}`).toBeLessThan(40);
      const clean = path.join(tempDir("cache-search-clean"), "_site");
      await runBuild(options(clean, false), recorder(), () => undefined);
      expect(treeDifferences(snapshotTree(output), snapshotTree(clean)), `after brief ${n}`).toEqual([]);
    }
    // 18 stories: one new block of 2, no main bundle; 19: main of 1; 20: ten blocks of 2 become one of 20.
    expect(indexed).toEqual([
      "search 2 articles indexed in 1 bundle",
      "search 1 articles indexed in 1 bundle",
      "search 20 articles indexed in 1 bundle",
      "search 1 articles indexed in 1 bundle",
    ]);
    expect(fs.existsSync(path.join(output, "pagefind", "part-1-20", "pagefind-entry.json"))).toBe(true);
    expect(fs.existsSync(path.join(output, "pagefind", "part-1-2"))).toBe(false);
  });
});

describe("a cache that cannot be trusted", () => {
  let content: string;
  let output: string;
  let cacheDir: string;
  const build = async (dir = cacheDir): Promise<BuildResult & { lines: string[] }> => {
    const reporter = recorder();
    const result = await runBuild(buildOptions({ contentDir: content, outputDir: output, cacheDir: dir, buildEpoch: DAY, threads: 1 }), reporter, () => undefined);
    return { ...result, lines: reporter.lines };
  };
  /** A full build that says why, and then a good cache again. */
  const fullBecause = async (reason: RegExp): Promise<void> => {
    const result = await build();
    expect(result.incremental).toBe(false);
    expect(result.lines.find((l) => l.startsWith("full build:"))).toMatch(reason);
    expect((await build()).incremental).toBe(true);
  };

  beforeAll(async () => {
    const dir = tempDir("cache-bad");
    content = path.join(dir, "content");
    output = path.join(dir, "_site");
    cacheDir = path.join(dir, ".cache", "build", "_site");
    fs.cpSync(path.join(FIXTURES, "basic", "content"), content, { recursive: true });
    await build();
    expect((await build()).incremental).toBe(true);
  });

  it("builds afresh from a cache saved by other code", async () => {
    const file = path.join(cacheDir, "state.bin");
    writeState(file, { ...readState(file), code: "another version" });
    await fullBecause(/the code changed/);
  });

  it("builds afresh from a corrupt or half-written cache", async () => {
    const file = path.join(cacheDir, "state.bin");
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await fullBecause(/corrupt or half-written/);
    const again = fs.readFileSync(file);
    again[again.length - 5] = (again[again.length - 5] ?? 0) ^ 0xff;
    fs.writeFileSync(file, again);
    await fullBecause(/corrupt or half-written/);
    // A state of another shape, with a right checksum, is refused too.
    writeState(file, { ...readState(file), format: 0 } as never);
    await fullBecause(/another format/);
    expect(v8.deserialize(v8.serialize({ ok: true }))).toEqual({ ok: true });
  });

  it("builds afresh when the article bodies are not the ones the state was saved with", async () => {
    fs.appendFileSync(path.join(cacheDir, "bodies.pack"), "<p>a body from another save</p>");
    await fullBecause(/article bodies are not the ones its state was saved with/);
  });

  it("builds afresh after a build that stopped while writing the output", async () => {
    fs.writeFileSync(path.join(cacheDir, "journal.json"), "{}");
    await fullBecause(/stopped while it was writing/);
  });

  it("builds afresh when the output is not the one the cache describes", async () => {
    fs.appendFileSync(path.join(output, "robots.txt"), "# edited by hand\n");
    await fullBecause(/robots\.txt changed since the last build/);
    fs.rmSync(output, { recursive: true });
    await fullBecause(/has no manifest\.json/);
    fs.writeFileSync(path.join(output, "manifest.json"), '{ "files": [] }\n');
    await fullBecause(/is not the output this cache was saved with/);
  });

  it("builds afresh without a cache folder, and does not save into one it cannot write", async () => {
    fs.rmSync(cacheDir, { recursive: true });
    await fullBecause(/no build cache yet/);
    // A cache folder under a file cannot be made, whoever runs the build.
    const blocked = path.join(tempDir("cache-blocked"), "file");
    fs.writeFileSync(blocked, "");
    const result = await build(path.join(blocked, "cache"));
    expect(result.lines).toContain(`full build: the cache folder ${path.join(blocked, "cache")}/ cannot be written: the cache is not saved`);
    expect(result.lines).toContain("cache not saved");
  });

  it("stops a second build while another is writing the same output, and leaves the output as it was", async () => {
    const other = spawn("sleep", ["30"]);
    try {
      fs.writeFileSync(`${output}.lock`, `${other.pid}\n`);
      const before = snapshotTree(output);
      await expect(build()).rejects.toThrow(`another build (process ${other.pid}) is writing ${output}/`);
      expect(treeDifferences(snapshotTree(output), before)).toEqual([]);
    } finally {
      other.kill();
      fs.rmSync(`${output}.lock`, { force: true });
    }
    // A lock left by a process that is gone is taken over.
    fs.writeFileSync(`${output}.lock`, "999999\n");
    expect((await build()).incremental).toBe(true);
    expect(fs.existsSync(`${output}.lock`)).toBe(false);
  });

  it("takes over a lock whose pid now names another process, as a reused pid does", async () => {
    const other = spawn("sleep", ["30"]);
    try {
      const pid = other.pid ?? 0;
      // The lock names the running process with its own start time: it is held...
      fs.writeFileSync(`${output}.lock`, `${lockOwner(pid)}\n`);
      await expect(build()).rejects.toThrow(`another build (process ${pid}) is writing ${output}/`);
      // ...but with another start time it was written by an earlier process of that pid, now gone.
      const start = Number(lockOwner(pid).split(" ")[1]);
      expect(Number.isInteger(start)).toBe(true);
      fs.writeFileSync(`${output}.lock`, `${pid} ${start - 1}\n`);
      expect((await build()).incremental).toBe(true);
      expect(fs.existsSync(`${output}.lock`)).toBe(false);
    } finally {
      other.kill();
      fs.rmSync(`${output}.lock`, { force: true });
    }
  });
});
