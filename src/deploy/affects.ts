/**
 * Which checks a change needs. Every push runs `npm run check` (the newsroom's content); the
 * generator's own test suite runs only when something besides content changed: code, templates,
 * tests, packages, settings of the tools, the workflow. Pure: it is given the changed paths.
 */

/** The folder a newsroom edits: a change inside it alone never needs the generator's tests. */
export const CONTENT_DIR = "content/";

/** Whether the generator's suite runs, and why, in one line. */
export interface SuiteDecision {
  readonly suite: boolean;
  readonly reason: string;
}

/**
 * The suite runs when any changed path lies outside `content/`, or when the changes are not known
 * (no base commit to compare with, or one missing from the history): running it is the safe answer.
 * @example suiteFor(["content/articles/a.md"]).suite // false
 * @example suiteFor(["templates/pages/home.njk"]).suite // true
 */
export function suiteFor(paths: readonly string[] | undefined, unknownBecause = "the changes are not known"): SuiteDecision {
  if (paths === undefined) return { suite: true, reason: `${unknownBecause}: the generator's tests run` };
  const outside = paths.filter((p) => !p.replace(/^\.\//, "").startsWith(CONTENT_DIR));
  if (outside.length > 0) {
    const named = outside.slice(0, 3).join(", ");
    const more = outside.length > 3 ? ` and ${outside.length - 3} more` : "";
    return { suite: true, reason: `${named}${more} changed outside ${CONTENT_DIR}: the generator's tests run` };
  }
  if (paths.length === 0) return { suite: false, reason: "no file changed: the generator's tests are not needed" };
  return { suite: false, reason: `only content changed (${paths.length} file${paths.length === 1 ? "" : "s"} in ${CONTENT_DIR}): the generator's tests are not needed` };
}
