/**
 * `npm run record -- success|failure [--rollback] [--record FILE] [--output DIR] [--cache DIR]
 * [--head SHA] [--now EPOCH]`: notes how a deploy (or with `--rollback`, a rollback) ended, in the
 * deploy record that `npm run due` reads on the next run. A successful deploy records the commit,
 * the SHA-256 of `_site/manifest.json` and the next change from the build's `next-change.json`; a
 * failure (a build that stopped before writing anything included) records only the attempt and
 * keeps the last good deploy's fields.
 */
import { sha256 } from "../hash/index.js";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { MANIFEST_FILE, readRecord, recordAttempt, RECORD_FILE, scheduledChangeOf, writeRecord, type AttemptReport, type DeployRecord, type NextOfBuild } from "../deploy/index.js";
import { NEXT_CHANGE } from "../pipeline/index.js";
import { currentCommit, nowSeconds } from "./ci.js";
import { commandOptions } from "./options.js";

const USAGE = "usage: npm run record -- success|failure [--rollback] [--record FILE] [--output DIR] [--cache DIR]";

/** The next change the build wrote beside its cache, or "unknown" (said on stderr) when there is none. */
function nextOf(cacheDir: string | false): NextOfBuild {
  if (cacheDir === false) return "unknown";
  const file = path.join(cacheDir, NEXT_CHANGE);
  try {
    return scheduledChangeOf(JSON.parse(fs.readFileSync(file, "utf8")) as object);
  } catch (error) {
    process.stderr.write(`npm run record: ${file} cannot be read (${(error as Error).message.split("\n")[0]}): the next run builds to find the next change\n`);
    return "unknown";
  }
}

function builtForOf(cacheDir: string | false): number | undefined {
  if (cacheDir === false) return undefined;
  try {
    const builtFor = (JSON.parse(fs.readFileSync(path.join(cacheDir, NEXT_CHANGE), "utf8")) as { builtFor?: unknown }).builtFor;
    return typeof builtFor === "number" && Number.isInteger(builtFor) && builtFor >= 0 ? builtFor : undefined;
  } catch {
    return undefined;
  }
}

function main(): void {
  const env = process.env;
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    strict: true,
    options: { rollback: { type: "boolean" }, record: { type: "string" }, output: { type: "string" }, cache: { type: "string" }, head: { type: "string" }, now: { type: "string" } },
  });
  const outcome = positionals[0];
  if ((outcome !== "success" && outcome !== "failure") || positionals.length !== 1) throw new Error(USAGE);
  const file = values.record ?? (env["DEPLOY_RECORD"] || RECORD_FILE);
  const state = readRecord(file);
  if (state.kind === "unreadable") process.stderr.write(`npm run record: ${state.problem}\n  A new record is started.\n`);
  const before: DeployRecord | undefined = state.kind === "found" ? state.record : undefined;
  const commit = values.head ?? currentCommit(env);
  const at = new Date(nowSeconds(values.now, {}) * 1000).toISOString();
  const action = values.rollback ? "rollback" : "deploy";
  let report: AttemptReport = { action, outcome: "failure", commit, at };
  let problem: string | undefined;
  if (outcome === "success" && action === "rollback") report = { action, outcome, commit, at };
  if (outcome === "success" && action === "deploy") {
    const options = commandOptions([...(values.output ? ["--output", values.output] : []), ...(values.cache ? ["--cache", values.cache] : [])], env).build;
    const manifest = path.join(options.outputDir, MANIFEST_FILE);
    if (fs.existsSync(manifest)) {
      const manifestSha256 = sha256(fs.readFileSync(manifest));
      const builtFor = builtForOf(options.cacheDir);
      report = { action, outcome, commit, at, build: { manifestSha256, next: nextOf(options.cacheDir), ...(builtFor === undefined ? {} : { builtFor }) } };
    } else {
      problem = `the deploy is reported done, but ${manifest} is missing: recorded as a failure`;
    }
  }
  const after = recordAttempt(before, report);
  writeRecord(file, after);
  const live = after.deployed ? `live: ${after.deployed.commit.slice(0, 12)} since ${after.deployed.at}` : "nothing live yet";
  process.stdout.write(`recorded: ${report.action} of ${commit.slice(0, 12)} ${report.outcome === "success" ? "succeeded" : "failed"} at ${at} (${live}) in ${file}\n`);
  if (problem) {
    process.stderr.write(`npm run record: ${problem}\n`);
    process.exitCode = 1;
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`npm run record: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
