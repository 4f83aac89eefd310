export * from "./urls.js";
