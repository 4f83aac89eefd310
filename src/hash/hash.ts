import crypto from "node:crypto";
import fs from "node:fs";

/** A short content hash of bytes or text: what the build cache compares, never a modification time. */
export function contentHash(data: string | Buffer): string {
  // The one-shot form: about a quarter faster than a Hash object for the small inputs hashed here.
  return crypto.hash("sha1", data, "base64url");
}

/**
 * The SHA-256 of bytes or text, in hex or base64url: what manifests, deploys and the build cache's
 * checksums name a file's bytes by, as other tools (a CDN, `sha256sum`) compute it too.
 */
export function sha256(data: string | Buffer, encoding: "hex" | "base64url" = "hex"): string {
  return crypto.hash("sha256", data, encoding);
}

/** The SHA-256 of bytes, raw: the checksum a file carries in its own bytes. */
export function sha256Bytes(data: string | Buffer): Buffer {
  return crypto.hash("sha256", data, "buffer");
}

/** A short fingerprint for a file's published name (`site.3f2a9c01be.css`), so a CDN may cache it for good. */
export function fingerprint(data: string | Buffer): string {
  return sha256(data).slice(0, 10);
}

/** The npm integrity string (`sha512-...`) of a package's bytes, as a lockfile writes it. */
export function integrity(data: Buffer): string {
  return `sha512-${crypto.hash("sha512", data, "base64")}`;
}

/** The content hash of a file, or `missing` when there is none. */
export function fileHash(file: string): string {
  try {
    return contentHash(fs.readFileSync(file));
  } catch {
    return "missing";
  }
}
