// Eleventy's configuration. It only wires: the folders, and the project's plugin from src/eleventy/.
// Eleventy does not look for this file by itself: run it as `tsx node_modules/@11ty/eleventy/cmd.cjs
// --config=.eleventy.ts` (the npm scripts do).
import { newsPlugin, siteDirectories, type EleventyConfigApi } from "./src/eleventy/index.js";

export default function (eleventyConfig: EleventyConfigApi): void {
  const dirs = siteDirectories(process.env);
  eleventyConfig.setInputDirectory(dirs.input);
  eleventyConfig.setIncludesDirectory(dirs.includes);
  eleventyConfig.setLayoutsDirectory(dirs.layouts);
  eleventyConfig.setDataDirectory(dirs.data);
  eleventyConfig.addPlugin(newsPlugin, { contentDir: dirs.input, templatesDir: dirs.templates });
}

export const config = {
  templateFormats: ["njk", "11ty.js"],
  // An editor's `{{` in an article is text, never a template.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
};
