export { slugify, isPlainSlug } from "./slugify.js";
