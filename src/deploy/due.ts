/**
 * Whether a CI run must build and deploy, from the deploy record, the commit checked out and the
 * clock alone: no archive, no build cache, no content. Pure, so every case is a unit test.
 */
import type { DeployRecord, RecordState, ScheduledChange } from "./record.js";

/** What `npm run due` is given. */
export interface DueInput {
  readonly state: RecordState;
  /** The commit the run checked out. */
  readonly head: string;
  /** Now, in seconds since 1970. */
  readonly now: number;
  /** A person started the run (a manual dispatch): it always builds. */
  readonly manual?: boolean;
}

/** The answer, with its reasons. */
export interface DueDecision {
  readonly due: boolean;
  /** Why it is due, one reason a line; or the one line saying why nothing is. */
  readonly reasons: readonly string[];
  /** The record could not be read: said once, loudly, and the run builds. */
  readonly error?: string;
  /** The commit checked out is not the one live: its checks run before it is deployed. */
  readonly newCommit: boolean;
  /** The commit live now, when the record knows it (what the checks compare against). */
  readonly deployed?: string;
}

const short = (commit: string): string => commit.slice(0, 12);

const CHANGE_WORDS: Readonly<Record<ScheduledChange["kind"], string>> = {
  embargo: "an embargo has lifted",
  "news-sitemap": "a story has left the news sitemap",
  pick: "an editors' pick has expired",
  breaking: "a breaking-news line has expired",
  change: "a scheduled change is due",
};

function decide(record: DeployRecord, head: string, now: number, manual: boolean): DueDecision {
  const live = record.deployed;
  const newCommit = live?.commit !== head;
  const base = { newCommit, ...(live ? { deployed: live.commit } : {}) };
  if (manual) return { ...base, due: true, reasons: ["a manual run: it always builds and deploys"] };
  if (record.held === head) {
    return { ...base, newCommit: false, due: false, reasons: [`the deploy of ${short(head)} was rolled back: nothing is built until a new commit on main or a manual run`] };
  }
  const reasons: string[] = [];
  if (!live) reasons.push("nothing has been deployed yet: the first deploy");
  else if (newCommit) reasons.push(`commit ${short(head)} is not deployed yet (live: ${short(live.commit)})`);
  const attempt = record.attempt;
  if (attempt.outcome === "failure") reasons.push(`the last ${attempt.action} (of ${short(attempt.commit)}, at ${attempt.at}) failed: this run tries again`);
  if (live && live.next === "unknown") reasons.push("the live build left no next-change.json: this build finds the next change");
  if (live && typeof live.next === "object" && live.next.epoch <= now) reasons.push(`${CHANGE_WORDS[live.next.kind]}: ${live.next.reason} (at ${live.next.at})`);
  if (reasons.length > 0) return { ...base, due: true, reasons };
  const next = live && typeof live.next === "object" ? `the next change is at ${live.next.at} (${live.next.reason})` : "nothing changes by itself";
  return { ...base, due: false, reasons: [`nothing due: ${short(head)} is live since ${live?.at ?? "?"}, and ${next}`] };
}

/**
 * Whether to build: a commit not deployed yet, a last attempt that failed, a scheduled change whose
 * time has come (an embargo lifting, a story leaving the news sitemap, a pick or a language's
 * breaking line expiring), no record at all (the first deploy), or a manual run. A record that cannot be read is
 * due as well, with an error line: building is always safe, skipping a due change is not.
 * @example isDue({ state: { kind: "missing" }, head, now }).reasons // ["no deploy record: the first deploy"]
 */
export function isDue(input: DueInput): DueDecision {
  const { state, head, now } = input;
  if (state.kind === "missing") return { due: true, newCommit: true, reasons: ["no deploy record: the first deploy"] };
  if (state.kind === "unreadable") {
    return { due: true, newCommit: true, error: state.problem, reasons: ["the deploy record cannot be read, so this run builds and deploys: a deploy writes a new record"] };
  }
  return decide(state.record, head, now, input.manual ?? false);
}
