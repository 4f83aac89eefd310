import { EMBED_HOSTS } from "../markdown/index.js";
import { ASSETS_URL, DESK_URL, IMAGES_URL } from "../urls/index.js";
import { renderHeadersFile, type HeaderRule } from "./header-rules.js";

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
 * The policy of the web desk (`/admin/*`) only, for what Decap CMS needs and nothing more: its
 * bundle validates its configuration with code it compiles at run time (`'unsafe-eval'`) and
 * styles its components with inline styles (`'unsafe-inline'` for styles); it shows uploads and
 * GitHub's pictures as `blob:` and `data:` images; it talks to GitHub's API, and `connect` adds the
 * addresses a desk on this machine talks to (`decap-server`). Scripts still come from this site only.
 */
export function deskContentSecurityPolicy(connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    ["connect-src 'self' blob: https://api.github.com", ...connect].join(" "),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/** The policy a path is served with: the desk's under `/admin/`, the strict one everywhere else. */
export function policyFor(pathname: string, connect: readonly string[] = []): string {
  return pathname.startsWith(DESK_URL) ? deskContentSecurityPolicy(connect) : contentSecurityPolicy();
}

/**
 * The header rules of the site, in the format static CDNs read (Cloudflare Pages, Netlify) and the
 * edge worker applies: security headers on every path, a short cache for pages and feeds, a year for
 * fingerprinted assets and images. The `!` lines drop the short cache rule inherited from `/*` where
 * the long one applies.
 */
export function headerRules(): HeaderRule[] {
  const long = (path: string): HeaderRule => ({ path, unset: ["Cache-Control"], set: [["Cache-Control", IMMUTABLE]] });
  return [
    {
      path: "/*",
      unset: [],
      set: [
        ["Cache-Control", SHORT],
        ["Content-Security-Policy", contentSecurityPolicy()],
        ["X-Content-Type-Options", "nosniff"],
        ["Referrer-Policy", "strict-origin-when-cross-origin"],
        ["X-Frame-Options", "SAMEORIGIN"],
        ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
      ],
    },
    long(`${ASSETS_URL}*`),
    long(`${IMAGES_URL}*`),
    // The desk: its own policy in place of the site's (two policies would both apply), and never indexed.
    { path: `${DESK_URL}*`, unset: ["Content-Security-Policy"], set: [["Content-Security-Policy", deskContentSecurityPolicy()], ["X-Robots-Tag", "noindex, nofollow"]] },
  ];
}

/** `_headers`: {@link headerRules} as the file the build writes. */
export function headersFile(): string {
  return renderHeadersFile(headerRules());
}
