/**
 * The build cache kept between runs: what the last build read and wrote, beside the output it
 * describes, so that the next build reads only the content files that changed, renders only the
 * pages whose inputs changed, re-indexes only the search bundles whose stories changed, and writes
 * only the files whose bytes changed. Nothing in it is trusted by modification time: files are
 * compared by content hash, so a cache restored into a fresh checkout (CI) works as well as a local one.
 *
 * A cache is used only when it can be proved to describe the output as it stands; otherwise the
 * build is a full one and says why, in one line:
 * - no cache yet, or one from another version of the code, or from other build options;
 * - a cache that is corrupt or half-written (its checksum fails);
 * - a previous build that stopped while writing the output (its journal is still there);
 * - an output folder that is not the one the cache describes (its manifest, or a file's size, differs);
 * - a cache folder that cannot be written (the build is full and the cache is not saved).
 */
import fs from "node:fs";
import path from "node:path";
import { manifestText, readManifest, MANIFEST_FILE, type ManifestEntry } from "../deploy/index.js";
import { listFiles } from "../files/index.js";
import { sha256 } from "../hash/index.js";
import { applyChanges } from "./apply.js";
import { CachedArticles } from "./articles.js";
import { BodyPack } from "./bodies.js";
import { knownUnchanged, type SourceChanges, type SourceMark } from "./sources.js";
import { readState, STATE_FORMAT, StateUnusable, writeState, writeVersion, type BuildState } from "./state.js";
import { forgetLastBuild, readLastBuild, writeLastBuild, type LastBuild } from "./last-build.js";

/** Where a build's cache is, for which output, and the options that shaped that output as one key. */
export interface CachePlace {
  /** The cache folder, or `false` for no cache (`--no-cache`). */
  readonly dir: string | false;
  readonly outputDir: string;
  /** The build options that shape the output: a cache saved with others is not used. */
  readonly settings: string;
}

/** The cache as a build found it. */
export interface OpenedCache {
  readonly dir: string;
  /** The last build's state and the output's files, when the cache describes the output as it stands. */
  readonly previous?: { readonly state: BuildState; readonly files: ReadonlyMap<string, ManifestEntry> };
  /** Why this build is a full one, when it is. */
  readonly reason?: string;
  /** Whether the cache can be saved at the end; without a cache folder to write, nothing is kept. */
  readonly writable: boolean;
  readonly articles?: CachedArticles;
  readonly pack?: BodyPack;
  /** What git says changed since the last build, and this build's mark (see `sources.ts`). */
  readonly sources: SourceChanges;
}

const STATE = "state.bin";
const PACK = "bodies.pack";
/** A full build's new pack, put in the old one's place only when its state is saved. */
const NEW_PACK = "bodies.pack.new";
export const JOURNAL = "journal.json";

/**
 * Whether `dir` can be written, or made and written: nothing is created here, so that a build that
 * fails leaves no cache folder behind. The nearest folder that exists must be a folder we may write.
 */
function writableDir(dir: string): boolean {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    try {
      const stat = fs.statSync(at);
      if (!stat.isDirectory()) return false;
      fs.accessSync(at, fs.constants.W_OK);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT") return false;
      if (path.dirname(at) === at) return false;
    }
  }
}

/**
 * Why the output does not match the manifest a build saved (its hash in `state`), or nothing when it
 * does: the manifest is the one the build wrote, and every file it lists is there with its size.
 */
export function outputMismatch(outputDir: string, state: Pick<BuildState, "manifest">): { reason?: string; files?: Map<string, ManifestEntry> } {
  const file = path.join(outputDir, MANIFEST_FILE);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return { reason: `${outputDir}/ has no ${MANIFEST_FILE}` };
  }
  if (sha256(bytes, "base64url") !== state.manifest) return { reason: `${outputDir}/ is not the output this cache was saved with` };
  const files = new Map(readManifest(file).files.map((f) => [f.path, f]));
  for (const entry of files.values()) {
    let size: number;
    try {
      size = fs.statSync(path.join(outputDir, entry.path)).size;
    } catch {
      return { reason: `${outputDir}/${entry.path} is missing` };
    }
    if (size !== entry.size) return { reason: `${outputDir}/${entry.path} changed since the last build` };
  }
  return { files };
}

/**
 * Opens the cache of `place.outputDir` for a build run by `code` (see `codeVersion`). `sources`
 * asks git what changed since a build's mark (see `sourceChanges`).
 */
export function openCache(place: CachePlace, code: string, zone: () => string, sources: (since: SourceMark | undefined) => SourceChanges): OpenedCache {
  const dir = place.dir === false ? "" : place.dir;
  const full = (reason: string, writable: boolean): OpenedCache => {
    const fresh = sources(undefined);
    if (!writable) return { dir, reason, writable, sources: fresh };
    const pack = new BodyPack(path.join(dir, NEW_PACK), true);
    return { dir, reason, writable, articles: new CachedArticles(new Map(), pack, ""), pack, sources: fresh };
  };
  if (place.dir === false) return full("no build cache (--no-cache)", false);
  if (!writableDir(dir)) return full(`the cache folder ${dir}/ cannot be written: the cache is not saved`, false);
  if (fs.existsSync(path.join(dir, JOURNAL))) return full("the last build stopped while it was writing the output", true);
  let state: BuildState;
  try {
    state = readState(path.join(dir, STATE));
  } catch (error) {
    if (error instanceof StateUnusable) return full(error.message, true);
    throw error;
  }
  if (state.code !== code) return full("the code changed since the cache was saved (src/, package-lock.json or Node)", true);
  if (state.settings !== place.settings) return full("the cache was saved by a build with other options", true);
  if (!fs.existsSync(path.join(dir, PACK))) return full("the cache has lost its article bodies", true);
  if (fs.statSync(path.join(dir, PACK)).size !== state.packBytes) return full("the cache's article bodies are not the ones its state was saved with", true);
  const { reason, files } = outputMismatch(place.outputDir, state);
  if (reason || !files) return full(reason ?? "the output does not match the cache", true);
  const pack = new BodyPack(path.join(dir, PACK), false);
  const changes = sources(state.sources);
  const known = (file: string): boolean => knownUnchanged(changes, file);
  return { dir, previous: { state, files }, writable: true, articles: new CachedArticles(state.articles, pack, zone(), known), pack, sources: changes };
}

/**
 * The last build, when this one would make the same output and can stop at once: the same code and
 * options; the output as that build left it (no journal, its manifest, every file there); nothing
 * under the source folders changed since its commit, as git says; and this build's instant between
 * that build's and the next change it foresaw. Nothing is read of the content to decide it.
 */
export function unchangedBuild(place: CachePlace, code: string, instantMs: number, sources: (since: SourceMark | undefined) => SourceChanges): LastBuild | undefined {
  if (place.dir === false || fs.existsSync(path.join(place.dir, JOURNAL))) return undefined;
  const last = readLastBuild(place.dir);
  if (!last || last.code !== code || last.settings !== place.settings) return undefined;
  if (instantMs < last.builtMs || (last.nextMs !== undefined && instantMs >= last.nextMs)) return undefined;
  const changes = sources(last.sources);
  if (!changes.changed || changes.changed.size > 0) return undefined;
  return outputMismatch(place.outputDir, last).reason === undefined ? last : undefined;
}

/** What an incremental build changed in its output. */
export interface AppliedChanges {
  readonly files: readonly ManifestEntry[];
  readonly written: number;
  readonly deleted: number;
}

/**
 * The last step of an incremental build: of the files in `staging`, those whose bytes equal the
 * output's are dropped; the manifest is made from the previous one, hashing only the files that
 * changed; then the changes are applied to the output (see `applyChanges`).
 */
export function finishIncremental(staging: string, outputDir: string, cache: OpenedCache, expected: ReadonlySet<string>): AppliedChanges {
  const previous = cache.previous?.files ?? new Map<string, ManifestEntry>();
  const changed = new Map<string, ManifestEntry>();
  for (const file of listFiles(staging)) {
    const bytes = fs.readFileSync(path.join(staging, file));
    const entry = { path: file, sha256: sha256(bytes), size: bytes.length };
    if (previous.get(file)?.sha256 === entry.sha256) fs.rmSync(path.join(staging, file));
    else changed.set(file, entry);
  }
  const files: ManifestEntry[] = [];
  for (const file of [...expected].filter((f) => f !== MANIFEST_FILE).sort()) {
    const entry = changed.get(file) ?? previous.get(file);
    if (!entry) throw new Error(`the build expected ${file} but neither wrote it nor had it`);
    files.push(entry);
  }
  const stray = [...changed.keys()].filter((f) => !expected.has(f));
  if (stray.length > 0) throw new Error(`the build wrote files it did not expect: ${stray.slice(0, 5).join(", ")}`);
  const manifest = manifestText(files);
  const oldManifest = fs.existsSync(path.join(outputDir, MANIFEST_FILE)) ? fs.readFileSync(path.join(outputDir, MANIFEST_FILE), "utf8") : "";
  const writes = [...changed.keys()];
  if (manifest !== oldManifest) {
    fs.writeFileSync(path.join(staging, MANIFEST_FILE), manifest);
    writes.push(MANIFEST_FILE);
  }
  const deletes = [...previous.keys()].filter((f) => !expected.has(f));
  applyChanges(staging, outputDir, { writes, deletes }, path.join(cache.dir || path.dirname(staging), JOURNAL));
  return { files, written: writes.length, deleted: deletes.length };
}

/** Saves the state of a finished build, so the next one can use it. */
export function saveCache(cache: OpenedCache, place: CachePlace, code: string, parts: Pick<BuildState, "pages" | "bundles" | "eleventy" | "dates">, last: Pick<LastBuild, "code" | "builtMs" | "nextMs" | "articles" | "files">): void {
  if (!cache.writable || !cache.pack || !cache.articles) return;
  fs.mkdirSync(cache.dir, { recursive: true });
  cache.pack.flush();
  cache.pack.close();
  // A full build's pack takes the old one's place now, with the state that describes it.
  if (!cache.previous) {
    if (!fs.existsSync(path.join(cache.dir, NEW_PACK))) fs.writeFileSync(path.join(cache.dir, NEW_PACK), "");
    fs.renameSync(path.join(cache.dir, NEW_PACK), path.join(cache.dir, PACK));
  }
  const manifest = sha256(fs.readFileSync(path.join(place.outputDir, MANIFEST_FILE)), "base64url");
  const sources = cache.sources.mark;
  writeVersion(cache.dir, code);
  writeState(path.join(cache.dir, STATE), {
    format: STATE_FORMAT,
    code,
    settings: place.settings,
    manifest,
    articles: cache.articles.entries,
    pages: parts.pages,
    bundles: parts.bundles,
    eleventy: parts.eleventy,
    dates: parts.dates,
    liveBodyBytes: cache.articles.liveBytes,
    packBytes: cache.pack.size,
    ...(sources ? { sources } : {}),
  });
  // Last, so that it never describes a build whose state was not saved.
  if (sources) writeLastBuild(cache.dir, { ...last, settings: place.settings, manifest, sources });
}

/**
 * Removes the state and any journal: the output is about to be replaced whole (a full build's swap),
 * after which only the state this build saves describes it.
 */
export function forgetState(cache: OpenedCache): void {
  if (!cache.writable) return;
  forgetLastBuild(cache.dir);
  fs.rmSync(path.join(cache.dir, STATE), { force: true });
  fs.rmSync(path.join(cache.dir, JOURNAL), { force: true });
}

/** Removes the state of the cache in `dir`, so that no build trusts it (see `watch.ts`). */
export function forgetCache(dir: string): void {
  forgetLastBuild(dir);
  fs.rmSync(path.join(dir, STATE), { force: true });
  fs.rmSync(path.join(dir, "version.json"), { force: true });
}
