/**
 * The edge between the deploy loop's commands and CI: the values a step hands to later steps (the
 * file GitHub Actions names in `GITHUB_OUTPUT`), the commit checked out, and the clock.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { parseSourceDateEpoch } from "../dates/index.js";
import type { Environment } from "./options.js";

/** Appends `name=value` lines to `$GITHUB_OUTPUT` when it is set (in CI); elsewhere does nothing. */
export function writeOutputs(values: Readonly<Record<string, string | boolean>>, env: Environment): void {
  const file = env["GITHUB_OUTPUT"];
  if (!file) return;
  // One line each: a value with a line break would end the entry early or start a forged one.
  const lines = Object.entries(values).map(([name, value]) => `${name}=${String(value).replace(/[\r\n]+/g, " ")}\n`);
  fs.appendFileSync(file, lines.join(""));
}

/** The commit checked out: `GITHUB_SHA` in CI, else git's HEAD in `cwd`. */
export function currentCommit(env: Environment, cwd = process.cwd()): string {
  const sha = env["GITHUB_SHA"]?.trim();
  if (sha) return sha;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch (error) {
    throw new Error(`no commit to compare: GITHUB_SHA is not set and git cannot read HEAD in ${cwd} (${(error as Error).message.split("\n")[0]})`);
  }
}

/** Now in seconds since 1970: `--now`, else `SOURCE_DATE_EPOCH`, else the system clock. */
export function nowSeconds(now: string | undefined, env: Environment): number {
  if (now !== undefined) {
    const value = parseSourceDateEpoch(now);
    if (value === undefined) throw new Error("--now needs whole seconds since 1970");
    return value;
  }
  return parseSourceDateEpoch(env["SOURCE_DATE_EPOCH"]) ?? Math.floor(Date.now() / 1000);
}
