/**
 * `npm start` (and `npm run preview`): builds the site, serves it on loopback with live reload, and
 * rebuilds on every saved change, rewriting only the pages an edit changed. Stage lines are printed
 * for every rebuild, so an editor sees what a save did.
 *
 * Usage: tsx src/cli/start.ts [--content DIR] [--templates DIR] [--output DIR] [--preview] [--port N] [--no-serve]
 */
import { formatProblem } from "../content/index.js";
import { watchSite } from "../pipeline/index.js";
import { commandOptions } from "./options.js";

const args = process.argv.slice(2);
// `--no-serve` watches and rebuilds without the dev server (the bench and the watch tests).
const serve = !args.includes("--no-serve");
const command = commandOptions(args.filter((a) => a !== "--no-serve"), process.env);
const stop = await watchSite(
  command.build,
  {
    stage: (r) => console.log(`[news] ${r.stage.padEnd(8)} ${r.detail} (${r.seconds.toFixed(2)} s)`),
    warning: (problem) => console.warn(`[news] warning: ${formatProblem(problem)}`),
    note: (line) => console.log(`[news] ${line}`),
  },
  serve ? (command.port === undefined ? {} : { port: command.port }) : false,
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void stop().finally(() => process.exit(0)));
}
