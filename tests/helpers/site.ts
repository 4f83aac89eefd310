import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import * as cheerio from "cheerio";

const run = promisify(execFile);

/** The project root: every build runs from here, as `npm run build` does. */
export const ROOT = path.resolve(import.meta.dirname, "..", "..");
/** The fixture sites of the tests; no test reads the project's own `content/`, which a newsroom replaces. */
export const FIXTURES = path.join(ROOT, "tests", "fixtures");
/**
 * The test copy of the sample site (`tests/fixtures/sample/content/`): the sample as the project
 * ships it, frozen for the tests, so that `npm test` passes whatever a newsroom keeps in `content/`.
 */
export const SAMPLE = path.join(FIXTURES, "sample", "content");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/** Temporary folders made by this test file, removed after its last test (see `tests/setup.ts`). */
const made: string[] = [];

/** A fresh temporary folder, removed once the test file has run. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `news-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder {@link tempDir} made in this test file. */
export function removeTempDirs(): void {
  // A few retries: a child process that has just stopped may still be closing files in a folder.
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** Copies a fixture's content folder into a temp folder, so a test may change files freely. */
export function copyFixture(name: string): string {
  const dir = tempDir(name);
  fs.cpSync(path.join(FIXTURES, name, "content"), path.join(dir, "content"), { recursive: true });
  return path.join(dir, "content");
}

/** Writes `files` (path relative to `contentDir`, then text) into a content folder. */
export function writeFiles(contentDir: string, files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) {
    const full = path.join(contentDir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
}

export interface BuildRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real build command on a content folder, into `output`. */
export async function buildSite(contentDir: string, output: string, extraArgs: readonly string[] = [], env: Record<string, string> = {}): Promise<BuildRun> {
  try {
    const { stdout, stderr } = await run(TSX, ["src/cli/build.ts", "--content", contentDir, "--output", output, ...extraArgs], {
      cwd: ROOT,
      env: { ...process.env, SOURCE_DATE_EPOCH: "1793491200", ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** Reads and parses one built page: `url` like `/2016/03/03/slug/`. */
export function loadPage(output: string, url: string): cheerio.CheerioAPI {
  const file = url.endsWith("/") ? path.join(output, url, "index.html") : path.join(output, url);
  return cheerio.load(fs.readFileSync(file, "utf8"));
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

/** A map of relative path to file bytes, for byte-for-byte comparisons. */
export function snapshotTree(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

/**
 * The files that differ between two trees of {@link snapshotTree}: missing on either side, or with
 * other bytes. Compared with `Buffer.equals`: a deep equality of hundreds of files' bytes takes
 * minutes on a busy machine.
 */
export function treeDifferences(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => !a.get(n)?.equals(b.get(n) ?? Buffer.alloc(0)) || !b.has(n)).sort();
}

/**
 * The files that differ between two snapshots: missing on either side, or with other bytes. Compared
 * with Buffer.equals: a deep equality walks a large file (the desk's bundle) byte by byte, for minutes.
 */
export function differences(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => !a.has(n) || !b.has(n) || !a.get(n)?.equals(b.get(n) as Buffer)).sort();
}

/** A minimal valid site: site.json and one author, to which a test adds articles. */
export function minimalSite(): string {
  const dir = path.join(tempDir("min"), "content");
  writeFiles(dir, {
    "_data/site.json": JSON.stringify({ name: "Test Site", url: "https://test.example", timezone: "Asia/Baku", defaultSection: "politics" }),
    "authors/amina-test.md": "---\nname: Amina Test\n---\nAmina Test is a reporter.\n",
  });
  return dir;
}

/** The sample's reference date, 17 November 2026 (the day after its newest story), as `SOURCE_DATE_EPOCH`. */
export const SAMPLE_EPOCH = "1794916800";

/**
 * A copy of the sample fixture ({@link SAMPLE}) in a temp folder, with `content/` and `_site/` beside each other;
 * with `picks`, the editors' picks of `tests/fixtures/frontpage.yml` added (the sample has none).
 */
export function sampleCopy(prefix: string, picks = false): { dir: string; content: string; output: string } {
  const dir = tempDir(prefix);
  const content = path.join(dir, "content");
  fs.cpSync(SAMPLE, content, { recursive: true });
  if (picks) fs.copyFileSync(path.join(FIXTURES, "frontpage.yml"), path.join(content, "_data", "frontpage.yml"));
  return { dir, content, output: path.join(dir, "_site") };
}

/**
 * The sample with the editors' picks, built on its reference date while they hold (the derby story
 * leads; the breaking line shows until 21:00 that day). Returns the output folder.
 */
export async function buildSampleWithPicks(prefix: string): Promise<string> {
  const { content, output } = sampleCopy(prefix, true);
  const run = await buildSite(content, output, [], { SOURCE_DATE_EPOCH: SAMPLE_EPOCH });
  if (run.code !== 0) throw new Error(`the sample with picks did not build:\n${run.stderr}`);
  return output;
}

/** 17 November 2016, 12:00 in Baku, as `SOURCE_DATE_EPOCH`: the English and Azerbaijani breaking lines of `tests/fixtures/frontpage-languages.yml` hold, the Russian one has expired. */
export const TRILINGUAL_PICKS_EPOCH = "1479369600";

/** A copy of the trilingual fixture with the editors' picks of `tests/fixtures/frontpage-languages.yml`; returns its content folder. */
export function trilingualWithPicks(): string {
  const content = copyFixture("trilingual");
  fs.copyFileSync(path.join(FIXTURES, "frontpage-languages.yml"), path.join(content, "_data", "frontpage.yml"));
  return content;
}

/** The trilingual fixture with its picks, built on {@link TRILINGUAL_PICKS_EPOCH}. Returns the output folder. */
export async function buildTrilingualWithPicks(prefix: string): Promise<string> {
  const content = trilingualWithPicks();
  const output = path.join(tempDir(prefix), "_site");
  const run = await buildSite(content, output, ["--no-cache"], { SOURCE_DATE_EPOCH: TRILINGUAL_PICKS_EPOCH });
  if (run.code !== 0) throw new Error(`the trilingual fixture with picks did not build:\n${run.stderr}`);
  return output;
}
