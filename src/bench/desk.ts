/**
 * The desk bench (`npm run bench -- N --desk`): how long the web desk's article list takes to show
 * over the N-article corpus, in Debian's Chromium, with `decap-server` reading the corpus. Dev only:
 * it uses playwright-core and sirv, which are development dependencies.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium } from "playwright-core";
import sirv from "sirv";
import { policyFor } from "../deploy/index.js";
import { freePort, startDecapServer } from "../desk/index.js";
import { runBuild } from "../pipeline/build.js";
import { buildOptions } from "../pipeline/options.js";

/** One opening of the article list: seconds to the first story drawn, stories drawn, seconds to group by year. */
export interface DeskListing {
  readonly shown: number;
  readonly entries: number;
  readonly grouped: number;
}

/**
 * Builds the corpus (without search) with the desk pointed at a `decap-server` over it, serves the
 * output under its `_headers` policies, and opens the article list `rounds` times in fresh browser
 * contexts, each time timing the list and then its grouping by year.
 */
export async function benchDesk(work: string, content: string, rounds: number, log: (line: string) => void): Promise<DeskListing[]> {
  const server = await startDecapServer({ repoDir: path.dirname(content), port: await freePort() });
  const output = path.join(work, "_desk");
  const quiet = { stage: () => undefined, warning: () => undefined, note: () => undefined };
  let files: ReturnType<typeof sirv> | undefined;
  const http_ = http.createServer((req, res) => {
    res.setHeader("Content-Security-Policy", policyFor(new URL(req.url ?? "/", "http://localhost").pathname, [server.origin]));
    if (files) files(req, res, () => void res.writeHead(404).end());
    else res.writeHead(503).end();
  });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    log("Building the corpus with the desk ...");
    await runBuild(buildOptions({ contentDir: content, outputDir: output, cacheDir: false, search: false, deskBackend: server.url }), quiet, () => undefined);
    files = sirv(output, { dev: false, etag: false });
    await new Promise<void>((resolve) => http_.listen(0, "127.0.0.1", resolve));
    const site = `http://127.0.0.1:${(http_.address() as AddressInfo).port}`;
    const results: DeskListing[] = [];
    for (let round = 1; round <= rounds; round++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      await page.goto(`${site}/admin/`);
      await page.getByRole("button", { name: "Login" }).click();
      await page.getByText("Authors").first().waitFor();
      await page.goto(`${site}/admin/#/collections/articles`);
      const started = performance.now();
      await page.reload();
      const entry = page.locator('a[href*="/collections/articles/entries/"]');
      await entry.first().waitFor({ timeout: 600_000 });
      const shown = (performance.now() - started) / 1000;
      const entries = await entry.count();
      const grouping = performance.now();
      await page.getByRole("button", { name: "Group by" }).click();
      await page.getByRole("menuitem", { name: "Year" }).click();
      await page.getByText(/^Year \d{4}$/).first().waitFor({ timeout: 600_000 });
      const grouped = (performance.now() - grouping) / 1000;
      results.push({ shown, entries, grouped });
      log(`round ${round}: list shown in ${shown.toFixed(2)} s (${entries} stories drawn), grouped by year in ${grouped.toFixed(2)} s`);
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    http_.close();
    await server.stop();
  }
}
