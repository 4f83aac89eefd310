import type { Problem } from "../content/index.js";

/** One stage of a build, reported as it ends. */
export interface StageReport {
  readonly stage: string;
  /** What the stage did, e.g. "10,000 articles, 60 authors read and checked". */
  readonly detail: string;
  readonly seconds: number;
}

/** Where a build says what it is doing: stage lines and editors' warnings. */
export interface Reporter {
  stage(report: StageReport): void;
  /** Something worth an editor's look that does not stop the build (an unknown field, say). */
  warning(problem: Problem): void;
  /** One line about the build as a whole: why it builds everything afresh, say. */
  note(line: string): void;
}

/** A reporter that says nothing (tests, tools). */
export const SILENT: Reporter = { stage: () => undefined, warning: () => undefined, note: () => undefined };

/** Runs `work`, reports it as one stage with `detail(result)`, and returns its result. */
export async function timed<T>(reporter: Reporter, name: string, work: () => T | Promise<T>, detail: (result: T) => string): Promise<T> {
  const started = performance.now();
  const result = await work();
  reporter.stage({ stage: name, detail: detail(result), seconds: (performance.now() - started) / 1000 });
  return result;
}

/** "10,000": counts in progress lines. */
export function count(n: number): string {
  return n.toLocaleString("en-US");
}

/** Every message of an error and of the errors it wraps, once each. */
export function errorChain(error: unknown): string[] {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    const message = current.message.trim();
    if (message && !lines.includes(message)) lines.push(message);
    // Eleventy keeps the error it wrapped in `originalError`; others use the standard `cause`.
    current = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
  }
  return lines;
}
