import { Worker } from "node:worker_threads";

/**
 * The module `name` beside `from` (an `import.meta.url`): `name.js` beside compiled code in `dist/`,
 * `name.ts` beside the TypeScript sources run through a loader (`npm start`, the tests).
 */
export function besideModule(name: string, from: string): URL {
  return new URL(`./${name}${from.endsWith(".ts") ? ".ts" : ".js"}`, from);
}

/**
 * Starts a worker thread on the module `name` beside `from` (an `import.meta.url`). Compiled code
 * (every production command) starts it as plain JavaScript. Run from the TypeScript sources, the
 * worker loads its entry through tsx's API: a worker thread does not inherit the process's
 * `--import tsx`.
 */
export function spawnWorker(name: string, from: string, workerData: unknown): Worker {
  const entry = besideModule(name, from);
  if (!from.endsWith(".ts")) return new Worker(entry, { workerData });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return new Worker(`import(${tsx}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(from)}))`, { eval: true, workerData });
}
