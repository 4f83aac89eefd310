/**
 * `npm run build` (through `launch.ts`): builds the site into a staging folder and, only when every
 * stage has succeeded, puts it in place of `_site/`. A failed build leaves the previous `_site/` as it was.
 *
 * Usage: tsx src/cli/build.ts [--content DIR] [--templates DIR] [--output DIR] [--preview] [--verbose]
 */
import { findContentError, formatProblem } from "../content/index.js";
import { count, errorChain, runBuild, type Reporter } from "../pipeline/index.js";
import { processOptions, type CommandOptions } from "./options.js";

/** Stage lines on stdout, warnings on stderr. */
function consoleReporter(command: CommandOptions): Reporter {
  return {
    stage(r) {
      const memory = command.reportMemory ? `, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB` : "";
      process.stdout.write(`  ${r.stage.padEnd(8)} ${r.detail} (${r.seconds.toFixed(1)} s${memory})\n`);
    },
    warning: (problem) => void process.stderr.write(`warning: ${formatProblem(problem)}\n`),
    note: (line) => void process.stdout.write(`  ${line}\n`),
  };
}

async function main(): Promise<void> {
  const command = processOptions();
  const { build } = command;
  const output = build.outputDir;
  const eleventyLog: string[] = [];
  try {
    process.stdout.write(`Building ${build.contentDir}/ into ${output}/${build.preview ? " (preview: drafts and embargoed articles shown)" : ""}\n`);
    const result = await runBuild(build, consoleReporter(command), command.verbose ? undefined : (line) => void eleventyLog.push(line));
    const peakMb = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(`Built ${count(result.articles)} articles into ${count(result.files)} files in ${output}/ in ${result.seconds.toFixed(2)} s, peak memory ${peakMb.toFixed(0)} MB.\n`);
  } catch (error) {
    const content = findContentError(error);
    if (content) {
      process.stderr.write(`${content.message}\n\nFix these and build again; ${output}/ was left as it was.\n`);
    } else {
      process.stderr.write(`The build failed; ${output}/ was left as it was.\n`);
      for (const line of errorChain(error)) process.stderr.write(`  ${line}\n`);
      if (command.verbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      else process.stderr.write("Run with --verbose for Eleventy's full log.\n");
    }
    process.exitCode = 1;
  }
}

await main();
