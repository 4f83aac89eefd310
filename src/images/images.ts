import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type EleventyImage from "@11ty/eleventy-img";
import { fileHash } from "../cache/hash.js";
import { IMAGES_URL } from "../urls/index.js";

/** One output file of a processed image. */
interface ImageOutput {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly srcset: string;
  readonly outputPath: string;
  readonly sourceType: string;
}
type ImageMetadata = Record<string, ImageOutput[]>;

/** Widths made of every image: phone, tablet, and the 1200 px that Open Graph and JSON-LD use. */
export const IMAGE_WIDTHS: readonly number[] = [400, 800, 1200];
/** AVIF and WebP for browsers that take them, JPEG for the rest (and for social cards). */
export const IMAGE_FORMATS: readonly string[] = ["avif", "webp", "jpeg"];
/** How wide an image shows in the article column, for the browser to choose a file. */
export const ARTICLE_IMAGE_SIZES = "(min-width: 60rem) 42rem, calc(100vw - 2rem)";

/** A processed image, ready to render. */
export interface ProcessedImage {
  /** `<picture>` with AVIF, WebP and JPEG sources, width, height and `srcset`/`sizes`. */
  readonly html: string;
  /** The widest JPEG (up to 1200 px), for Open Graph, Twitter cards and JSON-LD. */
  readonly shareUrl: string;
  readonly width: number;
  readonly height: number;
}

/** Options of {@link createImageProcessor}. */
export interface ImageOptions {
  /** Where processed files are kept between builds, so each is encoded once. @default ".cache/img" */
  readonly cacheDir?: string;
  /** The URL folder of processed images. @default IMAGES_URL */
  readonly urlPath?: string;
  /** Encode the files; `false` only measures them, for their HTML. @default true */
  readonly encode?: boolean;
}

/** Processes local images with @11ty/eleventy-img: sizes known at once, files encoded in the background. */
export interface ImageProcessor {
  /**
   * The picture for a local image file. `eager` is for the article's lead image (the first thing a
   * reader sees); other images load lazily.
   */
  picture(file: string, alt: string, eager: boolean): ProcessedImage;
  /**
   * Waits for every queued image, then copies the files the site uses into `outputDir`, but those
   * in `present` (relative to the output folder): names carry a hash of the image, so a file of the
   * same name is the same file. Returns every file the site uses and those it copied, relative.
   */
  writeTo(outputDir: string, present?: ReadonlySet<string>): Promise<{ readonly files: readonly string[]; readonly copied: readonly string[] }>;
}

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/**
 * Resolves an image reference from front matter or a body against the article's file: `./x.jpg` and
 * `x.jpg` are beside the article, `/images/x.jpg` is under the content folder. Remote and data URLs,
 * and files that are not raster images, give `undefined`: they are left as written.
 */
export function localImagePath(src: string, articleFile: string, contentDir: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//") || !IMAGE_EXTENSIONS.test(src.split(/[?#]/)[0] ?? "")) return undefined;
  const clean = decodeURIComponent(src.split(/[?#]/)[0] ?? src);
  return clean.startsWith("/") ? path.join(contentDir, clean) : path.join(path.dirname(articleFile), clean);
}

/** @11ty/eleventy-img, loaded on first use: a build whose pictures are all cached does not load it. */
let loaded: typeof EleventyImage | undefined;
function eleventyImage(): typeof EleventyImage {
  return (loaded ??= createRequire(import.meta.url)("@11ty/eleventy-img") as typeof EleventyImage);
}

/** Makes an image processor whose cache lives in `cacheDir`. */
export function createImageProcessor(options: ImageOptions = {}): ImageProcessor {
  const cacheDir = options.cacheDir ?? path.join(".cache", "img");
  const urlPath = options.urlPath ?? IMAGES_URL;
  const settings = { widths: [...IMAGE_WIDTHS], formats: [...IMAGE_FORMATS], outputDir: cacheDir, urlPath };
  const pending = new Map<string, Promise<unknown>>();
  const used = new Set<string>();
  return {
    picture(file, alt, eager) {
      // eleventy-img keeps each image it has seen in memory by its path and size, so that a file
      // replaced by another of the same size would keep the first one's output; the content's hash
      // in the options (which name no output) tells them apart.
      const versioned = { ...settings, sourceVersion: fileHash(file) };
      const key = `${file}\0${versioned.sourceVersion}`;
      const metadata = eleventyImage().statsSync(file, versioned) as ImageMetadata;
      if (options.encode !== false && !pending.has(key)) pending.set(key, eleventyImage()(file, versioned));
      for (const outputs of Object.values(metadata)) for (const o of outputs) used.add(o.outputPath);
      const jpegs = metadata["jpeg"] ?? [];
      const largest = jpegs[jpegs.length - 1];
      if (!largest) throw new Error(`${file}: no JPEG output`);
      const html = (eleventyImage().generateHTML as (m: unknown, a: Record<string, string>) => string)(metadata, {
        alt,
        sizes: ARTICLE_IMAGE_SIZES,
        loading: eager ? "eager" : "lazy",
        decoding: eager ? "sync" : "async",
        ...(eager ? { fetchpriority: "high" } : {}),
      });
      return { html, shareUrl: largest.url, width: largest.width, height: largest.height };
    },
    async writeTo(outputDir, present) {
      await Promise.all(pending.values());
      const folder = urlPath.replace(/^\/|\/$/g, "");
      const files = [...used].map((file) => ({ file, output: `${folder}/${path.basename(file)}` }));
      const copied = files.filter((f) => !present?.has(f.output));
      if (copied.length > 0) fs.mkdirSync(path.join(outputDir, folder), { recursive: true });
      for (const f of copied) fs.copyFileSync(f.file, path.join(outputDir, f.output));
      return { files: files.map((f) => f.output).sort(), copied: copied.map((f) => f.output) };
    },
  };
}
