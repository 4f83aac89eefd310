import { sha256 } from "../hash/index.js";
import fs from "node:fs";
import path from "node:path";
import { MANIFEST_URL, outputFileOf, urlOfFile } from "../urls/index.js";
import { walkFiles } from "../files/index.js";

/** One file of a built site. */
export interface ManifestEntry {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

/** Every file of a build with its hash and size, sorted by path: what a deploy uploads. */
export interface Manifest {
  readonly files: readonly ManifestEntry[];
}

export const MANIFEST_FILE = outputFileOf(MANIFEST_URL);

/** Hashes every file under `root` (the manifest itself aside). */
export function buildManifest(root: string): Manifest {
  const files = walkFiles(root, { filter: (p) => p !== MANIFEST_FILE })
    .map((p) => {
      const bytes = fs.readFileSync(path.join(root, p));
      return { path: p, sha256: sha256(bytes), size: bytes.length };
    });
  return { files };
}

/** The text of `manifest.json`: one file a line, so that diffs stay readable. */
export function manifestText(files: readonly ManifestEntry[]): string {
  return `{\n  "files": [\n${files.map((f) => `    ${JSON.stringify(f)}`).join(",\n")}\n  ]\n}\n`;
}

/** Writes `manifest.json` into `root`. */
export function writeManifest(root: string): Manifest {
  const manifest = buildManifest(root);
  fs.writeFileSync(path.join(root, MANIFEST_FILE), manifestText(manifest.files));
  return manifest;
}

/** What a deploy must do to go from one build to the next. */
export interface DeployPlan {
  /** Files that are new or changed: upload them. */
  readonly upload: readonly string[];
  /** Files that are gone: delete them. */
  readonly remove: readonly string[];
  /** URLs whose cached copies are stale (changed or removed files): purge them at the CDN. */
  readonly purge: readonly string[];
}

/** Compares two manifests. New files need no purge; changed and removed ones do. */
export function planDeploy(previous: Manifest, next: Manifest): DeployPlan {
  const before = new Map(previous.files.map((f) => [f.path, f.sha256]));
  const after = new Map(next.files.map((f) => [f.path, f.sha256]));
  const upload = next.files.filter((f) => before.get(f.path) !== f.sha256).map((f) => f.path);
  const changed = upload.filter((p) => before.has(p));
  const remove = previous.files.filter((f) => !after.has(f.path)).map((f) => f.path);
  return { upload, remove, purge: [...changed, ...remove].map(urlOfFile).sort() };
}

/** Reads a manifest file, with a plain message when it is not one. */
export function readManifest(file: string): Manifest {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`${file} is not a manifest: ${(error as Error).message}`);
  }
  return parseManifest(text, file);
}

/** Parses the text of a manifest; `source` names it in the message when it is not one. */
export function parseManifest(text: string, source: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not a manifest: ${(error as Error).message}`);
  }
  const files = (data as { files?: unknown }).files;
  if (!Array.isArray(files) || !files.every((f) => typeof f?.path === "string" && typeof f?.sha256 === "string")) {
    throw new Error(`${source} is not a manifest: it needs "files": [{ "path", "sha256", "size" }]`);
  }
  return { files: files as ManifestEntry[] };
}
