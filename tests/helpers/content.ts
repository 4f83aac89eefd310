import path from "node:path";
import { buildSiteModel } from "../../src/collections/index.js";
import { ContentError, readContent, type Content, type Problem } from "../../src/content/index.js";
import { DateTime } from "luxon";
import { createMarkdown } from "../../src/markdown/index.js";
import { checkSite } from "../../src/pipeline/index.js";

/**
 * The first three stages of a build on a content folder (read, model, check), on one thread: returns
 * the content when it is sound, and throws the build's ContentError listing every problem otherwise.
 */
export async function checkedContent(dir: string, threads: 1 | 2 = 1): Promise<Content> {
  const content = await readContent({ contentDir: dir, rootDir: path.dirname(dir), markdown: createMarkdown(), threads });
  checkSite(content, buildSiteModel(content, { buildDate: DateTime.fromISO("2030-01-01T00:00:00Z") }));
  return content;
}

/** The problems the first three stages refuse a content folder for, or none when it is sound. */
export async function contentProblems(dir: string): Promise<Problem[]> {
  try {
    await checkedContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}
