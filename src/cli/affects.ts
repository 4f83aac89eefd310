/**
 * `npm run affects [-- --base REV] [--head REV]`: whether the generator's test suite must run for
 * the changes from BASE to HEAD (see `src/deploy/affects.ts`). It prints the answer and, in CI,
 * hands `suite=true|false` and `reason` to the later steps. Without a base (a first deploy, or a
 * push that created the branch), or with one git does not have, the suite runs.
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { suiteFor } from "../deploy/index.js";
import { writeOutputs } from "./ci.js";

/** The paths changed from `base` to `head`, or why they are not known. */
function changedPaths(base: string | undefined, head: string): { paths?: string[]; why?: string } {
  if (!base || /^0+$/.test(base)) return { why: "no base commit to compare with" };
  try {
    // --no-renames: a rename is its two paths, and no file content is needed (a blobless clone fetches none).
    const out = execFileSync("git", ["diff", "--name-only", "--no-renames", "-z", base, head, "--"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { paths: out.split("\0").filter((p) => p !== "") };
  } catch (error) {
    return { why: `git cannot compare ${base} with ${head} (${((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split("\n")[0]})` };
  }
}

function main(): void {
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: { base: { type: "string" }, head: { type: "string" } }, strict: true });
    const { paths, why } = changedPaths(values.base?.trim(), values.head?.trim() || "HEAD");
    const decision = suiteFor(paths, why);
    process.stdout.write(`suite: ${decision.suite ? "yes" : "no"}, ${decision.reason}\n`);
    writeOutputs({ suite: decision.suite, reason: decision.reason }, process.env);
  } catch (error) {
    process.stderr.write(`npm run affects: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

main();
