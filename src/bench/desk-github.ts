/**
 * The desk over GitHub's API (`npm run bench -- N --desk`): the N-article corpus of the shared
 * generator, committed into a git repository, served by the local GitHub API emulator
 * (`github/server.ts`), and the desk opened in Debian's Chromium with the GitHub backend pointed at
 * it. Each opening is timed to the first story drawn, its API calls counted (REST and GraphQL
 * apart) and the tab's JavaScript heap read. Dev only: playwright-core and sirv are development
 * dependencies.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import yaml from "js-yaml";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import sirv from "sirv";
import type { SiteConfig } from "../content/index.js";
import { policyFor } from "../deploy/index.js";
import { readArchiveShape } from "../desk/archive.js";
import { deskCollections, deskConfig, deskConfigYaml, yearCollections, type DeskSettings } from "../desk/config.js";
import { siteSchema } from "../content/schema.js";
import { runBuild } from "../pipeline/build.js";
import { buildOptions } from "../pipeline/options.js";
import { GitRepository } from "./github/git.js";
import { startGitHubEmulator, type ApiCall, type GitHubEmulator } from "./github/server.js";

/** The shared corpus generator of the project's bench kit: `shared/bench/gen-corpus.mjs` beside a checkout or above it. */
function generator(): string {
  const given = process.env["NEWS_CORPUS_GENERATOR"];
  if (given) return given;
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared", "bench", "gen-corpus.mjs");
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error("the bench kit's gen-corpus.mjs was not found in a shared/bench folder above this checkout; set NEWS_CORPUS_GENERATOR to its path");
  }
}
const OWNER = "bench";
const NAME = "corpus";
const BRANCH = "main";

/** One opening of a desk screen. */
export interface DeskOpening {
  readonly what: string;
  readonly seconds: number;
  readonly rest: number;
  readonly graphql: number;
  readonly notEmulated: number;
  readonly heapMB: number;
  readonly drawn: number;
  /** The API calls by kind of path, most first: `GET git/blobs 20`. */
  readonly breakdown: string;
}

/**
 * The corpus as a git repository: made once per N with the shared generator and one commit, kept in
 * the system's temporary folder (`news-desk-repo-<N>`), since 100,000 files take minutes to write and add.
 */
export function corpusRepository(n: number, log: (line: string) => void): string {
  const dir = path.join(os.tmpdir(), `news-desk-repo-${n}`);
  const stamp = path.join(dir, ".git", "news-desk-stamp");
  const GENERATOR = generator();
  const wanted = `articles=${n} generator=${fs.statSync(GENERATOR).mtimeMs}`;
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === wanted) return dir;
  log(`Generating ${n.toLocaleString("en-US")} articles with ${GENERATOR} and committing them into ${dir} (minutes at 100,000) ...`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, [GENERATOR, dir, String(n)], { stdio: "ignore" });
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=Bench", "-c", "user.email=bench@example.org", ...args], { stdio: "ignore" });
  git("init", "-q", "-b", BRANCH);
  git("add", "-A");
  git("commit", "-q", "-m", `corpus of ${n} articles`);
  fs.writeFileSync(stamp, wanted);
  return dir;
}

/** The calls of one opening, summed: REST and GraphQL apart, and by kind of path. */
function summarise(calls: readonly ApiCall[]): Pick<DeskOpening, "rest" | "graphql" | "notEmulated" | "breakdown"> {
  const kinds = new Map<string, number>();
  for (const c of calls) {
    const kind = `${c.method} ${c.path.replace(/^\/repos\/[^/]+\/[^/]+\/?/, "").replace(/[0-9a-f]{40}/g, "<sha>").replace(/trees\/.*/, "trees/<folder>") || "repository"}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return {
    rest: calls.filter((c) => c.api === "rest").length,
    graphql: calls.filter((c) => c.api === "graphql").length,
    notEmulated: calls.filter((c) => c.notEmulated).length,
    breakdown: [...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ×${v}`).join(", "),
  };
}

async function heapMB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send("Performance.enable");
  const { metrics } = await session.send("Performance.getMetrics");
  await session.detach();
  return (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0) / 1024 / 1024;
}


/** Waits until no API call has arrived for `quiet` ms (the opening's trailing reads), at most `max` ms. */
async function settle(emulator: GitHubEmulator, quiet = 1500, max = 120_000): Promise<void> {
  const started = Date.now();
  let count = emulator.calls.length;
  let since = Date.now();
  while (Date.now() - started < max) {
    await new Promise((r) => setTimeout(r, 100));
    if (emulator.calls.length !== count) {
      count = emulator.calls.length;
      since = Date.now();
    } else if (Date.now() - since >= quiet) return;
  }
}

/**
 * A desk's `/admin/` for the corpus, configured for the GitHub backend at the emulator: the site is
 * built from the corpus's settings and authors with one article (a full build of 100,000 articles is
 * not what is measured), then the configuration and page settings are made again by the production
 * functions from the corpus's real article folders, as the full build would make them.
 */
async function buildDesk(repo: string, work: string, emulatorUrl: string, buildYear: number): Promise<string> {
  const content = path.join(work, "content");
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(content, "_data"), { recursive: true });
  const site = JSON.parse(fs.readFileSync(path.join(repo, "content", "_data", "site.json"), "utf8")) as Record<string, unknown>;
  const settings: DeskSettings = { repo: `${OWNER}/${NAME}`, branch: BRANCH, apiRoot: emulatorUrl };
  fs.writeFileSync(path.join(content, "_data", "site.json"), JSON.stringify({ ...site, desk: settings }));
  fs.cpSync(path.join(repo, "content", "authors"), path.join(content, "authors"), { recursive: true });
  const first = execFileSync("git", ["-C", repo, "ls-files", "content/articles"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }).split("\n").find((f) => f.endsWith(".md"));
  if (!first) throw new Error("the corpus has no articles");
  fs.mkdirSync(path.join(content, path.dirname(path.relative("content", first))), { recursive: true });
  fs.copyFileSync(path.join(repo, first), path.join(content, path.relative("content", first)));
  const output = path.join(work, "_site");
  const quiet = { stage: () => undefined, warning: () => undefined, note: () => undefined };
  await runBuild(buildOptions({ contentDir: content, outputDir: output, cacheDir: false, search: false }), quiet, () => undefined);

  // The built configuration, with the article collections the corpus's own folders give.
  const archive = readArchiveShape(path.join(repo, "content", "articles"));
  const configFile = path.join(output, "admin", "config.yml");
  const built = yaml.load(fs.readFileSync(configFile, "utf8")) as Record<string, unknown>;
  const fresh = deskConfig({ site: siteSchema.parse({ ...site, desk: settings }) as SiteConfig, contentPath: "content", settings, archive, year: buildYear }, deskCollections());
  fs.writeFileSync(configFile, deskConfigYaml({ ...built, collections: fresh["collections"] }));
  const page = path.join(output, "admin", "index.html");
  const names = (yearCollections(archive, buildYear) ?? [{ name: "articles" }]).map((c) => c.name);
  const html = fs.readFileSync(page, "utf8").replace(/("articleCollections":)\[[^\]]*\]/, `$1${JSON.stringify(names)}`);
  fs.writeFileSync(page, html);
  // Sveltia CMS on the same configuration, under the desk's policy: its prebuilt bundle from npm.
  // The package exports its ES module only; its prebuilt bundle sits beside it in `dist/`.
  const sveltia = path.join(path.dirname(createRequire(import.meta.url).resolve("@sveltia/cms")), "..", "dist");
  fs.cpSync(sveltia, path.join(output, "admin", "sveltia"), { recursive: true, filter: (f) => !f.endsWith(".map") });
  fs.writeFileSync(
    path.join(output, "admin", "sveltia", "index.html"),
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Sveltia CMS on the desk's configuration</title>\n<link href="/admin/sveltia/config.yml" type="text/yaml" rel="cms-config-url">\n</head>\n<body>\n<script src="/admin/sveltia/sveltia-cms.js"></script>\n</body>\n</html>\n`,
  );
  // Sveltia refuses Decap's object form of `sortable_fields` (it takes field names): the one change it needs.
  const forSveltia = { ...built, collections: (fresh["collections"] as Array<Record<string, unknown>>).map(sortableAsNames) };
  fs.writeFileSync(path.join(output, "admin", "sveltia", "config.yml"), deskConfigYaml(forSveltia));
  return output;
}

/** A collection with `sortable_fields` as the field names alone. */
function sortableAsNames(collection: Record<string, unknown>): Record<string, unknown> {
  const sortable = collection["sortable_fields"];
  if (!Array.isArray(sortable)) return collection;
  return { ...collection, sortable_fields: sortable.map((f: unknown) => (typeof f === "object" && f !== null ? (f as { field: string }).field : f)) };
}

/** Which CMS the bench opens, and how long it waits for Sveltia's first story. */
export interface DeskBenchOptions {
  /** The CMSes to open on the same configuration and emulator: Decap (the desk), Sveltia, or both. */
  readonly cms: ReadonlyArray<"decap" | "sveltia">;
  /** Sveltia reads every file before it lists one: the longest wait for its first story, in seconds. */
  readonly sveltiaTimeout: number;
}

/** A returning editor, signed in with a made-up token: Decap and Sveltia each keep the user in local storage under their own key. */
const SIGNED_IN = { token: "emulated-token", backendName: "github", login: "desk-editor", name: "Desk Editor" };

/**
 * Opens the desk over the emulator: the first opening on a cold browser (a fresh context, signed
 * in with a made-up token as a returning editor is), then an older year's collection from there;
 * then Sveltia CMS on the same configuration and emulator, on a cold browser again.
 */
export async function benchDeskGitHub(n: number, olderYear: number, log: (line: string) => void, options: DeskBenchOptions = { cms: ["decap", "sveltia"], sveltiaTimeout: 600 }): Promise<DeskOpening[]> {
  const repo = corpusRepository(n, log);
  const emulator = await startGitHubEmulator({ git: new GitRepository(repo), owner: OWNER, name: NAME, branch: BRANCH });
  const work = path.join(os.tmpdir(), `news-desk-site-${process.pid}`);
  let browser: Browser | undefined;
  const server = http.createServer();
  try {
    log("Building the desk ...");
    const output = await buildDesk(repo, work, emulator.url, new Date().getUTCFullYear());
    const files = sirv(output, { dev: false, etag: false });
    server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
      const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
      res.setHeader("Content-Security-Policy", pathname.startsWith(SVELTIA_URL) ? sveltiaPolicy(emulator.url) : policyFor(pathname, [emulator.url]));
      files(req, res, () => void res.writeHead(404).end());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const results: DeskOpening[] = [];
    await emulator.warm(BRANCH);
    if (options.cms.includes("decap")) results.push(...(await openDecap(browser, site, emulator, olderYear, log)));
    if (options.cms.includes("sveltia")) {
      const opening = await openSveltia(browser, site, emulator, options.sveltiaTimeout, log);
      if (opening) results.push(opening);
    }
    return results;
  } finally {
    await browser?.close();
    server.close();
    await emulator.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** A story of Sveltia's list: it draws each entry of a collection as a grid row named by its summary. */
const ROW = `[role="grid"] [role="row"][aria-rowindex][aria-label]`;

/** Where the bench serves Sveltia's bundle, on the desk's configuration. */
const SVELTIA_URL = "/admin/sveltia/";

/**
 * The policy of the Sveltia page: the desk's, with `data:` added to `connect-src` because Sveltia
 * reads its own inline logo with `fetch`. Its fonts and icons (cdn.jsdelivr.net) and its version
 * check (unpkg.com) stay refused, as the desk refuses every other site: the bench keeps every
 * request on this machine anyway.
 */
function sveltiaPolicy(emulatorUrl: string): string {
  return policyFor(SVELTIA_URL, [emulatorUrl]).replace("connect-src 'self' blob:", "connect-src 'self' blob: data:");
}

/** Logs one opening's figures and where its time went. */
function report(opening: DeskOpening, calls: readonly ApiCall[], started: number, log: (line: string) => void): void {
  log(`${opening.what}: first story drawn in ${opening.seconds.toFixed(2)} s; ${opening.rest} REST + ${opening.graphql} GraphQL calls (${opening.notEmulated} not emulated); ${opening.drawn} stories drawn; JS heap ${opening.heapMB.toFixed(1)} MB`);
  log(`  ${opening.breakdown}`);
  if (calls.length === 0) return;
  // Where the time went: the desk's own start before its first call, and the span of the calls.
  const first = Math.min(...calls.map((c) => c.at)) - started;
  const last = Math.max(...calls.map((c) => c.at + c.ms)) - started;
  log(`  first API call ${(first / 1000).toFixed(2)} s after opening; the last answered at ${(last / 1000).toFixed(2)} s; the story drawn at ${opening.seconds.toFixed(2)} s`);
  const slowest = [...calls].sort((a, b) => b.ms - a.ms)[0];
  log(`  the emulator spent ${calls.reduce((t, c) => t + c.ms, 0).toFixed(0)} ms on them in all; the slowest, ${slowest ? `${slowest.path.replace(/^\/repos\/[^/]+\/[^/]+\//, "")} took ${slowest.ms.toFixed(0)} ms` : "none"}`);
  const refused = calls.filter((c) => c.errors);
  if (refused.length > 0) log(`  ${refused.length} GraphQL answers carried errors, the first: ${refused[0]?.errors?.slice(0, 300)}`);
}

/** A fresh browser context whose requests stay on this machine, signed in as a returning editor under `key`. */
async function coldContext(browser: Browser, key: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // Nothing leaves the machine (Decap asks GitHub's status page, Sveltia its fonts; neither is emulated).
  await context.route((url) => !["127.0.0.1", "localhost"].includes(url.hostname), (route) => route.abort());
  await context.addInitScript(([k, user]) => localStorage.setItem(k as string, JSON.stringify(user)), [key, SIGNED_IN] as const);
  return context;
}

/** Decap, the desk itself: the first opening on a cold browser, then an older year's collection. */
async function openDecap(browser: Browser, site: string, emulator: GitHubEmulator, olderYear: number, log: (line: string) => void): Promise<DeskOpening[]> {
  const context = await coldContext(browser, "decap-cms-user");
  const page = await context.newPage();
  const results: DeskOpening[] = [];
  const open = async (what: string, go: () => Promise<unknown>, collection: string): Promise<void> => {
    emulator.reset();
    const started = performance.now();
    await go();
    const entry = page.locator(`a[href*="/collections/${collection}/entries/"]`);
    await entry.first().waitFor({ timeout: 300_000 });
    const seconds = (performance.now() - started) / 1000;
    await settle(emulator);
    const opening = { what, seconds, drawn: await entry.count(), heapMB: await heapMB(page), ...summarise(emulator.calls) };
    results.push(opening);
    report(opening, emulator.calls, started, log);
  };
  try {
    await open("first opening, cold browser (Decap)", () => page.goto(`${site}/admin/`), "articles");
    await open(`older year ${olderYear} (Decap)`, () => page.goto(`${site}/admin/#/collections/articles-${olderYear}`), `articles-${olderYear}`);
  } finally {
    await context.close();
  }
  return results;
}

/**
 * Sveltia CMS on the same configuration and emulator, on a cold browser: it reads every file of the
 * repository before it lists a collection. Waits at most `timeout` seconds for the first story of
 * "Articles" in its list; past that it reports how far it got instead (calls, files read, seconds,
 * the tab's heap) and returns nothing.
 */
async function openSveltia(browser: Browser, site: string, emulator: GitHubEmulator, timeout: number, log: (line: string) => void): Promise<DeskOpening | undefined> {
  const context = await coldContext(browser, "sveltia-cms.user");
  // The page notes when the first row appears, on its own clock: polling from here would wait as
  // long as the busy tab takes to answer.
  await context.addInitScript((selector) => {
    const seen = (): boolean => {
      if (!document.querySelector(selector)) return false;
      (window as unknown as { firstRowAt: number }).firstRowAt = performance.timeOrigin + performance.now();
      return true;
    };
    const observer = new MutationObserver(() => void (seen() && observer.disconnect()));
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-label", "aria-rowindex"] });
  }, ROW);
  const page = await context.newPage();
  const problems: string[] = [];
  const debug = Boolean(process.env["NEWS_DESK_DEBUG"]);
  page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
  page.on("pageerror", (e) => void problems.push(`page error: ${e.message}`));
  page.on("crash", () => void problems.push("the tab crashed"));
  if (debug) {
    page.on("console", (m) => log(`[sveltia ${m.type()}] ${m.text().slice(0, 300)}`));
    page.on("response", (r) => void (r.status() >= 400 && log(`[sveltia http ${r.status()}] ${r.request().method()} ${r.url().slice(0, 200)}`)));
    page.on("requestfailed", (r) => log(`[sveltia failed] ${r.url().slice(0, 120)}: ${r.failure()?.errorText ?? ""}`));
  }
  const entry = page.locator(ROW);
  // The tab can be too busy to answer for a while; no check waits longer than this.
  const within = <T>(p: Promise<T>, fallback: T, ms = 5_000): Promise<T> => Promise.race([p.catch(() => fallback), new Promise<T>((r) => setTimeout(() => r(fallback), ms))]);
  const what = "first opening, cold browser (Sveltia)";
  emulator.reset();
  const started = performance.now();
  const startedAt = Date.now();
  const elapsed = (): number => (performance.now() - started) / 1000;
  try {
    await page.goto(`${site}${SVELTIA_URL}#/collections/articles`, { timeout: 120_000 });
    let lastNote = 0;
    let empty: number | undefined;
    for (;;) {
      if (page.isClosed() || problems.includes("the tab crashed")) break;
      if ((await within(entry.count(), 0)) > 0) break;
      // Its data loaded and the collection drawn without a story (at 100,000 stories, where GitHub
      // cuts the whole repository's tree short and Sveltia does not notice).
      if ((await within(page.getByText("This collection has no entries yet.").count(), 0)) > 0) {
        empty = elapsed();
        break;
      }
      if (elapsed() > timeout) break;
      if (debug && elapsed() - lastNote >= 10) {
        lastNote = elapsed();
        const s = summarise(emulator.calls);
        log(`  [sveltia] ${elapsed().toFixed(0)} s: ${s.rest} REST + ${s.graphql} GraphQL calls so far, ${emulator.calls.reduce((t, c) => t + (c.nodes ?? 0), 0)} objects and histories read`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const drawn = await within(entry.count(), 0);
    const drawnAt = await within(page.evaluate(() => (window as unknown as { firstRowAt?: number }).firstRowAt), undefined);
    const seconds = drawnAt !== undefined ? (drawnAt - startedAt) / 1000 : elapsed();
    if (drawn === 0) {
      const s = summarise(emulator.calls);
      const heap = page.isClosed() ? 0 : await within(heapMB(page), 0, 30_000);
      const text = page.isClosed() ? "(the page was closed)" : await within(page.locator("main").first().innerText({ timeout: 5_000 }), "(no text)");
      if (debug && !page.isClosed()) {
        const shot = path.join(os.tmpdir(), `news-desk-sveltia-${process.pid}.png`);
        await within(page.screenshot({ path: shot, timeout: 10_000 }), undefined, 15_000);
        log(`  a screenshot of the page: ${shot}`);
      }
      const why = empty !== undefined ? `the list of "Articles" was drawn empty at ${empty.toFixed(1)} s` : `no story drawn after ${seconds.toFixed(0)} s (the bench's limit is ${timeout} s)`;
      log(`${what}: ${why}: ${s.rest} REST + ${s.graphql} GraphQL calls (${s.notEmulated} not emulated), ${emulator.calls.reduce((t, c) => t + (c.nodes ?? 0), 0)} objects and histories read; JS heap ${heap.toFixed(1)} MB`);
      log(`  ${s.breakdown}`);
      log(`  the page said: ${text.replace(/\s+/g, " ").slice(0, 400)}`);
      if (problems.length > 0) log(`  its errors: ${problems.slice(0, 8).join("\n    ").slice(0, 2000)}`);
      return undefined;
    }
    await settle(emulator, 3000, 60_000);
    const opening = { what, seconds, drawn: await within(entry.count(), drawn), heapMB: await within(heapMB(page), 0, 30_000), ...summarise(emulator.calls) };
    report(opening, emulator.calls, started, log);
    return opening;
  } finally {
    await context.close().catch(() => undefined);
  }
}
