import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDue, readRecord } from "../../../src/deploy/index.js";
import { FIXTURES } from "../../helpers/site.js";

const LIVE = "1111111111111111111111111111111111111111";
const PUSHED = "3333333333333333333333333333333333333333";
const state = (name: string) => readRecord(path.join(FIXTURES, "loop", name));
// The embargo in live-embargo.json lifts at 12:00 UTC on 4 December 2026.
const BEFORE = Date.parse("2026-12-04T11:45:00Z") / 1000;
const AFTER = Date.parse("2026-12-04T12:07:00Z") / 1000;

describe("isDue: the scheduled path on fixture records", () => {
  const cases: ReadonlyArray<{ name: string; record: string; head: string; now: number; due: boolean; reasons: RegExp[]; newCommit: boolean }> = [
    { name: "the live commit, its next change still ahead: nothing due", record: "live-embargo.json", head: LIVE, now: BEFORE, due: false, reasons: [/^nothing due: 111111111111 is live since 2026-12-04T10:02:11.000Z, and the next change is at 2026-12-04T12:00:00.000Z/], newCommit: false },
    { name: "the live commit, its embargo lifted: due", record: "live-embargo.json", head: LIVE, now: AFTER, due: true, reasons: [/^an embargo has lifted: content\/articles\/2026\/12\/vote.md is released/], newCommit: false },
    { name: "exactly at the embargo's second: due", record: "live-embargo.json", head: LIVE, now: Date.parse("2026-12-04T12:00:00Z") / 1000, due: true, reasons: [/^an embargo has lifted/], newCommit: false },
    { name: "a story left the news sitemap: due", record: "live-news-sitemap.json", head: LIVE, now: Date.parse("2026-12-05T07:15:00Z") / 1000, due: true, reasons: [/^a story has left the news sitemap: \/2026\/12\/03\/budget\/ leaves the news sitemap/], newCommit: false },
    { name: "a commit not deployed yet: due, whatever the clock", record: "live-embargo.json", head: PUSHED, now: BEFORE, due: true, reasons: [/^commit 333333333333 is not deployed yet \(live: 111111111111\)$/], newCommit: true },
    { name: "a new commit and a lifted embargo: both reasons", record: "live-embargo.json", head: PUSHED, now: AFTER, due: true, reasons: [/^commit 333333333333 is not deployed yet/, /^an embargo has lifted/], newCommit: true },
    { name: "the last attempt failed: the next run retries", record: "failed-after-live.json", head: LIVE, now: BEFORE, due: true, reasons: [/^the last deploy \(of 111111111111, at 2026-12-04T10:17:40.000Z\) failed: this run tries again$/], newCommit: false },
    { name: "a rolled-back commit is not built again, even for its embargo", record: "rolled-back.json", head: "2222222222222222222222222222222222222222", now: AFTER, due: false, reasons: [/^the deploy of 222222222222 was rolled back/], newCommit: false },
    { name: "a commit after the rolled-back one: due", record: "rolled-back.json", head: PUSHED, now: BEFORE, due: true, reasons: [/^commit 333333333333 is not deployed yet \(live: 111111111111\)/], newCommit: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const decision = isDue({ state: state(c.record), head: c.head, now: c.now });
      expect(decision.due).toBe(c.due);
      expect(decision.newCommit).toBe(c.newCommit);
      expect(decision.reasons).toHaveLength(c.reasons.length);
      c.reasons.forEach((pattern, i) => expect(decision.reasons[i]).toMatch(pattern));
      expect(decision.error).toBeUndefined();
    });
  }

  it("no record: due, as the first deploy", () => {
    const decision = isDue({ state: readRecord(path.join(FIXTURES, "loop", "no-such-record.json")), head: LIVE, now: BEFORE });
    expect(decision).toEqual({ due: true, newCommit: true, reasons: ["no deploy record: the first deploy"] });
  });

  it("a corrupt record: due, with an error naming the file", () => {
    const decision = isDue({ state: state("corrupt.json"), head: LIVE, now: BEFORE });
    expect(decision.due).toBe(true);
    expect(decision.error).toMatch(/corrupt\.json is not a deploy record this version can read: it is not JSON/);
    expect(decision.deployed).toBeUndefined();
  });

  it("a record of another format is unreadable too, and names the field", () => {
    const decision = isDue({ state: state("other-format.json"), head: LIVE, now: BEFORE });
    expect(decision.due).toBe(true);
    expect(decision.error).toMatch(/other-format\.json .*format: /);
  });

  it("a manual run always builds, even a held commit", () => {
    const decision = isDue({ state: state("rolled-back.json"), head: "2222222222222222222222222222222222222222", now: BEFORE, manual: true });
    expect(decision).toMatchObject({ due: true, reasons: ["a manual run: it always builds and deploys"] });
  });

  it("a record of failures only: nothing live yet, so due", () => {
    const only = { format: 1, attempt: { action: "deploy", outcome: "failure", commit: LIVE, at: "2026-12-04T10:00:00Z" } };
    const decision = isDue({ state: { kind: "found", record: JSON.parse(JSON.stringify(only)) }, head: LIVE, now: BEFORE });
    expect(decision.reasons[0]).toBe("nothing has been deployed yet: the first deploy");
    expect(decision.deployed).toBeUndefined();
  });

  it("a live build with no known next change is due, so the build learns it; one with none is not", () => {
    const record = (next: "none" | "unknown") => ({
      format: 1 as const,
      deployed: { commit: LIVE, manifestSha256: "0".repeat(64), next, at: "2026-12-04T10:00:00Z" },
      attempt: { action: "deploy" as const, outcome: "success" as const, commit: LIVE, at: "2026-12-04T10:00:00Z" },
    });
    expect(isDue({ state: { kind: "found", record: record("unknown") }, head: LIVE, now: BEFORE }).due).toBe(true);
    const none = isDue({ state: { kind: "found", record: record("none") }, head: LIVE, now: BEFORE });
    expect(none.due).toBe(false);
    expect(none.reasons[0]).toMatch(/nothing changes by itself$/);
  });
});
