/**
 * One build with the build cache, in a process of its own, so that a test can kill it at any moment
 * (SIGKILL) and see what the next build makes of what it left. Its only argument is the build's
 * options as JSON (see `BuildOptions`).
 */
import { buildOptions, runBuild, SILENT, type BuildOptions } from "../../src/pipeline/index.js";

const options = JSON.parse(process.argv[2] ?? "{}") as Partial<BuildOptions>;
await runBuild(buildOptions(options), SILENT, () => undefined);
