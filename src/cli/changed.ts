/**
 * `npm run changed -- OLD_MANIFEST [NEW_MANIFEST]`: what a deploy of the new build must upload, delete
 * and purge, from the previous deploy's manifest (NEW_MANIFEST defaults to `_site/manifest.json`).
 */
import { planDeploy, readManifest } from "../deploy/index.js";

function main(): void {
  const [oldFile, newFile = "_site/manifest.json"] = process.argv.slice(2);
  if (!oldFile) {
    process.stderr.write("usage: npm run changed -- OLD_MANIFEST [NEW_MANIFEST]\n");
    process.exitCode = 2;
    return;
  }
  try {
    const plan = planDeploy(readManifest(oldFile), readManifest(newFile));
    const section = (title: string, items: readonly string[]): string => `${title} (${items.length}):\n${items.map((i) => `  ${i}\n`).join("")}`;
    process.stdout.write(section("Upload", plan.upload) + section("Delete", plan.remove) + section("Purge", plan.purge));
  } catch (error) {
    process.stderr.write(`npm run changed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

main();
