/**
 * `npm run build`: runs `build.ts`. A full build holds the whole archive in memory, and V8 lets
 * garbage pile up near its heap limit before it collects in earnest, so a full build runs in a Node
 * process whose heap is sized to the content (see `heap.ts`); its output and exit code are passed
 * through. A build with a saved cache of this code (see `src/pipeline/cache.ts`) holds only what changed, and
 * runs in this process, compiled to one module (see `compile.ts`), without the cost of starting a
 * second process or of loading the TypeScript sources one by one. `NEWS_BUILD_HEAP_MB` sets the
 * heap by hand, and always starts the second process. Takes the arguments of `build.ts`.
 */
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { codeVersion, projectRoot } from "../cache/fingerprint.js";
import { cacheMatchesCode } from "../cache/state.js";
import { compiledBuild } from "./compile.js";
import { articleBytes, heapLimitMb } from "./heap.js";
import { processOptions } from "./options.js";

const args = process.argv.slice(2);
const { build } = processOptions();
const fromEnv = Number(process.env["NEWS_BUILD_HEAP_MB"]);
const cached = build.cacheDir !== false && cacheMatchesCode(build.cacheDir, codeVersion(projectRoot()));
if (cached && !(Number.isInteger(fromEnv) && fromEnv > 0)) {
  await import(pathToFileURL(compiledBuild()).href);
} else {
  const heap = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : heapLimitMb(articleBytes(build.contentDir));
  const script = fileURLToPath(new URL("./build.ts", import.meta.url));
  const child = spawn(process.execPath, [`--max-old-space-size=${heap}`, "--import", "tsx", script, ...args], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}
