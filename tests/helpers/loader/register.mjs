// Preloaded with `--import`: installs ./hooks.mjs (see there).
import { register } from "node:module";

register(new URL("./hooks.mjs", import.meta.url));
