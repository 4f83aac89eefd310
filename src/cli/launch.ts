/**
 * `npm run build` (`node dist/cli/launch.js`): runs `build.ts`, compiled, with no TypeScript loader.
 * A full build holds the whole archive in memory, and V8 lets garbage pile up near its heap limit
 * before it collects in earnest, so a full build runs in a Node process whose heap is sized to the
 * content (see `heap.ts`); its output and exit code are passed through. A build with a saved cache
 * of this code (see `src/cache/cache.ts`) holds only what changed, and runs in this process,
 * without the cost of starting a second one. `NEWS_BUILD_HEAP_MB` sets the heap by hand, and always
 * starts the second process. Takes the arguments of `build.ts`.
 *
 * Compiled code older than `src/` is refused (see `compiled.ts`): it would save a build cache under
 * the name of code it is not.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { codeVersion, projectRoot } from "../cache/fingerprint.js";
import { cacheMatchesCode } from "../cache/state.js";
import { besideModule } from "../threads/spawn.js";
import { staleCompiledReason } from "./compiled.js";
import { articleBytes, heapLimitMb } from "./heap.js";
import { processOptions } from "./options.js";

const args = process.argv.slice(2);
const root = projectRoot();
const stale = import.meta.url.endsWith(".ts") ? undefined : staleCompiledReason(root);
if (stale) {
  process.stderr.write(`The build did not start: ${stale}.\n`);
  process.exit(1);
}
const { build } = processOptions();
const fromEnv = Number(process.env["NEWS_BUILD_HEAP_MB"]);
const cached = build.cacheDir !== false && cacheMatchesCode(build.cacheDir, codeVersion(root));
if (cached && !(Number.isInteger(fromEnv) && fromEnv > 0)) {
  await import("./build.js");
} else {
  const heap = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : heapLimitMb(articleBytes(build.contentDir));
  // The same Node flags as this process: none for compiled code, the loader's when run from the sources.
  const script = fileURLToPath(besideModule("build", import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${heap}`, script, ...args], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}
