/**
 * `npm run build`: sizes the heap to the content (see `heap.ts`), then runs `build.ts` in a Node
 * process with that heap and passes its output and exit code through. `NEWS_BUILD_HEAP_MB` sets the
 * heap by hand. Takes the arguments of `build.ts`.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { articleBytes, heapLimitMb } from "./heap.js";
import { processOptions } from "./options.js";

const args = process.argv.slice(2);
const { build } = processOptions();
const fromEnv = Number(process.env["NEWS_BUILD_HEAP_MB"]);
const heap = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : heapLimitMb(articleBytes(build.contentDir));
const script = fileURLToPath(new URL("./build.ts", import.meta.url));
const child = spawn(process.execPath, [`--max-old-space-size=${heap}`, "--import", "tsx", script, ...args], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
