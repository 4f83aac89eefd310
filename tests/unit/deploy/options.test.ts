import { describe, expect, it } from "vitest";
import { pagesDeployCommand, pagesRollbackTarget, pagesSettings, parseDeployArgs, s3Settings, type PagesDeployment } from "../../../src/deploy/index.js";

describe("npm run deploy's options", () => {
  it("takes the target from DEPLOY_TARGET when --target is not given, as the workflow calls it", () => {
    expect(parseDeployArgs(["--target", "bucket"], {})).toEqual({ target: "bucket", dryRun: false, rollback: false, site: "_site", plan: "free", concurrency: 8 });
    expect(parseDeployArgs(["--rollback"], { DEPLOY_TARGET: "pages" })).toMatchObject({ target: "pages", rollback: true });
    expect(parseDeployArgs(["--dry-run", "--plan", "paid", "--site", "out"], { DEPLOY_TARGET: "pages" })).toMatchObject({ dryRun: true, plan: "paid", site: "out" });
    expect(parseDeployArgs([], { DEPLOY_TARGET: "pages", PAGES_PLAN: "paid" }).plan).toBe("paid");
  });

  it("refuses a missing or unknown target and plan in plain words", () => {
    expect(() => parseDeployArgs([], {})).toThrow(/no target: pass --target pages or --target bucket, or set DEPLOY_TARGET/);
    expect(() => parseDeployArgs(["--target", "netlify"], {})).toThrow(/unknown target "netlify"/);
    expect(() => parseDeployArgs(["--target", "pages", "--plan", "pro"], {})).toThrow(/unknown plan "pro"/);
    expect(() => parseDeployArgs(["--target", "pages", "--concurrency", "0"], {})).toThrow(/--concurrency/);
  });

  it("names every missing credential", () => {
    expect(() => pagesSettings({ CLOUDFLARE_API_TOKEN: "t" })).toThrow(/^CLOUDFLARE_ACCOUNT_ID, PAGES_PROJECT are not set: the pages target reads/);
    expect(() => s3Settings({ S3_ENDPOINT: "https://x", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k" })).toThrow(/^S3_SECRET_ACCESS_KEY is not set/);
    expect(s3Settings({ S3_ENDPOINT: "https://x", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" }).region).toBe("auto");
  });
});

describe("the Pages target", () => {
  const settings = pagesSettings({ CLOUDFLARE_API_TOKEN: "token", CLOUDFLARE_ACCOUNT_ID: "acct", PAGES_PROJECT: "courier", GITHUB_SHA: "abc123" });

  it("runs wrangler from node_modules with the token in its environment, never its arguments", () => {
    const command = pagesDeployCommand("_site", settings, "/repo");
    expect(command.program).toBe(process.execPath);
    expect(command.args).toEqual(["/repo/node_modules/wrangler/bin/wrangler.js", "pages", "deploy", "_site", "--project-name=courier", "--branch=main", "--commit-hash=abc123", "--commit-dirty=true"]);
    expect(command.env).toMatchObject({ CLOUDFLARE_API_TOKEN: "token", CLOUDFLARE_ACCOUNT_ID: "acct" });
    expect(command.args.join(" ")).not.toContain("token");
  });

  it("rolls back to the newest successful production deployment older than the live one", () => {
    const d = (id: string, created_on: string, status = "success", environment = "production"): PagesDeployment => ({ id, created_on, environment, latest_stage: { name: "deploy", status } });
    const list = [d("e", "2026-12-05T10:00:00Z"), d("d", "2026-12-04T10:00:00Z", "failure"), d("c", "2026-12-03T10:00:00Z", "success", "preview"), d("b", "2026-12-02T10:00:00Z"), d("a", "2026-12-01T10:00:00Z")];
    expect(pagesRollbackTarget("e", list).id).toBe("b");
    // Live on an older deployment after a rollback: back again from there.
    expect(pagesRollbackTarget("b", list).id).toBe("a");
    expect(() => pagesRollbackTarget("a", list)).toThrow(/nothing to roll back to/);
  });
});
