// `npm run compile` (and `prepare`, which `npm ci` and `npm install` run): compiles `src/` to plain
// JavaScript in `dist/`, so that the production commands run on Node alone, with no TypeScript
// loader. This one file is JavaScript because it makes the JavaScript everything else runs from.
//
// - every `src/**/*.ts` (declarations and the browser's code aside) becomes `dist/**/*.js`, one
//   module each, beside one another as in `src/`: `import.meta.url` keeps its meaning;
// - the web desk's browser script is bundled once into `dist/desk/browser/desk.js`;
// - `dist/source-version` records which `src/` it was made from, for the check at start-up.
//
// The new tree is made beside the old one and put in its place only once complete.
// Usage: node src/cli/compile.mjs [--out DIR] [--if-stale]   (DIR inside the project; default dist)
// With --if-stale it does nothing when DIR was compiled from the sources as they are (`npm run build`
// runs it first, so a checkout built without `npm ci`, or after a `git pull`, is compiled first).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildSync } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SRC = path.join(ROOT, "src");

/** The TypeScript modules Node runs: all of `src/` but declarations and the browser's code. */
function nodeModules() {
  return fs
    .readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.split(path.sep).includes("browser"))
    .sort()
    .map((f) => path.join(SRC, f));
}

/** Compiles `src/` into `out` (a new folder inside the project, so packages resolve from it). */
async function compileInto(out) {
  buildSync({
    entryPoints: nodeModules(),
    outdir: out,
    outbase: SRC,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  // The compiled modules make the rest: the desk's script, and the version of the sources.
  const desk = await import(pathToFileURL(path.join(out, "desk", "bundle.js")).href);
  fs.mkdirSync(path.join(out, "desk", "browser"), { recursive: true });
  fs.writeFileSync(path.join(out, "desk", "browser", "desk.js"), await desk.bundleDeskScript(ROOT));
  const fingerprint = await import(pathToFileURL(path.join(out, "cache", "fingerprint.js")).href);
  fs.writeFileSync(path.join(out, "source-version"), `${fingerprint.sourceVersion(ROOT)}\n`);
}

/** Whether `out` was compiled from the sources as they are now: its own fingerprint module says. */
async function current(out) {
  try {
    const fingerprint = await import(pathToFileURL(path.join(out, "cache", "fingerprint.js")).href);
    return fs.readFileSync(path.join(out, "source-version"), "utf8").trim() === fingerprint.sourceVersion(ROOT);
  } catch {
    return false;
  }
}

const { values } = parseArgs({ options: { out: { type: "string", default: "dist" }, "if-stale": { type: "boolean", default: false } } });
const target = path.resolve(ROOT, values.out);
if (path.relative(ROOT, target).startsWith("..")) throw new Error(`--out must be inside ${ROOT}, got ${values.out}`);
if (values["if-stale"] && (await current(target))) process.exit(0);
const staging = `${target}.tmp-${process.pid}`;
const started = performance.now();
try {
  await compileInto(staging);
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(staging, target);
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
console.log(`compiled src/ into ${path.relative(ROOT, target)}/ in ${((performance.now() - started) / 1000).toFixed(2)} s`);
