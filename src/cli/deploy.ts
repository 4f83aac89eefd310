/**
 * `npm run deploy -- [--target pages|bucket] [--dry-run] [--rollback] [--site _site] [--plan free|paid]`:
 * sends the built site to its host, or rolls back; see docs/going-live.md.
 */
import { parseDeployArgs, runDeploy } from "../deploy/index.js";

async function main(): Promise<void> {
  const options = parseDeployArgs(process.argv.slice(2), process.env);
  await runDeploy(options, process.env, { log: (line) => process.stdout.write(`${line}\n`) });
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run deploy: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
