import { EMBED_HOSTS } from "../markdown/index.js";
import { ASSETS_URL, IMAGES_URL } from "../urls/index.js";

/** One year: for files whose names carry a content hash, which never change under one name. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** HTML, feeds and sitemaps: caches keep them briefly and check back, so a fix shows within minutes. */
export const SHORT = "public, max-age=300, must-revalidate";

/**
 * The Content-Security-Policy of every page: no inline script and nothing from other origins but the
 * video and social players a body may embed. Pagefind's search runs WebAssembly, hence
 * `wasm-unsafe-eval`.
 */
export function contentSecurityPolicy(): string {
  const frames = EMBED_HOSTS.map((h) => `https://${h}`).join(" ");
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    `frame-src ${frames}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/**
 * `_headers` in the format static CDNs read (Cloudflare Pages, Netlify): security headers on every
 * path, a short cache for pages and feeds, a year for fingerprinted assets and images. The `!` line
 * drops the short cache rule inherited from `/*` where the long one applies.
 */
export function headersFile(): string {
  const long = (path: string): string[] => [path, "  ! Cache-Control", `  Cache-Control: ${IMMUTABLE}`, ""];
  return [
    "/*",
    `  Cache-Control: ${SHORT}`,
    `  Content-Security-Policy: ${contentSecurityPolicy()}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "  X-Frame-Options: SAMEORIGIN",
    "  Permissions-Policy: camera=(), microphone=(), geolocation=()",
    "",
    ...long(`${ASSETS_URL}*`),
    ...long(`${IMAGES_URL}*`),
  ].join("\n");
}
