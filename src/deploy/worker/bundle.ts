import path from "node:path";
import { build } from "esbuild";

/** The worker's entry module. */
export const WORKER_ENTRY = path.join(import.meta.dirname, "index.ts");

/** Bundles the edge worker into one ES module, as the Workers runtime loads it; returns its code. */
export async function bundleWorker(): Promise<string> {
  const result = await build({ entryPoints: [WORKER_ENTRY], bundle: true, format: "esm", platform: "neutral", target: "es2022", minify: true, write: false, logLevel: "silent" });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error("esbuild wrote no worker bundle");
  return code;
}
