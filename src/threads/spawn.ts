import { Worker } from "node:worker_threads";

/**
 * Starts a worker thread on the module `name` beside `from` (an `import.meta.url`). Run from the
 * TypeScript sources, the worker loads its entry through tsx's API: a worker thread does not inherit
 * the process's `--import tsx`, and takes no heap-size flags.
 */
export function spawnWorker(name: string, from: string, workerData: unknown): Worker {
  const source = from.endsWith(".ts");
  const entry = new URL(`./${name}${source ? ".ts" : ".js"}`, from);
  if (!source) return new Worker(entry, { workerData });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return new Worker(`import(${tsx}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(from)}))`, { eval: true, workerData });
}

/**
 * Whether work on `items` items goes to a second thread: with more than one core and at least
 * `worthFrom` items (starting a worker costs about as much as reading a thousand articles).
 * `NEWS_THREADS=1` keeps everything on one thread; `NEWS_THREADS=2` uses two whatever the size.
 */
export function useSecondThread(items: number, worthFrom: number, availableCores: number, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env["NEWS_THREADS"] === "1") return false;
  if (env["NEWS_THREADS"] === "2") return true;
  return availableCores > 1 && items >= worthFrom;
}
