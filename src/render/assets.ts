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
 * Fingerprints every file in `dir` (SVG sources excepted): `site.css` is published as
 * `/assets/site.<hash>.css`, so a changed file always gets a new URL.
 */
export function fingerprintAssets(dir: string): Assets {
  const urls: Record<string, string> = {};
  const copies: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (!fs.statSync(file).isFile() || name.endsWith(".svg")) continue;
    const url = assetUrl(name, fingerprint(fs.readFileSync(file)));
    urls[name] = url;
    copies[file] = url.replace(/^\//, "");
  }
  return { urls, copies };
}
