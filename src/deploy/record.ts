/**
 * The deploy record: a small JSON file kept between CI runs (its own cache entry, apart from the
 * build cache) that says what is live and how the last attempt went. `npm run due` decides from it
 * alone, so a scheduled run never has to restore the archive to learn that nothing is due.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/** What a change due with no new commit is: a story's embargo lifting, a story leaving the news sitemap, a pick or a breaking line (any language's) expiring. The build writes it (see src/pipeline/schedule.ts), the deploy loop reads it. */
export type ChangeKind = "embargo" | "news-sitemap" | "pick" | "breaking";

/** The file `npm run due` and `npm run record` read and write, unless `DEPLOY_RECORD` names another. */
export const RECORD_FILE = ".deploy-record.json";

/** The record's layout; a record of another format is treated as unreadable. */
export const RECORD_FORMAT = 1;

/** The next instant a deployed build changes by itself (from the build's `next-change.json`). */
export interface ScheduledChange {
  /** Seconds since 1970. */
  readonly epoch: number;
  /** The same instant, ISO 8601 in UTC. */
  readonly at: string;
  readonly reason: string;
  readonly kind: ChangeKind | "change";
}

/**
 * What a deployed build will do by itself: change at an instant, nothing (`"none"`), or not known
 * (`"unknown"`: the build left no `next-change.json`, so the next run builds to learn it).
 */
export type NextOfBuild = ScheduledChange | "none" | "unknown";

/** One build that went live. */
export interface DeployedBuild {
  readonly commit: string;
  /** SHA-256 (hex) of the `manifest.json` that was deployed. */
  readonly manifestSha256: string;
  /** The instant the build stood for (its `SOURCE_DATE_EPOCH`), seconds since 1970, when known. */
  readonly builtFor?: number;
  readonly next: NextOfBuild;
  /** When it went live, ISO 8601. */
  readonly at: string;
}

/** What the last run tried and how it ended. */
export interface Attempt {
  readonly action: "deploy" | "rollback";
  readonly outcome: "success" | "failure";
  readonly commit: string;
  /** When it ended, ISO 8601. */
  readonly at: string;
}

/** The whole record. */
export interface DeployRecord {
  readonly format: typeof RECORD_FORMAT;
  /** What is live now; absent until a first deploy succeeds. */
  readonly deployed?: DeployedBuild;
  /** What was live before it: where a rollback goes back to. */
  readonly previous?: DeployedBuild;
  readonly attempt: Attempt;
  /**
   * The commit whose deploy was rolled back: the schedule does not build it again (not even for an
   * embargo), until a new commit or a manual run.
   */
  readonly held?: string;
}

const COMMIT = z.string().regex(/^[0-9a-f]{7,64}$/, "a commit id (hex)");
const ISO = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "an ISO 8601 time");
const CHANGE = z.strictObject({
  epoch: z.number().int().nonnegative(),
  at: ISO,
  reason: z.string(),
  kind: z.enum(["embargo", "news-sitemap", "pick", "breaking", "change"]),
});
const BUILD = z.strictObject({
  commit: COMMIT,
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 in hex"),
  builtFor: z.number().int().nonnegative().optional(),
  next: z.union([CHANGE, z.literal("none"), z.literal("unknown")]),
  at: ISO,
});
const RECORD = z.strictObject({
  format: z.literal(RECORD_FORMAT),
  deployed: BUILD.optional(),
  previous: BUILD.optional(),
  attempt: z.strictObject({ action: z.enum(["deploy", "rollback"]), outcome: z.enum(["success", "failure"]), commit: COMMIT, at: ISO }),
  held: COMMIT.optional(),
});

/** A record that cannot be used, with the file and what is wrong with it. */
export class RecordUnreadable extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file} is not a deploy record this version can read: ${problem}`);
  }
}

/** Checks a record's text; throws {@link RecordUnreadable} naming the file and the first problems. */
export function parseRecord(text: string, file: string): DeployRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new RecordUnreadable(file, `it is not JSON (${(error as Error).message})`);
  }
  const parsed = RECORD.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "the file"}: ${i.message}`);
    throw new RecordUnreadable(file, problems.join("; "));
  }
  return parsed.data as DeployRecord;
}

/** What reading the record found. */
export type RecordState = { readonly kind: "missing" } | { readonly kind: "found"; readonly record: DeployRecord } | { readonly kind: "unreadable"; readonly problem: string };

/** Reads the record file; a missing file is no record, a bad one is `unreadable` with the reason. */
export function readRecord(file: string): RecordState {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    return { kind: "unreadable", problem: `${file} cannot be read: ${(error as Error).message}` };
  }
  try {
    return { kind: "found", record: parseRecord(text, file) };
  } catch (error) {
    return { kind: "unreadable", problem: (error as Error).message };
  }
}

/** Writes the record whole or not at all (a temporary file renamed over it). */
export function writeRecord(file: string, record: DeployRecord): void {
  const valid = parseRecord(JSON.stringify(record), file);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(valid, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

/** The `next-change.json` a build wrote, as the record keeps it. */
export function scheduledChangeOf(next: { readonly epoch?: number; readonly at?: string; readonly reason?: string; readonly kind?: ChangeKind }): NextOfBuild {
  if (next.epoch === undefined) return "none";
  return { epoch: next.epoch, at: next.at ?? new Date(next.epoch * 1000).toISOString(), reason: next.reason ?? "a scheduled change", kind: next.kind ?? "change" };
}

/** One finished attempt, as `npm run record` reports it. */
export type AttemptReport =
  | { readonly action: "deploy"; readonly outcome: "success"; readonly commit: string; readonly at: string; readonly build: Omit<DeployedBuild, "commit" | "at"> }
  | { readonly action: "deploy" | "rollback"; readonly outcome: "failure"; readonly commit: string; readonly at: string }
  | { readonly action: "rollback"; readonly outcome: "success"; readonly commit: string; readonly at: string };

/**
 * The record after an attempt. A failure keeps every field of the last good deploy and notes only
 * the attempt. A deploy moves the live build to `previous`; a rollback brings `previous` back and
 * holds the commit it took down, so the schedule does not put it up again.
 * @example recordAttempt(undefined, { action: "deploy", outcome: "failure", commit, at }).deployed // undefined
 */
export function recordAttempt(before: DeployRecord | undefined, report: AttemptReport): DeployRecord {
  const attempt: Attempt = { action: report.action, outcome: report.outcome, commit: report.commit, at: report.at };
  const keep = {
    ...(before?.deployed ? { deployed: before.deployed } : {}),
    ...(before?.previous ? { previous: before.previous } : {}),
    ...(before?.held ? { held: before.held } : {}),
  };
  if (report.outcome === "failure") return { format: RECORD_FORMAT, ...keep, attempt };
  if (report.action === "deploy") {
    const deployed: DeployedBuild = { commit: report.commit, at: report.at, ...report.build };
    // A redeploy of the same commit (an embargo lifting) keeps what was live before it as the way back.
    const previous = before?.deployed && before.deployed.commit !== report.commit ? before.deployed : before?.previous;
    return { format: RECORD_FORMAT, deployed, ...(previous ? { previous } : {}), attempt };
  }
  const held = before?.deployed?.commit;
  return { format: RECORD_FORMAT, ...(before?.previous ? { deployed: before.previous } : {}), attempt, ...(held ? { held } : {}) };
}
