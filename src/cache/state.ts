import { sha256Bytes } from "../hash/index.js";
import fs from "node:fs";
import path from "node:path";
import type { DateView } from "../collections/index.js";
import type { ImageRequest, Problem, TransferArticle } from "../content/index.js";
import type { BodyRef } from "./bodies.js";
import type { SourceMark } from "./sources.js";

/** Bumped when the state's shape changes. */
export const STATE_FORMAT = 7;
const MAGIC = Buffer.from("NEWSBC02");

/** One article file as the last build read it. */
export interface CachedArticle {
  /** The file's content hash. */
  readonly hash: string;
  /** What reading it depended on besides the file (zone, sections, author ids). */
  readonly context: string;
  /** Its images, each with the content hash it had (or `missing`). */
  readonly deps: ReadonlyArray<readonly [file: string, hash: string]>;
  /** The article without its body, whose place in the body pack is `body`. */
  readonly article?: Omit<TransferArticle, "html">;
  readonly body?: BodyRef;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly pictures: readonly ImageRequest[];
}

/** One search bundle as the last build wrote it. */
export interface CachedBundle {
  /** What its records were made from. */
  readonly key: string;
  /** Its files, relative to the output folder. */
  readonly files: readonly string[];
}

/** What a build leaves for the next one, beside the output it describes. */
export interface BuildState {
  readonly format: number;
  /** The code that made it (`codeVersion`). */
  readonly code: string;
  /** The options that shape the output (preview, bundle size, folders). */
  readonly settings: string;
  /** The content hash of the output's `manifest.json`: the output this state describes. */
  readonly manifest: string;
  /** Article files by path. */
  readonly articles: ReadonlyMap<string, CachedArticle>;
  /** The key of every page the page writer wrote, by output file. */
  readonly pages: ReadonlyMap<string, string>;
  /** Search bundles by folder URL. */
  readonly bundles: ReadonlyMap<string, CachedBundle>;
  /** The dates the last build formatted, by instant and zone: formatting is most of a view's cost. */
  readonly dates: ReadonlyMap<string, DateView>;
  /** What Eleventy's pages showed, and the files Eleventy wrote (assets included). */
  readonly eleventy: { readonly key: string; readonly files: readonly string[] };
  /** Bytes of the body pack that live articles use. */
  readonly liveBodyBytes: number;
  /** The body pack's size: a pack of another size is not the one this state was saved with. */
  readonly packBytes: number;
  /** The commit the content was read at and the files that differed from it, when git could tell. */
  readonly sources?: SourceMark;
}

/** Why a saved state cannot be used, as one line for the build's output. */
export class StateUnusable extends Error {
  override readonly name = "StateUnusable";
}

/**
 * Reads a state written by {@link writeState}. Throws {@link StateUnusable} when the file is
 * missing, cut short, altered or of another format.
 */
export function readState(file: string): BuildState {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new StateUnusable("no build cache yet");
  }
  const head = MAGIC.length;
  if (bytes.length < head + 32 || !bytes.subarray(0, head).equals(MAGIC)) throw new StateUnusable("the build cache is not one this build can read");
  const payload = bytes.subarray(head + 32);
  if (!sha256Bytes(payload).equals(bytes.subarray(head, head + 32))) {
    throw new StateUnusable("the build cache is corrupt or half-written");
  }
  let state: BuildState;
  try {
    state = decodeState(payload.toString("utf8"));
  } catch {
    throw new StateUnusable("the build cache is corrupt");
  }
  if (state.format !== STATE_FORMAT) throw new StateUnusable("the build cache has another format");
  return state;
}

/** The state's maps, each written as lines of entries. */
const MAPS = ["articles", "pages", "bundles", "dates"] as const;
type MapName = (typeof MAPS)[number];
/** Entries per line: no line comes near the longest string a JavaScript engine can make. */
const PER_LINE = 4096;

/**
 * The state as text: one line of JSON with its plain fields, then its maps, each as lines of
 * `[name, [[key, value], ...]]`. JSON, because parsing it is two to three times faster than
 * deserialising the same objects with `v8` (measured on a 100,000-article state: 1.2 s against
 * 3.2 s for the articles); lines, so that no single string holds the whole state.
 */
function encodeState(state: BuildState): string {
  const plain: Record<string, unknown> = { ...state };
  for (const name of MAPS) delete plain[name];
  const lines = [JSON.stringify(plain)];
  for (const name of MAPS) {
    const entries = [...state[name]];
    for (let at = 0; at < entries.length; at += PER_LINE) lines.push(JSON.stringify([name, entries.slice(at, at + PER_LINE)]));
  }
  return lines.join("\n");
}

function decodeState(text: string): BuildState {
  const lines = text.split("\n");
  const plain = JSON.parse(lines[0] ?? "") as Record<string, unknown>;
  const maps = new Map<MapName, Array<[string, unknown]>>(MAPS.map((name) => [name, []]));
  for (const line of lines.slice(1)) {
    const [name, entries] = JSON.parse(line) as [MapName, Array<[string, unknown]>];
    const into = maps.get(name);
    if (!into) throw new Error(`unknown part ${String(name)}`);
    for (const entry of entries) into.push(entry);
  }
  return { ...plain, ...Object.fromEntries(MAPS.map((name) => [name, new Map(maps.get(name))])) } as unknown as BuildState;
}

/** Writes the state so that a reader sees the old one or the new one whole, never a part. */
export function writeState(file: string, state: BuildState): void {
  const payload = Buffer.from(encodeState(state), "utf8");
  const digest = sha256Bytes(payload);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(temporary, Buffer.concat([MAGIC, digest, payload]));
  fs.renameSync(temporary, file);
}

/** The state's format and code version, small enough to read before deciding how to run a build. */
const VERSION = "version.json";

/** Writes the version file beside the state. */
export function writeVersion(dir: string, code: string): void {
  fs.writeFileSync(path.join(dir, VERSION), `${JSON.stringify({ format: STATE_FORMAT, code })}\n`);
}

/**
 * Whether the cache in `dir` was saved by this code in this format, from its small version file:
 * the build command runs a build that will likely use it in its own process, and any other in a
 * process with a heap sized to a full build.
 */
export function cacheMatchesCode(dir: string, code: string): boolean {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(dir, VERSION), "utf8")) as { format?: number; code?: string };
    return saved.format === STATE_FORMAT && saved.code === code && fs.existsSync(path.join(dir, "state.bin"));
  } catch {
    return false;
  }
}
