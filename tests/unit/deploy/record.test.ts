import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRecord, readRecord, recordAttempt, RecordUnreadable, scheduledChangeOf, writeRecord, type DeployRecord } from "../../../src/deploy/index.js";
import { FIXTURES, tempDir } from "../../helpers/site.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const C = "c".repeat(40);
const build = (n: number) => ({ manifestSha256: String(n).repeat(64).slice(0, 64), next: "none" as const });
const deploy = (commit: string, at: string, n: number) => ({ action: "deploy" as const, outcome: "success" as const, commit, at, build: build(n) });

describe("the deploy record", () => {
  it("a deploy moves the live build to previous; a failure keeps the last good fields", () => {
    const first = recordAttempt(undefined, deploy(A, "2026-12-04T10:00:00.000Z", 1));
    expect(first.deployed).toEqual({ commit: A, at: "2026-12-04T10:00:00.000Z", ...build(1) });
    expect(first.previous).toBeUndefined();
    const second = recordAttempt(first, deploy(B, "2026-12-04T11:00:00.000Z", 2));
    expect(second.deployed?.commit).toBe(B);
    expect(second.previous?.commit).toBe(A);
    const failed = recordAttempt(second, { action: "deploy", outcome: "failure", commit: C, at: "2026-12-04T12:00:00.000Z" });
    expect(failed.deployed).toEqual(second.deployed);
    expect(failed.previous).toEqual(second.previous);
    expect(failed.attempt).toEqual({ action: "deploy", outcome: "failure", commit: C, at: "2026-12-04T12:00:00.000Z" });
  });

  it("a redeploy of the same commit (an embargo lifting) keeps the way back to the commit before", () => {
    const two = recordAttempt(recordAttempt(undefined, deploy(A, "2026-12-04T10:00:00.000Z", 1)), deploy(B, "2026-12-04T11:00:00.000Z", 2));
    const again = recordAttempt(two, deploy(B, "2026-12-04T12:00:00.000Z", 3));
    expect(again.deployed?.manifestSha256).toBe(build(3).manifestSha256);
    expect(again.previous?.commit).toBe(A);
  });

  it("a rollback brings the previous build back and holds the commit it took down", () => {
    const two = recordAttempt(recordAttempt(undefined, deploy(A, "2026-12-04T10:00:00.000Z", 1)), deploy(B, "2026-12-04T11:00:00.000Z", 2));
    const back = recordAttempt(two, { action: "rollback", outcome: "success", commit: B, at: "2026-12-04T11:30:00.000Z" });
    expect(back.deployed?.commit).toBe(A);
    expect(back.previous).toBeUndefined();
    expect(back.held).toBe(B);
    // The next deploy releases the hold.
    expect(recordAttempt(back, deploy(C, "2026-12-04T12:00:00.000Z", 3)).held).toBeUndefined();
    // A failed deploy keeps it.
    expect(recordAttempt(back, { action: "deploy", outcome: "failure", commit: C, at: "2026-12-04T12:00:00.000Z" }).held).toBe(B);
  });

  it("a failure with no record yet records only the attempt", () => {
    expect(recordAttempt(undefined, { action: "deploy", outcome: "failure", commit: A, at: "2026-12-04T10:00:00.000Z" })).toEqual({ format: 1, attempt: { action: "deploy", outcome: "failure", commit: A, at: "2026-12-04T10:00:00.000Z" } });
  });

  it("writes and reads back; a missing file is no record; a bad one names the file and the field", () => {
    const dir = tempDir("record");
    const file = path.join(dir, "nested", "record.json");
    const record: DeployRecord = recordAttempt(undefined, deploy(A, "2026-12-04T10:00:00.000Z", 1));
    writeRecord(file, record);
    expect(readRecord(file)).toEqual({ kind: "found", record });
    expect(fs.readdirSync(path.dirname(file))).toEqual(["record.json"]);
    expect(readRecord(path.join(dir, "none.json"))).toEqual({ kind: "missing" });
    expect(() => parseRecord('{"format":1,"attempt":{"action":"deploy","outcome":"maybe","commit":"abc1234","at":"2026-12-04T10:00:00Z"}}', "r.json")).toThrow(RecordUnreadable);
    expect(() => parseRecord('{"format":1,"attempt":{"action":"deploy","outcome":"maybe","commit":"abc1234","at":"2026-12-04T10:00:00Z"}}', "r.json")).toThrow(/^r\.json is not a deploy record this version can read: attempt\.outcome: /);
    expect(() => writeRecord(file, { ...record, attempt: { ...record.attempt, commit: "not a commit" } })).toThrow(/attempt\.commit: /);
    expect(readRecord(file)).toEqual({ kind: "found", record });
    const corrupt = readRecord(path.join(FIXTURES, "loop", "corrupt.json"));
    expect(corrupt.kind).toBe("unreadable");
  });

  it("keeps the build's next change with its kind; an old next-change.json without a kind is a plain change", () => {
    expect(scheduledChangeOf({ builtFor: 5 } as never)).toBe("none");
    expect(scheduledChangeOf({ epoch: 100, at: "1970-01-01T00:01:40.000Z", reason: "x is released", kind: "embargo" })).toEqual({ epoch: 100, at: "1970-01-01T00:01:40.000Z", reason: "x is released", kind: "embargo" });
    expect(scheduledChangeOf({ epoch: 100, reason: "x" })).toEqual({ epoch: 100, at: "1970-01-01T00:01:40.000Z", reason: "x", kind: "change" });
  });
});
