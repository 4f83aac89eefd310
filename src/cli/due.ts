/**
 * `npm run due [-- --record FILE] [--head SHA] [--now EPOCH]`: whether this CI run must build and
 * deploy, and why, from the deploy record alone (see `src/deploy/due.ts`). It prints the answer
 * and, in CI, hands `due`, `reason`, `new-commit` and `deployed` to the later steps. An unreadable
 * record is an error line and a build: exit 0, so the run goes on to build.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { isDue, readRecord, RECORD_FILE } from "../deploy/index.js";
import { currentCommit, nowSeconds, writeOutputs } from "./ci.js";

function main(): void {
  const env = process.env;
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: { record: { type: "string" }, head: { type: "string" }, now: { type: "string" } }, strict: true });
    const file = values.record ?? (env["DEPLOY_RECORD"] || RECORD_FILE);
    const decision = isDue({
      state: readRecord(file),
      head: values.head ?? currentCommit(env),
      now: nowSeconds(values.now, env),
      manual: env["GITHUB_EVENT_NAME"] === "workflow_dispatch",
    });
    if (decision.error) process.stderr.write(`npm run due: ${decision.error}\n  Treated as due. The next deploy writes a new ${path.basename(file)}.\n`);
    process.stdout.write(decision.due ? `due: yes\n${decision.reasons.map((r) => `  - ${r}\n`).join("")}` : `due: no, ${decision.reasons.join("; ")}\n`);
    writeOutputs({ due: decision.due, reason: decision.reasons.join("; "), "new-commit": decision.newCommit, deployed: decision.deployed ?? "" }, env);
  } catch (error) {
    process.stderr.write(`npm run due: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

main();
