export { contentHash, fileHash, fingerprint, integrity, sha256, sha256Bytes } from "./hash.js";
export { Digests } from "./digest.js";
