import type { Problem } from "./types.js";

/** Thrown when content cannot be published; carries every problem found, not only the first. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** `file:line: message`, one per line, in file order. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}${problem.line === undefined ? "" : `:${problem.line}`}: ${problem.message}`;
}

/** A report an editor can act on: a count, then one problem per line. */
export function formatProblems(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [`The content has ${count}; nothing was written:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join("\n");
}

/** Finds a ContentError in an error or anywhere in its `cause` chain (Eleventy wraps what plugins throw). */
export function findContentError(error: unknown): ContentError | undefined {
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    if (current instanceof ContentError) return current;
    if (current instanceof Error && "problems" in current && current.name === "ContentError") {
      return current as ContentError;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
