// The deploy loop's commands run as child processes, as CI runs them: `npm run due` itself once, the
// rest through tsx (the same files, without npm's start-up), on fixture records in temporary
// folders with GITHUB_OUTPUT set; `affects` on a small git repository made here.
import { execFile, execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, tempDir } from "../../helpers/site.js";

const LIVE = "1111111111111111111111111111111111111111";
const PUSHED = "3333333333333333333333333333333333333333";
const BEFORE_EMBARGO = String(Date.parse("2026-12-04T11:52:00Z") / 1000);
const AFTER_EMBARGO = String(Date.parse("2026-12-04T12:07:00Z") / 1000);

/** The environment of a run, without what CI itself sets (a test must not inherit the real run's). */
function ciEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["GITHUB_OUTPUT", "GITHUB_SHA", "GITHUB_EVENT_NAME", "DEPLOY_RECORD", "SOURCE_DATE_EPOCH", "NEWS_CACHE_DIR", "NEWS_CACHE"]) delete env[name];
  return { ...env, ...extra };
}

type Ran = { code: number; stdout: string; stderr: string };

/** Runs `src/cli/<name>.ts` (through `npm run <name>` when `npm` is set) and collects its exit code and output. */
async function cli(name: string, args: string[], env: NodeJS.ProcessEnv, options: { npm?: boolean; cwd?: string } = {}): Promise<Ran> {
  const [command, argv] = options.npm ? ["npm", ["run", "--silent", name, "--", ...args]] : [path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "src", "cli", `${name}.ts`), ...args]];
  return promisify(execFile)(command, argv, { cwd: options.cwd ?? ROOT, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** A temporary folder with a copy of one fixture record, and an empty GITHUB_OUTPUT file. */
function state(fixture?: string): { dir: string; record: string; output: string } {
  const dir = tempDir("loop");
  const record = path.join(dir, ".deploy-record.json");
  if (fixture) fs.copyFileSync(path.join(FIXTURES, "loop", fixture), record);
  const output = path.join(dir, "github-output");
  fs.writeFileSync(output, "");
  return { dir, record, output };
}

describe("npm run due, as a scheduled run calls it", () => {
  it("nothing due: the live commit before its embargo; then due once the embargo lifts", async () => {
    const { record, output } = state("live-embargo.json");
    const quiet = await cli("due", ["--record", record, "--now", BEFORE_EMBARGO], ciEnv({ GITHUB_OUTPUT: output, GITHUB_SHA: LIVE, GITHUB_EVENT_NAME: "schedule" }), { npm: true });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toMatch(/^due: no, nothing due: 111111111111 is live since 2026-12-04T10:02:11.000Z, and the next change is at 2026-12-04T12:00:00.000Z/);
    const lifted = await cli("due", ["--record", record, "--now", AFTER_EMBARGO], ciEnv({ GITHUB_OUTPUT: output, GITHUB_SHA: LIVE, GITHUB_EVENT_NAME: "schedule" }));
    expect(lifted.stdout).toBe("due: yes\n  - an embargo has lifted: content/articles/2026/12/vote.md is released (at 2026-12-04T12:00:00.000Z)\n");
    expect(fs.readFileSync(output, "utf8")).toBe(
      [
        "due=false",
        "reason=nothing due: 111111111111 is live since 2026-12-04T10:02:11.000Z, and the next change is at 2026-12-04T12:00:00.000Z (content/articles/2026/12/vote.md is released)",
        "new-commit=false",
        `deployed=${LIVE}`,
        "due=true",
        "reason=an embargo has lifted: content/articles/2026/12/vote.md is released (at 2026-12-04T12:00:00.000Z)",
        "new-commit=false",
        `deployed=${LIVE}`,
        "",
      ].join("\n"),
    );
  });

  it("due for a commit not deployed yet, with the live commit handed on for the checks", async () => {
    const { record, output } = state("live-embargo.json");
    const run = await cli("due", ["--record", record, "--head", PUSHED, "--now", BEFORE_EMBARGO], ciEnv({ GITHUB_OUTPUT: output }));
    expect(run.stdout).toBe("due: yes\n  - commit 333333333333 is not deployed yet (live: 111111111111)\n");
    expect(fs.readFileSync(output, "utf8")).toContain(`due=true\nreason=commit 333333333333 is not deployed yet (live: 111111111111)\nnew-commit=true\ndeployed=${LIVE}\n`);
  });

  it("a corrupt record: an error naming the file, and due (exit 0, so the run builds)", async () => {
    const { dir, record, output } = state();
    fs.copyFileSync(path.join(FIXTURES, "loop", "corrupt.json"), record);
    const run = await cli("due", ["--record", record, "--head", LIVE, "--now", BEFORE_EMBARGO], ciEnv({ GITHUB_OUTPUT: output }));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`npm run due: ${path.join(dir, ".deploy-record.json")} is not a deploy record this version can read: it is not JSON`);
    expect(fs.readFileSync(output, "utf8")).toMatch(/^due=true\n/);
  });
});

describe("npm run record, after a deploy attempt", () => {
  it("records a success from the build's files, keeps it through a failed attempt, and due reads both", async () => {
    const { dir, record, output } = state();
    const site = path.join(dir, "_site");
    const cache = path.join(dir, "cache");
    fs.mkdirSync(site);
    fs.mkdirSync(cache);
    fs.writeFileSync(path.join(site, "manifest.json"), '{\n  "files": [\n  ]\n}\n');
    fs.writeFileSync(path.join(cache, "next-change.json"), JSON.stringify({ epoch: 1796385600, at: "2026-12-04T12:00:00.000Z", reason: "content/articles/vote.md is released", kind: "embargo", builtFor: 1796378400 }));
    const env = ciEnv({});
    const ok = await cli("record", ["success", "--record", record, "--output", site, "--cache", cache, "--head", LIVE, "--now", "1796378520"], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("recorded: deploy of 111111111111 succeeded at 2026-12-04T10:02:00.000Z");
    const written = JSON.parse(fs.readFileSync(record, "utf8"));
    expect(written.deployed).toEqual({
      commit: LIVE,
      manifestSha256: crypto.createHash("sha256").update(fs.readFileSync(path.join(site, "manifest.json"))).digest("hex"),
      builtFor: 1796378400,
      next: { epoch: 1796385600, at: "2026-12-04T12:00:00.000Z", reason: "content/articles/vote.md is released", kind: "embargo" },
      at: "2026-12-04T10:02:00.000Z",
    });
    // The next build fails before writing anything: the output and cache are gone, the live fields stay.
    fs.rmSync(site, { recursive: true });
    fs.rmSync(cache, { recursive: true });
    const failed = await cli("record", ["failure", "--record", record, "--output", site, "--cache", cache, "--head", PUSHED, "--now", "1796379000"], env);
    expect(failed.code).toBe(0);
    const after = JSON.parse(fs.readFileSync(record, "utf8"));
    expect(after.deployed).toEqual(written.deployed);
    expect(after.attempt).toEqual({ action: "deploy", outcome: "failure", commit: PUSHED, at: "2026-12-04T10:10:00.000Z" });
    const due = await cli("due", ["--record", record, "--head", PUSHED, "--now", BEFORE_EMBARGO], ciEnv({ GITHUB_OUTPUT: output }));
    expect(due.stdout).toBe("due: yes\n  - commit 333333333333 is not deployed yet (live: 111111111111)\n  - the last deploy (of 333333333333, at 2026-12-04T10:10:00.000Z) failed: this run tries again\n");
  });

  it("a failure with no record and no build yet writes a record of the attempt only", async () => {
    const { dir, record } = state();
    const run = await cli("record", ["failure", "--record", record, "--output", path.join(dir, "_site"), "--head", PUSHED, "--now", "1796379000"], ciEnv({}));
    expect(run.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(record, "utf8"))).toEqual({ format: 1, attempt: { action: "deploy", outcome: "failure", commit: PUSHED, at: "2026-12-04T10:10:00.000Z" } });
  });

  it("a success without a manifest is recorded as a failure, and says so", async () => {
    const { dir, record } = state("live-embargo.json");
    const run = await cli("record", ["success", "--record", record, "--output", path.join(dir, "_site"), "--head", PUSHED, "--now", "1796379000"], ciEnv({}));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path.join(dir, "_site", "manifest.json")} is missing: recorded as a failure`);
    expect(JSON.parse(fs.readFileSync(record, "utf8")).attempt.outcome).toBe("failure");
  });
});

describe("affects, on a git repository", () => {
  it("skips the suite for a content-only change, runs it for a template or an unknown base", async () => {
    const repo = tempDir("affects");
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Desk", "-c", "user.email=desk@example.org", ...args], { cwd: repo, encoding: "utf8" }).trim();
    git("init", "-q");
    fs.mkdirSync(path.join(repo, "content", "articles"), { recursive: true });
    fs.mkdirSync(path.join(repo, "templates"));
    fs.writeFileSync(path.join(repo, "templates", "home.njk"), "home");
    git("add", ".");
    git("commit", "-qm", "start");
    const start = git("rev-parse", "HEAD");
    fs.writeFileSync(path.join(repo, "content", "articles", "vote.md"), "---\ntitle: Vote\n---\n");
    git("add", ".");
    git("commit", "-qm", "a story");
    const story = git("rev-parse", "HEAD");
    fs.writeFileSync(path.join(repo, "templates", "home.njk"), "home, redrawn");
    git("add", ".");
    git("commit", "-qm", "a template");
    const affects = (args: string[]) => cli("affects", args, ciEnv({}), { cwd: repo }).then((r) => r.stdout);
    expect(await affects(["--base", start, "--head", story])).toBe("suite: no, only content changed (1 file in content/): the generator's tests are not needed\n");
    expect(await affects(["--base", start])).toBe("suite: yes, templates/home.njk changed outside content/: the generator's tests run\n");
    expect(await affects(["--base", ""])).toBe("suite: yes, no base commit to compare with: the generator's tests run\n");
    expect(await affects(["--base", "0000000000000000000000000000000000000000"])).toBe("suite: yes, no base commit to compare with: the generator's tests run\n");
    expect(await affects(["--base", "1234567890abcdef1234567890abcdef12345678"])).toMatch(/^suite: yes, git cannot compare 1234567890abcdef1234567890abcdef12345678 with HEAD \(.+\): the generator's tests run\n$/);
  });
});
