import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LimitError, listAll, parseDeployArgs, runDeploy, writeManifest, type Command } from "../../../src/deploy/index.js";
import { tempDir } from "../../helpers/site.js";
import { localS3 } from "../../helpers/stores.js";

/** A built site whose `_headers` holds `rules` rules (Pages takes 100). */
function siteWithRules(rules: number): string {
  const dir = tempDir("run-site");
  fs.writeFileSync(path.join(dir, "index.html"), "home");
  fs.writeFileSync(path.join(dir, "_headers"), Array.from({ length: rules }, (_, i) => `/p${i}/*\n  X-Rule: ${i}\n`).join("\n"));
  writeManifest(dir);
  return dir;
}

const PAGES_ENV = { CLOUDFLARE_API_TOKEN: "t", CLOUDFLARE_ACCOUNT_ID: "a", PAGES_PROJECT: "p" };

describe("npm run deploy", () => {
  const s3 = localS3();

  it("stops a site that breaks a Pages limit before wrangler runs, in a dry run and a real one", async () => {
    const site = siteWithRules(101);
    const ran: Command[] = [];
    const lines: string[] = [];
    const io = { log: (l: string) => void lines.push(l), run: async (c: Command) => (ran.push(c), 0) };
    for (const args of [["--dry-run"], []]) {
      const options = parseDeployArgs(["--target", "pages", "--site", site, ...args], {});
      await expect(runDeploy(options, PAGES_ENV, io)).rejects.toThrow(LimitError);
      await expect(runDeploy(options, PAGES_ENV, io)).rejects.toThrow("101 rules: Cloudflare Pages (Free) takes at most 100 rules in _headers. Use --target bucket (object storage behind a Worker).");
    }
    expect(ran).toEqual([]);
    expect(lines.join("\n")).toContain("Limits of Cloudflare Pages (Free): 1 broken");
  });

  it("runs wrangler for a site within the limits, and names a missing credential before that", async () => {
    const site = siteWithRules(3);
    const ran: Command[] = [];
    const io = { log: () => undefined, run: async (c: Command) => (ran.push(c), 0) };
    const options = parseDeployArgs(["--site", site], { DEPLOY_TARGET: "pages" });
    await expect(runDeploy(options, { CLOUDFLARE_API_TOKEN: "t" }, io)).rejects.toThrow(/CLOUDFLARE_ACCOUNT_ID, PAGES_PROJECT are not set/);
    expect(ran).toEqual([]);
    await runDeploy(options, PAGES_ENV, io);
    expect(ran[0]?.args.slice(1, 4)).toEqual(["pages", "deploy", site]);
    const failing = { ...io, run: async () => 1 };
    await expect(runDeploy(options, PAGES_ENV, failing)).rejects.toThrow(/wrangler pages deploy exited with 1/);
  });

  it("plans a bucket deploy against the live one in a dry run, and sends nothing", async () => {
    const site = siteWithRules(101);
    const lines: string[] = [];
    const options = parseDeployArgs(["--target", "bucket", "--dry-run", "--site", site], {});
    await runDeploy(options, {}, { log: (l) => void lines.push(l), store: s3().store });
    expect(lines.join("\n")).toMatch(/first deploy to this bucket[\s\S]*upload \(0\.0 MB\): 2[\s\S]*Limits of object storage behind a Worker: all 3 met/);
    expect(await listAll(s3().store, "")).toEqual([]);
    // The real deploy, then a dry run against it: nothing left to send.
    await runDeploy(parseDeployArgs(["--target", "bucket", "--site", site], {}), {}, { log: () => undefined, store: s3().store });
    lines.length = 0;
    await runDeploy(options, {}, { log: (l) => void lines.push(l), store: s3().store });
    expect(lines.join("\n")).toMatch(/against live deploy \S+[\s\S]*upload \(0\.0 MB\): 0/);
  });

  it("refuses a folder without a manifest, or with a stale one, naming the file", async () => {
    const dir = tempDir("run-empty");
    const options = parseDeployArgs(["--target", "bucket", "--dry-run", "--site", dir], {});
    await expect(runDeploy(options, {}, { log: () => undefined })).rejects.toThrow(/manifest.json is missing: build the site first/);
    const site = siteWithRules(1);
    fs.writeFileSync(path.join(site, "index.html"), "home, changed after the build");
    await expect(runDeploy({ ...options, site }, {}, { log: () => undefined })).rejects.toThrow(/index.html is 29 bytes, not 4: .*manifest.json is not this build's/);
  });
});
