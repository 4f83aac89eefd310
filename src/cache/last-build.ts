import fs from "node:fs";
import path from "node:path";
import type { SourceMark } from "./sources.js";
import { STATE_FORMAT } from "./state.js";

/**
 * What the last build was made from, in a small file beside the cache's state: enough for the next
 * build to see, before it reads anything else, that nothing it would read has changed.
 */
export interface LastBuild {
  readonly format: number;
  /** The code that built (`codeVersion`) with its templates' version, and the options that shaped the output (see `CachePlace`). */
  readonly code: string;
  readonly settings: string;
  /** The hash of the manifest it wrote: the output it describes. */
  readonly manifest: string;
  /** The commit the sources were read at, and the files that differed from it. */
  readonly sources: SourceMark;
  /** The instant the build stood for, in milliseconds since 1970. */
  readonly builtMs: number;
  /** The next instant at which the site changes with no new commit (an embargo's end, say); absent when none is due. */
  readonly nextMs?: number;
  /** What it published, for the report of a build that finds nothing to do. */
  readonly articles: number;
  readonly files: number;
}

const LAST = "last-build.json";

/** Writes the record of a build whose state was just saved in `dir`. */
export function writeLastBuild(dir: string, last: Omit<LastBuild, "format">): void {
  const file = path.join(dir, LAST);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify({ format: STATE_FORMAT, ...last })}\n`);
  fs.renameSync(temporary, file);
}

/** Removes the record: the output or the state is about to change without a new one. */
export function forgetLastBuild(dir: string): void {
  fs.rmSync(path.join(dir, LAST), { force: true });
}

/** The record in `dir`, or nothing when there is none this code can read. */
export function readLastBuild(dir: string): LastBuild | undefined {
  try {
    const last = JSON.parse(fs.readFileSync(path.join(dir, LAST), "utf8")) as Partial<LastBuild>;
    const sources = last.sources;
    const sound = last.format === STATE_FORMAT && typeof last.code === "string" && typeof last.settings === "string" && typeof last.manifest === "string"
      && typeof last.builtMs === "number" && typeof last.articles === "number" && typeof last.files === "number" && (last.nextMs === undefined || typeof last.nextMs === "number")
      && typeof sources?.commit === "string" && Array.isArray(sources.unsure) && sources.unsure.every((u) => Array.isArray(u) && typeof u[0] === "string" && typeof u[1] === "string");
    return sound ? (last as LastBuild) : undefined;
  } catch {
    return undefined;
  }
}
