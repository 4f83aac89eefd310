import { spawn } from "node:child_process";
import fs from "node:fs";
import { freePort } from "../desk/index.js";

/** One live-preview measurement: which article to edit, and where its page is served. */
export interface PreviewBench {
  /** The project root, where `src/cli/start.ts` is. */
  readonly root: string;
  readonly contentDir: string;
  readonly outputDir: string;
  /** The article file whose headline is edited. */
  readonly article: string;
  /** Its page's URL path, `/2015/10/12/slug/`. */
  readonly url: string;
  /** How many edits to time, one after another in one `npm start` process. */
  readonly edits: number;
  readonly env?: Readonly<Record<string, string>>;
  readonly log?: (line: string) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * `npm start` (the dev server, on a free port) on a content folder: once it serves, each edit
 * replaces the article's headline with a new one and times how long until the served page holds
 * it. Returns the seconds of each edit; the article is put back as it was.
 */
export async function timePreviewEdits(bench: PreviewBench): Promise<number[]> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/start.ts", "--content", bench.contentDir, "--output", bench.outputDir, "--port", String(port)], {
    cwd: bench.root,
    env: { ...process.env, ...bench.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (d: Buffer): void => {
    log += d.toString();
    for (const line of d.toString().split("\n")) if (line.trim()) bench.log?.(line);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const page = `http://localhost:${port}${bench.url}`;
  const served = async (): Promise<string> => {
    try {
      const response = await fetch(page);
      return response.ok ? await response.text() : "";
    } catch {
      return "";
    }
  };
  const original = fs.readFileSync(bench.article, "utf8");
  try {
    for (let waited = 0; !/Server at/.test(log) || !(await served()); waited += 100) {
      if (waited > 30 * 60_000 || child.exitCode !== null) throw new Error(`npm start did not serve ${page}:\n${log.slice(-2000)}`);
      await sleep(100);
    }
    // Eleventy's watcher may still be scanning a large folder when it serves: let it settle.
    await sleep(2_000);
    const times: number[] = [];
    for (let edit = 0; edit < bench.edits; edit++) {
      const marker = `Headline edited in preview ${Date.now()}`;
      const saved = performance.now();
      fs.writeFileSync(bench.article, original.replace(/^title: .*$/m, `title: "${marker}"`));
      for (;;) {
        if ((await served()).includes(marker)) break;
        if (performance.now() - saved > 60_000) throw new Error(`the edit did not show within 60 s:\n${log.slice(-2000)}`);
        await sleep(10);
      }
      times.push((performance.now() - saved) / 1000);
      // The rebuild's last stages (search, manifest) may still run after the page is written.
      await sleep(1_500);
    }
    return times;
  } finally {
    fs.writeFileSync(bench.article, original);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(10_000)]);
  }
}
