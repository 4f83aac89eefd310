import path from "node:path";
import { projectRoot } from "../cache/fingerprint.js";

let made: Promise<string> | undefined;

/**
 * `/admin/desk.js`: `browser/desk.ts` with the site's date and slug code and luxon, bundled for the
 * browser by esbuild, once per process. Its bytes depend on the code alone, so a build cache (which
 * a change of code sets aside) never keeps a stale one.
 */
export function deskScript(): Promise<string> {
  made ??= (async () => {
    const { build } = await import("esbuild");
    const root = projectRoot();
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
  })();
  return made;
}
