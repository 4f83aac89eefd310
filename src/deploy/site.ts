import fs from "node:fs";
import path from "node:path";
import { HEADERS_URL, REDIRECTS_URL } from "../urls/index.js";
import type { SiteBuild } from "./bucket.js";
import { parseHeadersFile } from "./header-rules.js";
import { MANIFEST_FILE, readManifest } from "./manifest.js";
import { parseRedirectsFile } from "./redirect-rules.js";

/**
 * A built site as a deploy sends it: its manifest, checked against the folder (a file missing or of
 * another size means the manifest is stale: build again), and its header and redirect rules.
 */
export function readSiteBuild(dir: string): SiteBuild {
  const manifestFile = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: build the site first (npm run build), or pass --site with the folder it was built into`);
  const manifest = readManifest(manifestFile);
  for (const file of manifest.files) {
    const stat = fs.statSync(path.join(dir, file.path), { throwIfNoEntry: false });
    if (stat?.size !== file.size) throw new Error(`${path.join(dir, file.path)} ${stat ? `is ${stat.size} bytes, not ${file.size}` : "is missing"}: ${manifestFile} is not this build's; build again`);
  }
  const read = (url: string): string => {
    const file = path.join(dir, url.slice(1));
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  };
  return { dir, manifest, headers: parseHeadersFile(read(HEADERS_URL)), redirects: parseRedirectsFile(read(REDIRECTS_URL)) };
}
