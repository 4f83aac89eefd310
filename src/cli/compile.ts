import fs from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { codeVersion, projectRoot } from "../cache/fingerprint.js";

/**
 * The build command compiled to one JavaScript module (and its content worker), made once per
 * version of `src/` into `node_modules/.cache/news-build/<version>/`: a cached build spends most of
 * its time starting up, and loading some eighty TypeScript modules through the loader costs more
 * than the build itself does when little changed. Returns the module's path.
 */
export function compiledBuild(): string {
  const root = projectRoot();
  const dir = path.join(root, "node_modules", ".cache", "news-build", codeVersion(root));
  const entry = path.join(dir, "build.mjs");
  if (fs.existsSync(entry)) return entry;
  const temporary = path.join(root, "node_modules", ".cache", `news-build.${process.pid}.tmp`);
  buildSync({
    entryPoints: { build: path.join(root, "src", "cli", "build.ts"), worker: path.join(root, "src", "content", "worker.ts") },
    outdir: temporary,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  try {
    fs.renameSync(temporary, dir);
  } catch (error) {
    // Another build compiled the same version first: use it.
    fs.rmSync(temporary, { recursive: true, force: true });
    if (!fs.existsSync(entry)) throw error;
  }
  // Older versions go.
  for (const other of fs.readdirSync(path.dirname(dir))) {
    if (other !== path.basename(dir)) fs.rmSync(path.join(path.dirname(dir), other), { recursive: true, force: true });
  }
  return entry;
}
