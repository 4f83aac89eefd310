import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { FIXTURES, ROOT, SAMPLE, SAMPLE_EPOCH, buildSite } from "./helpers/site.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The sample fixture (`tests/fixtures/sample/`), built once for the quality and browser tests. */
    sampleSite: string;
    /** The trilingual fixture (`tests/fixtures/trilingual/`), built once for the quality and browser tests of each language's pages. */
    trilingualSite: string;
  }
}

/** Builds the sample and trilingual fixtures once per test run, side by side, for every test that checks a whole site. */
export default async function setup(project: TestProject): Promise<void> {
  const out = path.join(ROOT, "tests", ".output", "sample");
  const trilingual = path.join(ROOT, "tests", ".output", "trilingual");
  for (const dir of [out, trilingual]) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Built "on" 17 November 2026, the day after the newest sample article, so the news sitemap has one entry.
  const [result, three] = await Promise.all([
    buildSite(SAMPLE, out, [], { SOURCE_DATE_EPOCH: SAMPLE_EPOCH }),
    buildSite(path.join(FIXTURES, "trilingual", "content"), trilingual, ["--no-cache"]),
  ]);
  if (result.code !== 0) throw new Error(`the sample site did not build:\n${result.stderr}`);
  if (three.code !== 0) throw new Error(`the trilingual fixture did not build:\n${three.stderr}`);
  project.provide("sampleSite", out);
  project.provide("trilingualSite", trilingual);
}
