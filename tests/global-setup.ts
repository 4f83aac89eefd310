import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT, SAMPLE, SAMPLE_EPOCH, buildSite } from "./helpers/site.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The sample fixture (`tests/fixtures/sample/`), built once for the quality and browser tests. */
    sampleSite: string;
  }
}

/** Builds the sample fixture once per test run, for every test that checks the whole site. */
export default async function setup(project: TestProject): Promise<void> {
  const out = path.join(ROOT, "tests", ".output", "sample");
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Built "on" 17 November 2026, the day after the newest sample article, so the news sitemap has one entry.
  const result = await buildSite(SAMPLE, out, [], { SOURCE_DATE_EPOCH: SAMPLE_EPOCH });
  if (result.code !== 0) throw new Error(`the sample site did not build:\n${result.stderr}`);
  project.provide("sampleSite", out);
}
