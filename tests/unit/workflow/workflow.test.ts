// Reads .github/workflows/deploy.yml and checks its wiring: the workflow only calls our commands,
// and the rules that keep a push from being lost and a secret from leaking hold in every job.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../../helpers/site.js";

interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}
interface Job {
  readonly if?: string;
  readonly needs?: string | string[];
  readonly permissions?: unknown;
  readonly environment?: string;
  readonly steps: Step[];
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly permissions: unknown;
  readonly concurrency: { group: string; "cancel-in-progress": unknown };
  readonly jobs: Record<string, Job>;
}

const workflow = parse(fs.readFileSync(path.join(ROOT, ".github", "workflows", "deploy.yml"), "utf8")) as Workflow;
const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
const jobs = Object.entries(workflow.jobs);
const steps = jobs.flatMap(([job, j]) => j.steps.map((step) => ({ job, step })));

/** The major version of every action the workflow uses: the current ones (checked December 2026). */
const ACTIONS: Readonly<Record<string, string>> = {
  "actions/checkout": "v7",
  "actions/setup-node": "v7",
  "actions/cache/restore": "v6",
  "actions/cache/save": "v6",
};
/** Run lines that are not npm scripts, each with its reason (the workflow's comment says it too). */
const NOT_NPM: ReadonlyArray<{ job: string; run: string }> = [
  // A system package for the browser tests: needs root, and belongs to the runner.
  { job: "test", run: "sudo apt-get update && sudo apt-get install -y chromium" },
];

/** The minutes of a cron's minute field ("7,22,37,52", "*\/15", "5-50/15"). */
function minutes(field: string): number[] {
  const out = new Set<number>();
  for (const part of field.split(",")) {
    const [range = "*", step = "1"] = part.split("/");
    const [from, to] = range === "*" ? [0, 59] : range.includes("-") ? range.split("-").map(Number) : [Number(range), step === "1" ? Number(range) : 59];
    for (let m = from ?? 0; m <= (to ?? 59); m += Number(step)) out.add(m);
  }
  return [...out].sort((a, b) => a - b);
}

/** Whether a cache step holds the archive: the build cache or the last output. */
const archive = (step: Step): boolean => /(^|\n)\s*(\.cache|_site)\s*(\n|$)/.test(String(step.with?.["path"] ?? ""));

const includesAll = (text: string | undefined, ...parts: string[]): boolean => parts.every((p) => (text ?? "").includes(p));

describe("the deploy workflow's wiring", () => {
  it("runs on pushes to main, pull requests, a schedule and by hand (with a rollback switch)", () => {
    expect(workflow.on["push"]).toEqual({ branches: ["main"] });
    expect(workflow.on).toHaveProperty("pull_request");
    const dispatch = workflow.on["workflow_dispatch"] as { inputs: Record<string, { type: string; default: boolean }> };
    expect(dispatch.inputs["rollback"]).toMatchObject({ type: "boolean", default: false });
  });

  it("is scheduled at least every 15 minutes, never at the top of the hour, with no daily run", () => {
    const crons = (workflow.on["schedule"] as Array<{ cron: string }>).map((s) => s.cron);
    expect(crons).toHaveLength(1);
    const [minute = "", hour, day, month, weekday] = (crons[0] ?? "").split(/\s+/);
    expect([hour, day, month, weekday]).toEqual(["*", "*", "*", "*"]);
    const at = minutes(minute);
    expect(at).not.toContain(0);
    const gaps = at.map((m, i) => ((at[(i + 1) % at.length] ?? 0) - m + 60) % 60 || 60);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(15);
  });

  it("reads the repository and nothing more, in every job", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    for (const [, job] of jobs) expect(job.permissions).toBeUndefined();
  });

  it("never cancels a run in progress, and keeps one group per ref", () => {
    expect(workflow.concurrency["cancel-in-progress"]).toBe(false);
    expect(workflow.concurrency.group).toContain("${{ github.ref }}");
  });

  it("checks out without keeping the token, in every job", () => {
    for (const [name, job] of jobs) {
      const checkouts = job.steps.filter((s) => s.uses?.startsWith("actions/checkout@"));
      expect(checkouts, name).toHaveLength(1);
      expect(checkouts[0]?.with?.["persist-credentials"], name).toBe(false);
    }
  });

  it("sets up an exact Node version, the one in .node-version", () => {
    const version = fs.readFileSync(path.join(ROOT, ".node-version"), "utf8").trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const setups = steps.filter(({ step }) => step.uses?.startsWith("actions/setup-node@"));
    expect(setups.length).toBe(jobs.length);
    for (const { job, step } of setups) {
      expect(step.with?.["node-version"], job).toBeUndefined();
      expect(step.with?.["node-version-file"], job).toBe(".node-version");
    }
  });

  it("uses each action at the major version in the table", () => {
    for (const { job, step } of steps) {
      if (!step.uses) continue;
      const [action = "", version] = step.uses.split("@");
      expect(ACTIONS[action], `${job}: ${step.uses}`).toBeDefined();
      expect(version, `${job}: ${step.uses}`).toBe(ACTIONS[action]);
    }
  });

  it("runs npm ci and npm scripts only, and every script it names exists", () => {
    for (const { job, step } of steps) {
      if (step.run === undefined) continue;
      const run = step.run.trim();
      if (NOT_NPM.some((e) => e.job === job && e.run === run)) continue;
      expect(run, job).not.toMatch(/\n|;|&&|\|\||\$\(|`|npx/);
      // `npm test` is npm's short name for `npm run test`.
      const match = /^npm (ci|test|run ([\w:-]+))(\s|$)/.exec(run);
      expect(match, `${job}: ${run}`).not.toBeNull();
      const script = match?.[1] === "test" ? "test" : match?.[2];
      if (script) expect(scripts, `${job}: ${run}`).toHaveProperty(script);
    }
  });

  it("deploys and rolls back with exactly the deploy command, the target from a repository variable", () => {
    const deploys = steps.filter(({ step }) => step.run?.startsWith("npm run deploy"));
    expect(deploys.map(({ job, step }) => [job, step.run])).toEqual([
      ["deploy", 'npm run deploy -- --target "$DEPLOY_TARGET"'],
      ["rollback", 'npm run deploy -- --rollback --target "$DEPLOY_TARGET"'],
    ]);
    for (const { step } of deploys) expect(step.env?.["DEPLOY_TARGET"]).toBe("${{ vars.DEPLOY_TARGET }}");
    expect(workflow.jobs["rollback"]?.if).toContain("inputs.rollback");
    expect(workflow.jobs["due"]?.if).toContain("!inputs.rollback");
  });

  it("hands secrets to the deploy steps only", () => {
    const text = (value: unknown): string => JSON.stringify(value ?? "");
    for (const [name, job] of jobs) {
      const { steps: jobSteps, ...rest } = job;
      expect(text(rest), name).not.toContain("secrets.");
      for (const step of jobSteps) {
        const { env, ...others } = step;
        expect(text(others), `${name}: ${step.name ?? step.run ?? step.uses}`).not.toContain("secrets.");
        if (text(env).includes("secrets.")) expect(step.run, name).toMatch(/^npm run deploy /);
      }
    }
    const { jobs: _jobs, ...top } = workflow;
    expect(text(top)).not.toContain("secrets.");
    // The deploying jobs run in the production environment, where a newsroom may keep its secrets.
    expect(workflow.jobs["deploy"]?.environment).toBe("production");
    expect(workflow.jobs["rollback"]?.environment).toBe("production");
  });

  it("keys the record and the archive by run and attempt (restoring the newest by prefix), the packages by what they are made from", () => {
    const caches = steps.filter(({ step }) => step.uses?.startsWith("actions/cache/"));
    expect(caches.length).toBeGreaterThan(0);
    for (const { job, step } of caches) {
      const key = String(step.with?.["key"]);
      if (step.with?.["path"] === "node_modules") {
        // Same key, same bytes: a save under an existing key is skipped, and nothing is lost by it.
        expect(key, job).toBe("runtime-modules-${{ runner.os }}-${{ hashFiles('.node-version', 'package-lock.json') }}");
        continue;
      }
      expect(key, job).toMatch(/\$\{\{ github\.run_id \}\}-\$\{\{ github\.run_attempt \}\}$/);
      if (step.uses?.startsWith("actions/cache/restore@")) expect(key.startsWith(String(step.with?.["restore-keys"])), job).toBe(true);
    }
  });

  it("decides from the record alone, and restores the archive only where a build is due", () => {
    const due = workflow.jobs["due"];
    expect(due?.steps.filter((s) => s.uses?.startsWith("actions/cache/")).map((s) => s.with?.["path"])).toEqual([".deploy-record.json", "node_modules", "node_modules"]);
    // No dev packages, and installed only when the packages' archive is missing; a restored archive
    // holds no compiled commands, so they are compiled from the commit's sources.
    expect(due?.steps.filter((s) => s.run).map((s) => [s.run, s.if])).toEqual([
      ["npm ci --omit=dev --no-audit --no-fund", "steps.modules.outputs.cache-hit != 'true'"],
      ["npm run compile", "steps.modules.outputs.cache-hit == 'true'"],
      ["npm run due", undefined],
    ]);
    const restores = steps.filter(({ step }) => step.uses?.startsWith("actions/cache/restore@") && archive(step));
    expect(restores.map(({ job }) => job)).toEqual(["deploy"]);
    expect(workflow.jobs["deploy"]?.needs).toContain("due");
    expect(workflow.jobs["deploy"]?.if).toContain("needs.due.outputs.due == 'true'");
  });

  it("saves the record after every attempt, the archive only after a deploy that went through", () => {
    for (const job of ["deploy", "rollback"]) {
      const save = workflow.jobs[job]?.steps.find((s) => s.uses?.startsWith("actions/cache/save@") && s.with?.["path"] === ".deploy-record.json");
      expect(save?.if, job).toMatch(/^\$\{\{ always\(\)/);
      const records = workflow.jobs[job]?.steps.filter((s) => s.run?.startsWith("npm run record")).map((s) => [s.run, s.if]);
      const flag = job === "rollback" ? " --rollback" : "";
      expect(records, job).toEqual([
        [`npm run record -- success${flag}`, `\${{ !cancelled() && steps.${job}.outcome == 'success' }}`],
        [`npm run record -- failure${flag}`, `\${{ failure() && steps.${job}.outcome != 'success' }}`],
      ]);
    }
    const saveArchive = workflow.jobs["deploy"]?.steps.find((s) => s.uses?.startsWith("actions/cache/save@") && archive(s));
    expect(saveArchive?.if).toBe("${{ !cancelled() && steps.deploy.outcome == 'success' }}");
  });

  it("checks every push, and runs the generator's tests when the change needs them", () => {
    for (const job of ["check", "test"]) {
      expect(includesAll(workflow.jobs[job]?.if, "github.event_name == 'push'", "github.event_name == 'pull_request'", "needs.due.outputs.new-commit == 'true'"), job).toBe(true);
    }
    expect(workflow.jobs["check"]?.steps.some((s) => s.run === "npm run check")).toBe(true);
    const test = workflow.jobs["test"]?.steps ?? [];
    expect(test.find((s) => s.id === "affects")?.run).toBe('npm run affects -- --base "$BASE"');
    for (const s of test.filter((s) => s.run === "npm test" || s.run === "npm run typecheck")) expect(s.if).toBe("steps.affects.outputs.suite == 'true'");
    expect(includesAll(workflow.jobs["deploy"]?.if, "needs.check.result", "needs.test.result")).toBe(true);
  });
});
