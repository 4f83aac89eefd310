import fs from "node:fs";
import path from "node:path";
import { sourceVersion } from "../cache/fingerprint.js";

/** What to tell someone whose `dist/` is missing or older than `src/`. */
export const RECOMPILE_HINT = "run `npm run compile` (npm ci and npm install do it too)";

/**
 * Why the compiled code in `distDir` cannot be trusted to be `src/`, or `undefined` when it can:
 * `npm run compile` records the version of the sources it compiled in `dist/source-version`, and a
 * build that ran older code would save a cache under the newer code's name.
 */
export function staleCompiledReason(root: string, distDir: string = path.join(root, "dist")): string | undefined {
  const file = path.join(distDir, "source-version");
  if (!fs.existsSync(file)) return `${path.relative(root, distDir) || distDir}/ holds no compiled code: ${RECOMPILE_HINT}`;
  if (fs.readFileSync(file, "utf8").trim() !== sourceVersion(root)) {
    return `${path.relative(root, distDir)}/ was compiled from other sources than src/ holds now: ${RECOMPILE_HINT}`;
  }
  return undefined;
}
