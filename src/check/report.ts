/**
 * The words of `npm run check`: a short summary (pages checked, links checked, problems), then each
 * problem on a line of its own with its file, line and what to fix.
 */
import { formatProblem, type Problem } from "../content/index.js";
import { count } from "../pipeline/index.js";

/** Where the problems of a check were found. */
export type CheckStage = "content" | "build" | "site";

/** What one `npm run check` found, as the report shows it. */
export interface CheckSummary {
  /** The content folder checked, as given. */
  readonly contentDir: string;
  /** Where it stopped or finished: the content's checks, the build itself, or the built site. */
  readonly stage: CheckStage;
  readonly pages: number;
  readonly links: number;
  readonly problems: readonly Problem[];
  readonly seconds: number;
}

/** Words for a count of things: "1 problem", "2 problems". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** The closing lines: every problem of the built site, then the summary and what to do next. */
export function checkReport(summary: CheckSummary): string[] {
  const lines: string[] = [];
  // The content's and the build's own problems are printed as the build prints them, before this.
  if (summary.stage === "site" && summary.problems.length > 0) {
    lines.push(`${plural(summary.problems.length, "problem")} in the built pages:`, ...summary.problems.map((p) => `  ${formatProblem(p)}`), "");
  }
  const checked = `${plural(summary.pages, "page")} and ${plural(summary.links, "link")} checked, ${plural(summary.problems.length, "problem")}`;
  const where = summary.stage === "site" ? "" : ` (the ${summary.stage === "content" ? "content has" : "build met"} problems, so no page was built to check)`;
  lines.push(`Checked ${summary.contentDir}/ in ${summary.seconds.toFixed(1)} s: ${checked}${where}.`);
  if (summary.problems.length > 0) lines.push("Fix these and run `npm run check` again.");
  return lines;
}

/** The command's exit code: 1 when anything is wrong, 0 otherwise. */
export function exitCodeOf(summary: CheckSummary): 0 | 1 {
  return summary.problems.length > 0 ? 1 : 0;
}
