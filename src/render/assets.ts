import fs from "node:fs";
import path from "node:path";
import { fingerprint } from "../hash/index.js";
import { assetUrl } from "../urls/index.js";

/** The site's static assets: their published URLs by name, and the copies to make. */
export interface Assets {
  /** `site.css` → `/assets/site.0a1b2c3d4e.css`. */
  readonly urls: Readonly<Record<string, string>>;
  /** Source file (relative to the working directory) → output path (relative to the output folder). */
  readonly copies: Readonly<Record<string, string>>;
}

/**
 * The folder under the assets of the files only a site with `languages` publishes (the masthead's date
 * in the page's language): left out of a one-language site, whose files stay as they were.
 */
export const LANGUAGE_ASSETS = "languages";

/**
 * Fingerprints every file in `dir` (SVG sources excepted), and those of its subfolders `folders`:
 * `site.css` is published as `/assets/site.<hash>.css`, so a changed file always gets a new URL; a
 * subfolder's `languages/today.js` is named `today.js` like the others.
 */
export function fingerprintAssets(dir: string, folders: readonly string[] = []): Assets {
  const urls: Record<string, string> = {};
  const copies: Record<string, string> = {};
  for (const folder of ["", ...folders]) {
    const base = path.join(dir, folder);
    for (const name of fs.readdirSync(base).sort()) {
      const file = path.join(base, name);
      if (!fs.statSync(file).isFile() || name.endsWith(".svg")) continue;
      const url = assetUrl(name, fingerprint(fs.readFileSync(file)));
      urls[name] = url;
      copies[file] = url.replace(/^\//, "");
    }
  }
  return { urls, copies };
}
