import path from "node:path";
import type { Problem } from "./types.js";

/**
 * Runs `make`, which processes a picture, and turns a file the image library cannot read (a text
 * file named `.jpg`, a truncated download) into a problem with the content file and line, instead
 * of a crash that stops the build at the first one.
 */
export function tryPicture<T>(make: () => T, where: { readonly file: string; readonly line?: number }, src: string, picture: string, rootDir: string, problems: Problem[]): T | undefined {
  try {
    return make();
  } catch {
    problems.push({ ...where, message: `"${src}" is not a picture this build can read (looked at ${path.relative(rootDir, picture)}); save it as JPEG, PNG or WebP, or fix the path` });
    return undefined;
  }
}
