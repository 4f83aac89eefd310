/**
 * `npm run bench -- N [--keep] [--no-watch] [--publish] [--languages az,ru] [--desk [--cms decap|sveltia|decap,sveltia] [--sveltia-timeout S]] [--desk-local] [--preview] [--deploy [--corpus DIR] [--plan-only] [--reuse]]`: generates a deterministic N-article corpus
 * (default 1,000), builds it clean with the real build command, then times one article edit in watch
 * mode, and prints a table. `--publish` times instead what the build cache does for a newsroom's day:
 * a new article, a body edit, a headline fix, nothing changed and a new day, each against a clean
 * build of the same tree. `--desk` opens the web desk in Chromium over GitHub's API, emulated
 * locally over the corpus (the bench kit's generator) as a git repository (see `src/bench/desk-github.ts`),
 * then Sveltia CMS on the same configuration (`--cms` picks one; `--sveltia-timeout`, default 600 s,
 * bounds the wait for Sveltia's first story);
 * `--desk-local` times the desk's list of the whole corpus over `decap-server` (see `src/bench/desk.ts`).
 * `--preview` times a headline edit under `npm start`, from the save to
 * the dev server's page holding it, five times (see `src/bench/preview.ts`); `npm run bench --
 * sample --preview` does it on a copy of the sample site instead of a corpus.
 * `--deploy` deploys the corpus to a local S3-compatible server and counts what one
 * new story costs to put online (see `src/bench/deploy.ts`); `--corpus DIR` takes the articles from a
 * content folder made elsewhere (such as the shared bench kit's `gen-corpus.mjs`) instead of generating them;
 * `--plan-only` counts from the manifests without deploying, `--reuse` starts from the last run's build.
 * The corpus is kept in the system's temporary folder (`news-bench-<N>`; Eleventy's watcher ignores
 * dot-folders such as `.cache/`) and made again only when N or the generator changes.
 * `--languages az,ru` benches the corpus published in those languages too (three times the articles).
 * `npm run bench -- search-az` measures Azerbaijani search with and without Turkish stemming.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "../bench/corpus.js";
import type { DeskBenchOptions } from "../bench/desk-github.js";
import { writeLanguageCorpus } from "../bench/languages.js";
import { timePreviewEdits } from "../bench/preview.js";
import { pickArticles, publishArticle, sameTree, treeChange, treeHashes, type TreeChange } from "../bench/publish.js";
import { walkFiles } from "../files/index.js";

const ROOT = process.cwd();
/** The loader for the TypeScript sources (`npm start`); the build runs compiled, as `npm run build` does. */
const NODE_ARGS = ["--import", "tsx"];
const BUILD = "dist/cli/launch.js";
/** The build date of every bench run, so runs compare like with like. */
const SOURCE_DATE_EPOCH = "1793491200";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  /** Largest resident size seen of any one process under the run (Linux only), by command name. */
  readonly peaks: ReadonlyMap<string, number>;
}

/** Resident size in kB and command name of every process below `root`, read from /proc. */
function descendants(root: number): Array<{ name: string; kb: number }> {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const found: Array<{ name: string; kb: number }> = [];
  const queue = [...(children.get(root) ?? [])];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    queue.push(...(children.get(pid) ?? []));
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      found.push({ name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "?", kb: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(args[0]?.endsWith(".ts") ? NODE_ARGS : []), ...args], { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => void (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => void (stderr += d.toString()));
    // The search indexer runs as its own process: sample every process under the build for its peak.
    const peaks = new Map<string, number>();
    const sampler = fs.existsSync("/proc/self/status")
      ? setInterval(() => {
          for (const p of child.pid ? descendants(child.pid) : []) peaks.set(p.name, Math.max(peaks.get(p.name) ?? 0, p.kb));
        }, 200)
      : undefined;
    child.on("close", (code) => {
      clearInterval(sampler);
      resolve({ code: code ?? 1, stdout, stderr, seconds: (performance.now() - started) / 1000, peaks });
    });
  });
}

function walk(dir: string): { files: number; pages: number; bytes: number } {
  let files = 0;
  let pages = 0;
  let bytes = 0;
  for (const file of walkFiles(dir)) {
    files += 1;
    if (file.endsWith(".html")) pages += 1;
    bytes += fs.statSync(path.join(dir, file)).size;
  }
  return { files, pages, bytes };
}

/**
 * Starts watch mode on the corpus (`npm start` without the server), waits for the first build,
 * appends a word to one article and times how long until its page in the output holds it.
 */
async function timeWatchEdit(contentDir: string, output: string, article: string, pageFile: string): Promise<number | undefined> {
  const child = spawn(process.execPath, [...NODE_ARGS, "src/cli/start.ts", "--no-serve", "--content", contentDir, "--output", output], {
    cwd: ROOT,
    env: { ...process.env, SOURCE_DATE_EPOCH },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d: Buffer) => void (log += d.toString()));
  child.stderr.on("data", (d: Buffer) => void (log += d.toString()));
  const deadline = Date.now() + 30 * 60_000;
  try {
    while (!/Watching/.test(log)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`watch mode did not start:\n${log.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const original = fs.readFileSync(article, "utf8");
    try {
      // The watcher may still be scanning a large folder when Eleventy says it is watching: an edit that
      // never shows up is made again (and timed again), a few times.
      for (let attempt = 0; attempt < 5; attempt++) {
        const marker = `benchedit${Date.now()}`;
        const saved = performance.now();
        fs.writeFileSync(article, `${original.trimEnd()}\n\nAn edit made by the bench: ${marker}.\n`);
        while (performance.now() - saved < 60_000) {
          if (fs.existsSync(pageFile) && fs.readFileSync(pageFile, "utf8").includes(marker)) return (performance.now() - saved) / 1000;
          await new Promise((r) => setTimeout(r, 25));
        }
      }
      return undefined;
    } finally {
      fs.writeFileSync(article, original);
    }
  } finally {
    child.kill("SIGTERM");
  }
}

/** The folder of the generated N-article corpus, made again only when N or the generator changes. */
function generatedWork(n: number): string {
  const work = path.join(os.tmpdir(), `news-bench-${n}`);
  const stamp = path.join(work, ".stamp");
  const wanted = `articles=${n} generator=${fs.statSync(new URL("../bench/corpus.ts", import.meta.url)).mtimeMs}`;
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== wanted) {
    process.stdout.write(`Generating ${n.toLocaleString("en-US")} articles into ${work}/ ...\n`);
    writeCorpus(work, { articles: n });
    fs.writeFileSync(stamp, wanted);
  }
  return work;
}

/**
 * `--languages az,ru`: the N-article corpus (generated, or `--corpus DIR`) once in the default language
 * and once in each of these, a third of the stories told in all of them (see `src/bench/languages.ts`).
 */
function languageWork(n: number, languages: readonly string[], corpus: string | undefined): string {
  const work = path.join(os.tmpdir(), `news-bench-${n}-${languages.join("-")}`);
  process.stdout.write(`Writing ${n.toLocaleString("en-US")} articles in ${languages.length + 1} languages into ${work}/ ...\n`);
  writeLanguageCorpus(work, { source: corpus ?? generatedCorpus(n), languages });
  return work;
}

/** The content folder of the generated N-article corpus. */
function generatedCorpus(n: number): string {
  return path.join(generatedWork(n), "content");
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      keep: { type: "boolean", default: false },
      "no-watch": { type: "boolean", default: false },
      publish: { type: "boolean", default: false },
      desk: { type: "boolean", default: false },
      preview: { type: "boolean", default: false },
      deploy: { type: "boolean", default: false },
      corpus: { type: "string" },
      "plan-only": { type: "boolean", default: false },
      reuse: { type: "boolean", default: false },
      "desk-local": { type: "boolean", default: false },
      cms: { type: "string", default: "decap,sveltia" },
      "sveltia-timeout": { type: "string", default: "600" },
      languages: { type: "string" },
    },
  });
  if (positionals[0] === "search-az") {
    await benchSearchAzerbaijani();
    return;
  }
  if (values.preview && positionals[0] === "sample") {
    await benchPreviewSample();
    return;
  }
  const n = Number(positionals[0] ?? "1000");
  if (!Number.isInteger(n) || n < 1) throw new Error("usage: npm run bench -- N   (N: how many articles, at least 1)");
  if (values.desk) {
    const cms = values.cms.split(",").map((c) => c.trim());
    const wrong = cms.filter((c) => c !== "decap" && c !== "sveltia");
    const timeout = Number(values["sveltia-timeout"]);
    if (wrong.length > 0 || cms.length === 0) throw new Error(`--cms takes decap, sveltia or both (decap,sveltia), not ${values.cms}`);
    if (!(timeout > 0)) throw new Error("--sveltia-timeout takes seconds, more than 0");
    await benchDesk(n, { cms: cms as Array<"decap" | "sveltia">, sveltiaTimeout: timeout });
    return;
  }
  if (values.deploy) {
    const corpus = values.corpus ?? generatedCorpus(n);
    const build = async (content: string, output: string, epoch: number): Promise<number> => {
      const result = await run([BUILD, "--content", content, "--output", output], { SOURCE_DATE_EPOCH: String(epoch) });
      if (result.code !== 0) throw new Error(`the build failed:\n${result.stderr.slice(-3000)}`);
      return result.seconds;
    };
    const { benchDeploy } = await import("../bench/deploy.js");
    await benchDeploy(path.join(os.tmpdir(), `news-bench-deploy-${n}`), corpus, Number(SOURCE_DATE_EPOCH), build, (line) => process.stdout.write(`${line}\n`), { planOnly: values["plan-only"], reuse: values.reuse });
    return;
  }
  const work = values.languages ? languageWork(n, values.languages.split(","), values.corpus) : generatedWork(n);
  const content = path.join(work, "content");
  const output = path.join(work, "_site");
  fs.rmSync(output, { recursive: true, force: true });
  // A clean build: no cache of an earlier run.
  fs.rmSync(path.join(work, ".cache"), { recursive: true, force: true });
  if (values.publish) {
    await benchPublish(work, content);
    return;
  }
  if (values.preview) {
    const article = walkFiles(path.join(content, "articles"), { filter: (f) => f.endsWith(".md") })[0] as string;
    const file = path.join(content, "articles", article);
    const date = /^date: (\d{4})-(\d{2})-(\d{2})/m.exec(fs.readFileSync(file, "utf8"));
    const url = `/${date?.[1]}/${date?.[2]}/${date?.[3]}/${path.basename(article, ".md")}/`;
    const times = await timePreviewEdits({ root: ROOT, contentDir: content, outputDir: path.join(work, "_preview"), article: file, url, edits: 5, env: { SOURCE_DATE_EPOCH } });
    fs.rmSync(path.join(work, "_preview"), { recursive: true, force: true });
    printPreview(`${n.toLocaleString("en-US")} articles`, times);
    return;
  }
  if (values["desk-local"]) {
    // The desk's whole-archive list over decap-server (the local backend), as measured before the
    // per-year collections: one request for every file, drawn in one list.
    const { benchDesk: benchLocal } = await import("../bench/desk.js");
    const rounds = await benchLocal(work, content, 3, (line) => process.stdout.write(`${line}\n`));
    fs.rmSync(path.join(work, "_desk"), { recursive: true, force: true });
    const cell = (xs: number[]): string => xs.map((x) => `${x.toFixed(2)} s`).join(", ");
    process.stdout.write(`\n| measure | value |\n| --- | --- |\n| articles | ${n.toLocaleString("en-US")} |\n| article list shown (three fresh contexts) | ${cell(rounds.map((r) => r.shown))} |\n| stories drawn | ${rounds[0]?.entries ?? 0} |\n| grouped by year, after | ${cell(rounds.map((r) => r.grouped))} |\n`);
    return;
  }

  process.stdout.write("Clean build ...\n");
  const build = await run([BUILD, "--content", content, "--output", output]);
  if (build.code !== 0) throw new Error(`the build failed:\n${build.stderr.slice(-3000)}`);
  process.stdout.write(build.stdout.split("\n").filter((l) => l.startsWith("  ")).join("\n") + "\n");
  const peak = /peak memory (\d+) MB/.exec(build.stdout)?.[1] ?? "?";
  const tree = walk(output);
  const indexer = [...build.peaks].filter(([name]) => name.startsWith("pagefind")).reduce<number | undefined>((m, [, kb]) => Math.max(m ?? 0, kb), undefined);

  let edit: number | undefined;
  if (!values["no-watch"]) {
    process.stdout.write("Watch mode: one article edited ...\n");
    const article = walkFiles(path.join(content, "articles"), { filter: (f) => f.endsWith(".md") })[0] as string;
    const articleFile = path.join(content, "articles", article);
    const date = /^date: (\d{4})-(\d{2})-(\d{2})/m.exec(fs.readFileSync(articleFile, "utf8"));
    const page = path.join(work, "_watch", date?.[1] ?? "", date?.[2] ?? "", date?.[3] ?? "", path.basename(article, ".md"), "index.html");
    edit = await timeWatchEdit(content, path.join(work, "_watch"), articleFile, page);
    fs.rmSync(path.join(work, "_watch"), { recursive: true, force: true });
  }

  const fmt = (x: number): string => x.toLocaleString("en-US");
  const rows = [
    ["articles", fmt(n)],
    ["pages written (HTML)", fmt(tree.pages)],
    ["files written", fmt(tree.files)],
    ["wall time, clean build", `${build.seconds.toFixed(2)} s`],
    ["pages per second", fmt(Math.round(tree.pages / build.seconds))],
    ["peak RSS (build process)", `${peak} MB`],
    ["peak RSS (search indexer)", indexer === undefined ? "not measured" : `${(indexer / 1024).toFixed(0)} MB`],
    ["output size", `${(tree.bytes / 1024 / 1024).toFixed(0)} MB`],
    ["saved edit to updated page (watch)", edit === undefined ? (values["no-watch"] ? "not measured" : "did not appear") : `${edit.toFixed(2)} s`],
  ];
  process.stdout.write(`\n| measure | value |\n| --- | --- |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join("\n")}\n`);
  if (!values.keep) fs.rmSync(output, { recursive: true, force: true });
}

/**
 * `search-az`: ten inflected Azerbaijani queries over the search fixture's stories, searched in Chromium
 * with the index made without stemming (`az`) and with Turkish stemming (`tr`), the relevant stories
 * found and the wrong ones per query.
 */
async function benchSearchAzerbaijani(): Promise<void> {
  const { readSearchCorpus, searchCorpus } = await import("../bench/search-stemming.js");
  const { scoreSearch } = await import("../bench/search-score.js");
  const corpus = readSearchCorpus(path.join(ROOT, "tests", "fixtures", "search-az", "corpus.json"));
  const scores = [];
  for (const lang of ["az", "tr"]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `news-search-${lang}-`));
    try {
      scores.push(scoreSearch(corpus.queries, await searchCorpus(corpus, lang, "az", dir)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const [plain, turkish] = scores as [ReturnType<typeof scoreSearch>, ReturnType<typeof scoreSearch>];
  const cell = (q: { found: number; relevant: number; wrong: number }): string => `${q.found}/${q.relevant}${q.wrong ? `, ${q.wrong} wrong` : ""}`;
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  process.stdout.write(
    `| query | az (no stemming) | tr (Turkish stemming) |\n| --- | --- | --- |\n${plain.queries
      .map((q, i) => `| ${q.query} | ${cell(q)} | ${cell(turkish.queries[i] as typeof q)} |`)
      .join("\n")}\n| all ten | ${cell(plain)}: recall ${pct(plain.recall)}, precision ${pct(plain.precision)} | ${cell(turkish)}: recall ${pct(turkish.recall)}, precision ${pct(turkish.precision)} |\n`,
  );
}

/**
 * `--desk`: the desk over GitHub's API, emulated locally over the corpus as a git repository: the
 * first opening on a cold browser and an older year's collection, each with its API calls, time to
 * the first story drawn and the tab's JavaScript heap.
 */
async function benchDesk(n: number, options: DeskBenchOptions): Promise<void> {
  const { benchDeskGitHub } = await import("../bench/desk-github.js");
  const rows = await benchDeskGitHub(n, 2016, (line) => process.stdout.write(`${line}\n`), options);
  const fmt = (x: number): string => x.toLocaleString("en-US");
  process.stdout.write(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(", ")} (${os.cpus().length} cores)\n`);
  process.stdout.write(
    `\n| ${fmt(n)} articles | REST requests | GraphQL requests | not emulated | first story drawn | stories drawn | JS heap |\n| --- | --- | --- | --- | --- | --- | --- |\n${rows
      .map((r) => `| ${r.what} | ${fmt(r.rest)} | ${fmt(r.graphql)} | ${r.notEmulated} | ${r.seconds.toFixed(2)} s | ${r.drawn} | ${r.heapMB.toFixed(1)} MB |`)
      .join("\n")}\n`,
  );
}

/** One timed build of the publish bench, and how the output changed. */
interface PublishRow {
  readonly name: string;
  readonly seconds: number;
  readonly change: TreeChange;
  readonly identical: boolean;
  readonly note: string;
}

/**
 * `--publish`: a clean build that keeps its cache, then cached builds of the changes a newsroom
 * makes all day, each timed, each with the files of the output that appeared, changed or
 * disappeared, and each compared byte for byte with a clean build of the same tree and date.
 */
async function benchPublish(work: string, corpus: string): Promise<void> {
  // The corpus stays as generated: the bench changes a copy.
  const content = path.join(work, "publish", "content");
  const output = path.join(work, "publish", "_site");
  const clean = path.join(work, "publish", "_clean");
  fs.rmSync(path.join(work, "publish"), { recursive: true, force: true });
  fs.cpSync(corpus, content, { recursive: true });
  const epoch = Number(SOURCE_DATE_EPOCH);

  process.stdout.write("Clean build (keeps its cache) ...\n");
  const first = await run([BUILD, "--content", content, "--output", output], {});
  if (first.code !== 0) throw new Error(`the build failed:\n${first.stderr.slice(-3000)}`);
  process.stdout.write(first.stdout.split("\n").filter((l) => l.startsWith("  ")).join("\n") + "\n");
  const rows: PublishRow[] = [];
  const { newest, older } = pickArticles(content);
  const original = fs.readFileSync(older, "utf8");

  const step = async (name: string, change: () => void, at = epoch): Promise<void> => {
    change();
    const before = treeHashes(output);
    process.stdout.write(`${name} ...\n`);
    const cached = await run([BUILD, "--content", content, "--output", output], { SOURCE_DATE_EPOCH: String(at) });
    if (cached.code !== 0) throw new Error(`the cached build failed:\n${cached.stderr.slice(-3000)}`);
    const after = treeHashes(output);
    fs.rmSync(clean, { recursive: true, force: true });
    const reference = await run([BUILD, "--content", content, "--output", clean, "--no-cache"], { SOURCE_DATE_EPOCH: String(at) });
    if (reference.code !== 0) throw new Error(`the clean build failed:\n${reference.stderr.slice(-3000)}`);
    const note = cached.stdout.split("\n").find((l) => l.includes("full build:"))?.trim() ?? "";
    rows.push({ name, seconds: cached.seconds, change: treeChange(before, after), identical: sameTree(after, treeHashes(clean)), note });
    process.stdout.write(`${cached.stdout.split("\n").filter((l) => l.startsWith("  ")).join("\n")}\n`);
  };
  await step("one new article", () => void publishArticle(newest, epoch, 1));
  await step("one body edit", () => fs.writeFileSync(older, `${original.trimEnd()}\n\nA paragraph added by the bench.\n`));
  await step("one headline fix", () => fs.writeFileSync(older, fs.readFileSync(older, "utf8").replace(/^title: .*$/m, 'title: "A headline fixed by the bench"')));
  await step("nothing changed", () => undefined);
  await step("a new day, no new story", () => undefined, epoch + 86_400);
  fs.rmSync(clean, { recursive: true, force: true });

  const fmt = (x: number): string => x.toLocaleString("en-US");
  const outside = (files: readonly string[]): number => files.filter((f) => !f.startsWith("pagefind/")).length;
  const lines = [
    `| build | wall | vs clean | appeared | changed | disappeared | of which outside /pagefind/ | same bytes as a clean build |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- |`,
    `| clean build, ${/Built ([\d,]+) articles/.exec(first.stdout)?.[1] ?? "?"} articles | ${first.seconds.toFixed(2)} s | 1.00x | | | | | |`,
    ...rows.map((r) => {
      const all = [...r.change.appeared, ...r.change.changed, ...r.change.disappeared];
      return `| ${r.name}${r.note ? ` (${r.note})` : ""} | ${r.seconds.toFixed(2)} s | ${(r.seconds / first.seconds).toFixed(3)}x | ${fmt(r.change.appeared.length)} | ${fmt(r.change.changed.length)} | ${fmt(r.change.disappeared.length)} | ${fmt(outside(all))} | ${r.identical ? "yes" : "NO"} |`;
    }),
  ];
  process.stdout.write(`\n${lines.join("\n")}\n`);
  if (rows.some((r) => !r.identical)) process.exitCode = 1;
}

/** The preview figures: each edit's time, and their median. */
function printPreview(site: string, times: readonly number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  process.stdout.write(`\n| site | headline edit to served page, each | median |\n| --- | --- | --- |\n| ${site} | ${times.map((t) => `${t.toFixed(2)} s`).join(", ")} | ${median.toFixed(2)} s |\n`);
}

/** `sample --preview`: the live-preview timing on a copy of the sample site, in a temporary folder. */
async function benchPreviewSample(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "news-bench-preview-"));
  try {
    const content = path.join(work, "content");
    fs.cpSync(path.join(ROOT, "content"), content, { recursive: true });
    const article = path.join(content, "articles", "2015", "10", "caspian-seal-survey-finds-population-pressure.md");
    const times = await timePreviewEdits({
      root: ROOT,
      contentDir: content,
      outputDir: path.join(work, "_site"),
      article,
      url: "/2015/10/12/caspian-seal-survey-finds-population-pressure/",
      edits: 5,
      env: { SOURCE_DATE_EPOCH: "1794916800" },
    });
    printPreview("the sample", times);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
