/**
 * `npm run desk`: the web desk on this machine. Starts Decap's local backend (`decap-server`) on
 * loopback, writing into the working tree, and the site's development server (as `npm start`),
 * whose `/admin/` is then configured to use that backend. An editor opens
 * http://localhost:8080/admin/, writes, previews and saves; each save rebuilds the site.
 *
 * Usage: tsx src/cli/desk.ts [--port N] [--backend-port N] [--content DIR] [--templates DIR] [--output DIR] [--preview]
 */
import path from "node:path";
import { formatProblem } from "../content/index.js";
import { startDecapServer } from "../desk/index.js";
import { watchSite } from "../pipeline/index.js";
import { commandOptions } from "./options.js";

const args = process.argv.slice(2);
const at = args.indexOf("--backend-port");
const backendPort = at >= 0 ? Number(args[at + 1]) : 8081;
if (!Number.isInteger(backendPort) || backendPort < 1) throw new Error(`--backend-port must be a port number, got "${args[at + 1] ?? ""}"`);
const command = commandOptions(at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args, process.env);
// decap-server's paths are relative to the folder that holds the content folder: `content/articles`.
const repoDir = path.dirname(path.resolve(command.build.contentDir));
const backend = await startDecapServer({ repoDir, port: backendPort, log: (line) => console.log(`[desk] ${line}`) });
const port = command.port ?? 8080;
const stop = await watchSite(
  { ...command.build, deskBackend: backend.url },
  {
    stage: (r) => console.log(`[news] ${r.stage.padEnd(8)} ${r.detail} (${r.seconds.toFixed(2)} s)`),
    warning: (problem) => console.warn(`[news] warning: ${formatProblem(problem)}`),
    note: (line) => console.log(`[news] ${line}`),
  },
  { port },
);
console.log(`[desk] the desk is at http://localhost:${port}/admin/ (saving writes into ${path.relative(process.cwd(), path.resolve(command.build.contentDir)) || "."}/ through ${backend.url})`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void Promise.all([stop(), backend.stop()]).finally(() => process.exit(0)));
}
