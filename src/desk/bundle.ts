import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../cache/fingerprint.js";

/**
 * `browser/desk.ts` with the site's date and slug code and luxon, bundled for the browser by esbuild.
 * `npm run compile` calls it once and keeps the result in `dist/desk/browser/desk.js`.
 */
export async function bundleDeskScript(root: string): Promise<string> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [path.join(root, "src", "desk", "browser", "desk.ts")],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild wrote no desk script");
  return file.text;
}

let made: Promise<string> | undefined;

/**
 * `/admin/desk.js`, once per process: compiled code reads the bundle `npm run compile` made beside
 * it; the TypeScript sources (`npm start`, the tests) bundle it from `browser/desk.ts`. Its bytes
 * depend on the code alone, so a build cache (which a change of code sets aside) never keeps a
 * stale one.
 */
export function deskScript(): Promise<string> {
  made ??= import.meta.url.endsWith(".ts")
    ? bundleDeskScript(projectRoot())
    : fs.promises.readFile(new URL("./browser/desk.js", import.meta.url), "utf8");
  return made;
}
