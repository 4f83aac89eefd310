import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, snapshotTree } from "../helpers/site.js";

const DIST = path.join(ROOT, "dist");
/** A second compile, inside the project (so that its modules resolve the project's packages), removed after. */
const FRESH = path.join(ROOT, "tests", ".output", `compiled-${process.pid}`);
/** A third, for --if-stale. */
const STALE = path.join(ROOT, "tests", ".output", `if-stale-${process.pid}`);

describe("dist/, the compiled code the production commands run", () => {
  afterAll(() => {
    fs.rmSync(FRESH, { recursive: true, force: true });
    fs.rmSync(STALE, { recursive: true, force: true });
  });

  it("is byte for byte what src/ compiles to now (else: run npm run compile)", async () => {
    expect(fs.existsSync(DIST), "dist/ is missing: run `npm run compile` (npm ci does it)").toBe(true);
    await promisify(execFile)(process.execPath, ["src/cli/compile.mjs", "--out", path.relative(ROOT, FRESH)], { cwd: ROOT });
    const fresh = snapshotTree(FRESH);
    const current = snapshotTree(DIST);
    const differ = [...new Set([...fresh.keys(), ...current.keys()])].filter((file) => !fresh.get(file)?.equals(current.get(file) ?? Buffer.alloc(0)) || !current.has(file));
    expect(differ, `dist/ is older than src/ in these files: run \`npm run compile\``).toEqual([]);
    expect(fresh.has("cli/launch.js") && fresh.has("content/worker.js") && fresh.has("desk/browser/desk.js")).toBe(true);
  });

  it("is compiled by --if-stale when missing, and left alone when current", async () => {
    const run = async (): Promise<string> => (await promisify(execFile)(process.execPath, ["src/cli/compile.mjs", "--out", path.relative(ROOT, STALE), "--if-stale"], { cwd: ROOT })).stdout;
    fs.rmSync(STALE, { recursive: true, force: true });
    expect(await run()).toMatch(/^compiled src\/ into /);
    expect(fs.existsSync(path.join(STALE, "cli", "launch.js"))).toBe(true);
    const before = fs.statSync(path.join(STALE, "source-version")).mtimeMs;
    expect(await run()).toBe("");
    expect(fs.statSync(path.join(STALE, "source-version")).mtimeMs).toBe(before);
    // A source-version that is not the sources' own is stale: compiled again.
    fs.writeFileSync(path.join(STALE, "source-version"), "older\n");
    expect(await run()).toMatch(/^compiled src\/ into /);
  });

  it("is what the production commands run, with plain Node", () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    for (const name of ["new", "changed"]) expect(scripts[name], name).toMatch(/^node dist\/cli\/[a-z]+\.js$/);
    // The build compiles first when dist/ is missing or older than src/ (a checkout without npm ci, a git pull).
    expect(scripts["build"]).toBe("node src/cli/compile.mjs --if-stale && node dist/cli/launch.js");
    expect(scripts["prepare"]).toContain("node src/cli/compile.mjs");
  });
});
