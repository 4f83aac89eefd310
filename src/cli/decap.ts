/**
 * Part of `npm ci` and `npm install` (the `prepare` script, after `npm run compile`): keeps Decap
 * CMS's prebuilt bundle for the web desk, fetched and checked as `src/desk/decap.ts` says.
 */
import path from "node:path";
import { projectRoot } from "../cache/fingerprint.js";
import { DECAP_RELEASE, fetchDecapBundle } from "../desk/index.js";

const root = projectRoot();
const dir = await fetchDecapBundle(root);
process.stdout.write(`Decap CMS ${DECAP_RELEASE.version}'s bundle is in ${path.relative(root, dir)}/\n`);
