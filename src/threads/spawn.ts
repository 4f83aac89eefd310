import { Worker } from "node:worker_threads";

/**
 * Starts a worker thread on the module `name` beside `from` (an `import.meta.url`). Run from the
 * TypeScript sources, the worker loads its entry through tsx's API: a worker thread does not inherit
 * the process's `--import tsx`, and takes no heap-size flags.
 */
export function spawnWorker(name: string, from: string, workerData: unknown): Worker {
  const source = from.endsWith(".ts");
  // Beside the TypeScript sources, beside the compiled build (`.mjs`), or beside plain JavaScript.
  const entry = new URL(`./${name}${source ? ".ts" : from.endsWith(".mjs") ? ".mjs" : ".js"}`, from);
  if (!source) return new Worker(entry, { workerData });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return new Worker(`import(${tsx}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(from)}))`, { eval: true, workerData });
}
