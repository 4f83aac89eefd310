import { execFile } from "node:child_process";
import { integrity } from "../hash/index.js";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

/**
 * The Decap CMS release the desk serves, and the registry's integrity of its package. The desk
 * needs only the package's prebuilt bundle, not the 565 packages it depends on to be rebuilt, so
 * the package is not a dependency: `npm ci` fetches it once with `npm pack`, checks it against this
 * hash and keeps the bundle (see {@link fetchDecapBundle}). To move to another release, take both
 * values from `npm view decap-cms@VERSION version dist.integrity`.
 */
export const DECAP_RELEASE = {
  version: "3.16.3",
  integrity: "sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==",
} as const;

/** The bundle's files the desk page loads: the main script, its chunks, WebAssembly and licence notice. */
const BUNDLE_FILE = /^(decap-cms\.js|[\w-]+\.decap-cms\.js|[\w-]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/;

/**
 * Where the bundle is kept after install: `node_modules/.decap-cms/<version>/`. Not under
 * `node_modules/.cache/`, which tools treat as disposable (a benchmark moves it aside, a CI cache
 * step may leave it out): the build needs this folder, so it goes with the packages.
 */
export function decapBundleDir(root: string): string {
  return path.join(root, "node_modules", ".decap-cms", DECAP_RELEASE.version);
}

/** The Subresource Integrity form (`sha512-<base64>`) of a file's bytes. */
export function integrityOf(bytes: Buffer): string {
  return integrity(bytes);
}

/** How to run npm: the npm that runs this install script when there is one, else `npm` on the path. */
function npmCommand(): { file: string; args: string[] } {
  const cli = process.env["npm_execpath"];
  return cli && cli.endsWith(".js") ? { file: process.execPath, args: [cli] } : { file: "npm", args: [] };
}

/**
 * Fetches the pinned `decap-cms` package with `npm pack` (from npm's cache when it holds it),
 * refuses it unless its bytes match {@link DECAP_RELEASE}'s integrity, and keeps only the bundle's
 * files in {@link decapBundleDir}. Does nothing when that folder is complete already. Returns the
 * folder. Needs `tar` on the path (Linux, macOS and Windows 10 on have it).
 */
export async function fetchDecapBundle(root: string): Promise<string> {
  const dir = decapBundleDir(root);
  const stamp = path.join(dir, "integrity");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8").trim() === DECAP_RELEASE.integrity) return dir;
  const run = promisify(execFile);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const work = fs.mkdtempSync(`${dir}.tmp-`);
  try {
    const npm = npmCommand();
    const { stdout } = await run(npm.file, [...npm.args, "pack", `decap-cms@${DECAP_RELEASE.version}`, "--json", "--prefer-offline", "--pack-destination", work], { maxBuffer: 64 * 1024 * 1024 });
    const packed = (JSON.parse(stdout) as Array<{ filename: string }>)[0];
    if (!packed) throw new Error(`npm pack decap-cms@${DECAP_RELEASE.version} named no file`);
    const tarball = path.join(work, packed.filename);
    const found = integrityOf(fs.readFileSync(tarball));
    if (found !== DECAP_RELEASE.integrity) {
      throw new Error(`decap-cms@${DECAP_RELEASE.version} from the registry has integrity ${found}, not the pinned ${DECAP_RELEASE.integrity} (src/desk/decap.ts): refusing it`);
    }
    await run("tar", ["-xzf", tarball, "-C", work, "package/dist"]);
    const bundle = path.join(work, "bundle");
    fs.mkdirSync(bundle);
    const dist = path.join(work, "package", "dist");
    for (const name of fs.readdirSync(dist).filter((f) => BUNDLE_FILE.test(f))) fs.copyFileSync(path.join(dist, name), path.join(bundle, name));
    if (!fs.existsSync(path.join(bundle, "decap-cms.js"))) throw new Error(`decap-cms@${DECAP_RELEASE.version} has no dist/decap-cms.js`);
    fs.writeFileSync(path.join(bundle, "integrity"), `${DECAP_RELEASE.integrity}\n`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(bundle, dir);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return dir;
}
