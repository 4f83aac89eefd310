/** One stage of a build, reported as it ends. */
export interface StageReport {
  readonly stage: string;
  /** What the stage did, e.g. "10,000 articles, 60 authors". */
  readonly detail: string;
  readonly seconds: number;
}

type Listener = (report: StageReport) => void;
const listeners = new Set<Listener>();

/** Subscribes to stage reports (the build command prints them); returns the unsubscribe function. */
export function onStage(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Times `work` and reports it as one stage. */
export function stage<T>(name: string, work: () => T, detail: (result: T) => string): T {
  const started = performance.now();
  const result = work();
  report(name, detail(result), started);
  return result;
}

/** Times async `work` and reports it as one stage. */
export async function stageAsync<T>(name: string, work: () => Promise<T>, detail: (result: T) => string): Promise<T> {
  const started = performance.now();
  const result = await work();
  report(name, detail(result), started);
  return result;
}

function report(name: string, detail: string, started: number): void {
  const entry = { stage: name, detail, seconds: (performance.now() - started) / 1000 };
  for (const listener of listeners) listener(entry);
}

/** "10,000": counts in progress lines. */
export function count(n: number): string {
  return n.toLocaleString("en-US");
}
