export { listFiles, walkFiles } from "./walk.js";
export type { WalkOptions } from "./walk.js";
