/**
 * The documented limits of each deploy target, in one table, and the check a plan must pass before
 * anything is uploaded. Each limit names its source; re-check them when a vendor changes its terms.
 */
import { HEADERS_URL, MANIFEST_URL, REDIRECTS_URL } from "../urls/index.js";
import type { Manifest } from "./manifest.js";
import type { HeaderRule } from "./header-rules.js";
import type { RedirectRule } from "./redirect-rules.js";

export type TargetName = "pages" | "bucket";
export type PagesPlan = "free" | "paid";

/** The figures of a built site that a target's limits are about. */
export interface SiteFigures {
  /** Files the host stores and serves (for Pages: every file of the folder but its control files). */
  readonly files: number;
  readonly largestFile: { readonly path: string; readonly size: number };
  /** The longest file path, in UTF-8 bytes: object keys are capped. */
  readonly longestPath: { readonly path: string; readonly bytes: number };
  readonly staticRedirects: number;
  readonly dynamicRedirects: number;
  /** The longest `_redirects` line, in characters. */
  readonly longestRedirect: number;
  /** The longest redirect target, in UTF-8 bytes: the object-storage target keeps it in an object's metadata. */
  readonly longestRedirectTarget: number;
  readonly headerRules: number;
}

/** One documented limit of one target. */
export interface Limit {
  /** What is limited, in the words of the message: "files per site". */
  readonly what: string;
  readonly max: number;
  /** The unit of the figure in messages: "files", "bytes". */
  readonly unit: string;
  readonly figure: (site: SiteFigures) => number;
  /** Which file or rule breaks it, when one does. */
  readonly culprit?: (site: SiteFigures) => string;
  /** What to do instead. */
  readonly wayOut: string;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const TO_BUCKET = "Use --target bucket (object storage behind a Worker)";

const pagesFiles = (max: number, wayOut: string): Limit => ({ what: "files per site", max, unit: "files", figure: (s) => s.files, wayOut });

/** Limits shared by both Pages plans. */
const PAGES_COMMON: readonly Limit[] = [
  // https://developers.cloudflare.com/pages/platform/limits/#file-size (25 MiB; wrangler 4's MAX_ASSET_SIZE)
  { what: "bytes in one file", max: 25 * MiB, unit: "bytes", figure: (s) => s.largestFile.size, culprit: (s) => s.largestFile.path, wayOut: `${TO_BUCKET}, or make the file smaller` },
  // https://developers.cloudflare.com/pages/configuration/redirects/#surpass-_redirects-limits (2,000 static, 100 dynamic)
  { what: "static redirects in _redirects", max: 2_000, unit: "redirects", figure: (s) => s.staticRedirects, wayOut: `${TO_BUCKET}: the worker serves every alias as a 301, with no cap` },
  { what: "dynamic redirects in _redirects", max: 100, unit: "redirects", figure: (s) => s.dynamicRedirects, wayOut: TO_BUCKET },
  // https://developers.cloudflare.com/pages/configuration/redirects/ (each declaration at most 1,000 characters)
  { what: "characters in one _redirects line", max: 1_000, unit: "characters", figure: (s) => s.longestRedirect, wayOut: "shorten the alias" },
  // https://developers.cloudflare.com/pages/configuration/headers/ (at most 100 header rules)
  { what: "rules in _headers", max: 100, unit: "rules", figure: (s) => s.headerRules, wayOut: TO_BUCKET },
];

/** Limits of object storage behind the worker: the stricter of Cloudflare R2 and AWS S3 where they differ. */
const BUCKET: readonly Limit[] = [
  // https://developers.cloudflare.com/r2/platform/limits/ (single-part upload: 5 GiB less 5 MiB);
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html (one PUT: 5 GB)
  { what: "bytes in one object uploaded with a single PUT", max: 5 * GiB - 5 * MiB, unit: "bytes", figure: (s) => s.largestFile.size, culprit: (s) => s.largestFile.path, wayOut: "make the file smaller (the deploy does not split uploads)" },
  // https://developers.cloudflare.com/r2/platform/limits/ and https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html (1,024 bytes)
  { what: "bytes in one object key", max: 1_024, unit: "bytes", figure: (s) => s.longestPath.bytes, culprit: (s) => s.longestPath.path, wayOut: "shorten the path (an alias or a slug)" },
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMetadata.html (user metadata: 2 KB, names
  // included; R2 allows 8,192 bytes): 1,900 leaves room for the name and the encoding
  { what: "bytes in one redirect target (kept in the alias object's metadata)", max: 1_900, unit: "bytes", figure: (s) => s.longestRedirectTarget, wayOut: "shorten the article's URL" },
];

/** Every target's limits: Pages by plan, and object storage. */
export const LIMITS: Readonly<Record<"pages-free" | "pages-paid" | "bucket", { readonly name: string; readonly limits: readonly Limit[] }>> = {
  // https://developers.cloudflare.com/pages/platform/limits/#files (Free: 20,000 files per site)
  "pages-free": { name: "Cloudflare Pages (Free)", limits: [pagesFiles(20_000, `${TO_BUCKET} or a paid plan (100,000)`), ...PAGES_COMMON] },
  // https://developers.cloudflare.com/changelog/post/2026-01-23-pages-file-limit-increase/ (paid: 100,000 files, with wrangler 4
  // and PAGES_WRANGLER_MAJOR_VERSION=4 in the project's settings)
  "pages-paid": { name: "Cloudflare Pages (paid plan)", limits: [pagesFiles(100_000, TO_BUCKET), ...PAGES_COMMON] },
  bucket: { name: "object storage behind a Worker", limits: BUCKET },
};

/** The limits of a target and plan. */
export function targetLimits(target: TargetName, plan: PagesPlan): { name: string; limits: readonly Limit[] } {
  return target === "bucket" ? LIMITS.bucket : LIMITS[plan === "paid" ? "pages-paid" : "pages-free"];
}

/** A limit the site breaks, with the message that says so. */
export interface Breach {
  readonly limit: Limit;
  readonly figure: number;
  readonly message: string;
}

const fmt = (n: number): string => n.toLocaleString("en-US");

/**
 * Every limit of the target the site breaks, each with a message that names the limit, the site's
 * figure and the way out.
 * @example checkLimits({ ...figures, files: 26_001 }, "pages", "free")[0].message
 * // "26,001 files: Cloudflare Pages (Free) takes at most 20,000 files per site. Use --target bucket (object storage behind a Worker) or a paid plan (100,000)."
 */
export function checkLimits(site: SiteFigures, target: TargetName, plan: PagesPlan): Breach[] {
  const { name, limits } = targetLimits(target, plan);
  return limits.flatMap((limit) => {
    const figure = limit.figure(site);
    if (figure <= limit.max) return [];
    const culprit = limit.culprit ? ` (${limit.culprit(site)})` : "";
    return [{ limit, figure, message: `${fmt(figure)} ${limit.unit}${culprit}: ${name} takes at most ${fmt(limit.max)} ${limit.what}. ${limit.wayOut}.` }];
  });
}

const CONTROL = new Set([REDIRECTS_URL, HEADERS_URL].map((u) => u.slice(1)));
const utf8 = (s: string): number => new TextEncoder().encode(s).length;

/**
 * The figures of a built site from its manifest, redirects and header rules. `files` counts what a
 * host stores: every file but `_redirects` and `_headers` (which configure it), plus `manifest.json`,
 * which sits in the folder though it is not in itself.
 */
export function siteFigures(manifest: Manifest, redirects: readonly RedirectRule[], headers: readonly HeaderRule[]): SiteFigures {
  let largestFile = { path: "", size: 0 };
  let longestPath = { path: "", bytes: 0 };
  for (const f of manifest.files) {
    if (f.size > largestFile.size) largestFile = { path: f.path, size: f.size };
    const bytes = utf8(f.path);
    if (bytes > longestPath.bytes) longestPath = { path: f.path, bytes };
  }
  const hasManifest = !manifest.files.some((f) => f.path === MANIFEST_URL.slice(1));
  return {
    files: manifest.files.filter((f) => !CONTROL.has(f.path)).length + (hasManifest ? 1 : 0),
    largestFile,
    longestPath,
    staticRedirects: redirects.filter((r) => !r.dynamic).length,
    dynamicRedirects: redirects.filter((r) => r.dynamic).length,
    longestRedirect: redirects.reduce((m, r) => Math.max(m, r.length), 0),
    longestRedirectTarget: redirects.reduce((m, r) => Math.max(m, utf8(r.to)), 0),
    headerRules: headers.length,
  };
}
