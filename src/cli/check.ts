/**
 * `npm run check`: checks a newsroom's content as CI does on every push (see docs/checks.md). Exits
 * 1 when anything is wrong, 0 otherwise.
 *
 * Usage: tsx src/cli/check.ts [--content DIR] [--templates DIR]
 */
import { parseArgs } from "node:util";
import { runCheck } from "../check/index.js";
import { processOptions } from "./options.js";

// Only the content and templates may be chosen: the output is always a temporary folder.
parseArgs({ args: process.argv.slice(2), options: { content: { type: "string" }, templates: { type: "string" } }, strict: true });
const { build } = processOptions();
const outcome = await runCheck(build, (line) => void process.stdout.write(`${line}\n`));
process.exitCode = outcome.exitCode;
