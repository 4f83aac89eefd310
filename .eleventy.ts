// Eleventy's configuration for running Eleventy's own command on the project
// (`npm run eleventy -- --serve`, say). It only wires: the options from the command line's
// environment (src/cli/options.ts) and the project's plugin, with the build pipeline around
// Eleventy's own pages. `npm run build` and `npm start` run the same pipeline without this file.
import { environmentOptions } from "./src/cli/options.js";
import { newsPlugin, type EleventyConfigApi } from "./src/eleventy/index.js";
import { hostedBuild } from "./src/pipeline/index.js";

export default function (eleventyConfig: EleventyConfigApi): void {
  const { build } = environmentOptions();
  eleventyConfig.setInputDirectory(build.contentDir);
  eleventyConfig.addPlugin(newsPlugin, hostedBuild(build, {
    stage: (r) => console.log(`[news] ${r.stage.padEnd(8)} ${r.detail} (${r.seconds.toFixed(2)} s)`),
    warning: (problem) => console.warn(`[news] warning: ${problem.file}: ${problem.message}`),
    note: (line) => console.log(`[news] ${line}`),
  }));
}
