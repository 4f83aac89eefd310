/**
 * `npm run check`: a newsroom's own stories checked as CI checks them on every push. Builds the
 * content into a temporary folder (never `_site/`), with the build's own content checks; then checks
 * every page of that output with html-validate and every link of the site against its files.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findContentError, formatProblem, readSiteSettings, type Problem } from "../content/index.js";
import { count, errorChain, runBuild, type Reporter } from "../pipeline/index.js";
import { buildOptions, type BuildOptions } from "../pipeline/options.js";
import { checkReport, exitCodeOf, type CheckSummary } from "./report.js";
import { checkBuiltSite } from "./site.js";

/** What a check is told: the build's options less the output, which is always a temporary folder. */
export type CheckCommandOptions = Pick<BuildOptions, "contentDir" | "templatesDir" | "threads"> & Partial<Pick<BuildOptions, "buildEpoch" | "imageCacheDir">>;

/** What a check found, and the exit code it ends with. */
export interface CheckOutcome extends CheckSummary {
  readonly exitCode: 0 | 1;
}

/** Build stage lines and warnings, as the build prints them, through `write`. */
function lineReporter(write: (line: string) => void): Reporter {
  return {
    stage: (r) => write(`  ${r.stage.padEnd(8)} ${r.detail} (${r.seconds.toFixed(1)} s)`),
    warning: (problem) => write(`warning: ${formatProblem(problem)}`),
    note: () => undefined,
  };
}

/** Runs the whole check, writing its report line by line through `write`; returns what it found. */
export async function runCheck(options: CheckCommandOptions, write: (line: string) => void): Promise<CheckOutcome> {
  const started = performance.now();
  const seconds = (): number => (performance.now() - started) / 1000;
  const finish = (summary: Omit<CheckSummary, "seconds">): CheckOutcome => {
    const whole = { ...summary, seconds: seconds() };
    for (const line of checkReport(whole)) write(line);
    return { ...whole, exitCode: exitCodeOf(whole) };
  };
  const contentDir = options.contentDir.replace(/[\\/]+$/, "");
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "news-check-"));
  const output = path.join(temp, "_site");
  try {
    write(`Checking ${contentDir}/: the build's content checks, then every link and html-validate on every page of a build in ${temp}/`);
    try {
      const built = await runBuild(
        buildOptions({ ...options, contentDir, outputDir: output, cacheDir: false, search: true }),
        lineReporter(write),
        () => undefined,
      );
      write(`  built    ${count(built.articles)} articles into ${count(built.files)} files`);
    } catch (error) {
      const content = findContentError(error);
      if (content) {
        write(content.message);
        return finish({ contentDir, stage: "content", pages: 0, links: 0, problems: content.problems });
      }
      const problems: Problem[] = errorChain(error).map((message) => ({ file: contentDir, message }));
      write("The build failed:");
      for (const p of problems) write(`  ${p.message}`);
      return finish({ contentDir, stage: "build", pages: 0, links: 0, problems });
    }
    const site = readSiteSettings(contentDir, process.cwd()).site;
    const origin = site ? new URL(site.url).origin : "https://site.invalid";
    const scanStarted = performance.now();
    const found = await checkBuiltSite(output, { origin, threads: options.threads });
    write(`  pages    ${count(found.pages)} pages validated, ${count(found.links)} links followed (${((performance.now() - scanStarted) / 1000).toFixed(1)} s)`);
    return finish({ contentDir, stage: "site", pages: found.pages, links: found.links, problems: found.problems });
  } finally {
    fs.rmSync(temp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
