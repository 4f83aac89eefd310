import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type EleventyImage from "@11ty/eleventy-img";
import { fileHash } from "../hash/index.js";
import { IMAGES_URL } from "../urls/index.js";

/** One output file of a processed image. */
interface ImageOutput {
  readonly url: string;
  readonly width: number;
  height: number;
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
/** How wide the home page's lead picture shows: the main column on a phone, three fifths of it beside the headline on a wider screen. */
export const FRONT_IMAGE_SIZES = "(min-width: 76rem) 31rem, (min-width: 60rem) calc(60vw - 15rem), (min-width: 48rem) 60vw, calc(100vw - 2rem)";
/**
 * How wide a thumbnail shows: a small picture beside the headline on a phone and in lists, the top of
 * a card in the two columns of the front page on a wider screen.
 */
export const CARD_IMAGE_SIZES = "(min-width: 40rem) 24rem, 8rem";
/** How wide a list item's thumbnail shows (see `.item__thumb` in site.css). */
export const LIST_IMAGE_SIZES = "(min-width: 40rem) 12rem, 8rem";

/** A cut of an image to a fixed shape, at given widths and in given formats. */
interface Variant {
  /** Part of each output file's name, so that two cuts of one image never share a name. */
  readonly label: string;
  readonly widths: readonly number[];
  readonly formats: readonly string[];
  /** Width and height of the shape, e.g. [16, 9]; none keeps the image's own shape. */
  readonly ratio?: readonly [number, number];
}

/** Thumbnails on the fronts and in lists: 16:9, so that every card of a row lines up. */
const CARD: Variant = { label: "card", widths: [320, 640], formats: IMAGE_FORMATS, ratio: [16, 9] };
/** An author's photo: square, 96 px on the author page and 48 px in an article's author box, twice for sharp screens. */
const AVATAR: Variant = { label: "avatar", widths: [96, 192], formats: IMAGE_FORMATS, ratio: [1, 1] };
/** The width search engines ask of each crop of a lead image (the JSON-LD `image` of a NewsArticle). */
export const CROP_WIDTH = 1200;
/** The shapes of those crops. */
export const CROP_RATIOS: ReadonlyArray<readonly [number, number]> = [[16, 9], [4, 3], [1, 1]];

/** A processed image, ready to render. */
export interface ProcessedImage {
  /** `<picture>` with AVIF, WebP and JPEG sources, width, height and `srcset`/`sizes`. */
  readonly html: string;
  /** The widest JPEG (up to 1200 px), for Open Graph, Twitter cards and JSON-LD. */
  readonly shareUrl: string;
  readonly width: number;
  readonly height: number;
}

/** One JPEG cut of a lead image to a fixed shape. */
export interface ImageCrop {
  /** "16:9", "4:3" or "1:1". */
  readonly ratio: string;
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

/** An article's lead image in every form the site shows it. */
export interface LeadImage extends ProcessedImage {
  /** The picture as the home page's lead story shows it: large and loaded first. */
  readonly front: string;
  /** A 16:9 thumbnail for the fronts' cards, loaded lazily. */
  readonly card: string;
  /** The same thumbnail, sized for a list item. */
  readonly thumb: string;
  /** 16:9, 4:3 and 1:1 JPEGs, each 1200 px wide where the image is large enough. */
  readonly crops: readonly ImageCrop[];
}

/** An author's photo. */
export interface Avatar {
  /** For the author page (96 px). */
  readonly html: string;
  /** For an article's author box (48 px). */
  readonly small: string;
  /** The 192 px JPEG, for the author's JSON-LD. */
  readonly url: string;
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
  /** A picture in an article's body: article column width, loaded lazily. */
  picture(file: string, alt: string, eager: boolean): ProcessedImage;
  /** An article's lead image: on its page (loaded first), on the fronts, in lists, and cropped for search engines. */
  lead(file: string, alt: string): LeadImage;
  /** An author's photo, cut square. */
  avatar(file: string, alt: string): Avatar;
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

/**
 * The largest box of shape `ratio` inside an image of `width` × `height`, centred: the part of the
 * image a crop keeps.
 * @example cropBox(1600, 1200, [16, 9]) // { left: 0, top: 150, width: 1600, height: 900 }
 */
export function cropBox(width: number, height: number, ratio: readonly [number, number]): { left: number; top: number; width: number; height: number } {
  const [rw, rh] = ratio;
  const w = Math.min(width, Math.floor((height * rw) / rh));
  const h = Math.min(height, Math.floor((w * rh) / rw));
  return { left: Math.floor((width - w) / 2), top: Math.floor((height - h) / 2), width: w, height: h };
}

/** The widths of `wanted` an image `available` pixels wide can give without enlarging; its own width when it gives none. */
export function widthsFor(wanted: readonly number[], available: number): number[] {
  const fit = wanted.filter((w) => w <= available);
  return fit.length > 0 ? fit : [available];
}

/** @11ty/eleventy-img, loaded on first use: a build whose pictures are all cached does not load it. */
let loaded: typeof EleventyImage | undefined;
function eleventyImage(): typeof EleventyImage {
  return (loaded ??= createRequire(import.meta.url)("@11ty/eleventy-img") as typeof EleventyImage);
}

type Attributes = Record<string, string>;
function pictureHtml(metadata: ImageMetadata, attributes: Attributes): string {
  return (eleventyImage().generateHTML as (m: unknown, a: Attributes) => string)(metadata, attributes);
}
const lazy = (alt: string, sizes: string): Attributes => ({ alt, sizes, loading: "lazy", decoding: "async" });
const eager = (alt: string, sizes: string): Attributes => ({ alt, sizes, loading: "eager", decoding: "sync", fetchpriority: "high" });

/** Makes an image processor whose cache lives in `cacheDir`. */
export function createImageProcessor(options: ImageOptions = {}): ImageProcessor {
  const cacheDir = options.cacheDir ?? path.join(".cache", "img");
  const urlPath = options.urlPath ?? IMAGES_URL;
  const settings = { formats: [...IMAGE_FORMATS], outputDir: cacheDir, urlPath };
  const pending = new Map<string, Promise<unknown>>();
  const used = new Set<string>();
  const sizes = new Map<string, { width: number; height: number }>();
  // A lead image is processed five ways (its own shape, the thumbnail, three crops): its bytes are
  // hashed once per processor, which lives for one build, so a file saved between builds is read anew.
  const versions = new Map<string, string>();
  const versionOf = (file: string): string => {
    let version = versions.get(file);
    if (version === undefined) versions.set(file, (version = fileHash(file)));
    return version;
  };

  /** The image's own width and height, read once per file and version. */
  const measure = (file: string, version: string): { width: number; height: number } => {
    const key = `${file}\0${version}`;
    let found = sizes.get(key);
    if (!found) {
      const stats = eleventyImage().statsSync(file, { ...settings, formats: ["jpeg"], widths: ["auto"], sourceVersion: version }) as ImageMetadata;
      const own = stats["jpeg"]?.[0];
      if (!own) throw new Error(`${file}: cannot be measured`);
      sizes.set(key, (found = { width: own.width, height: own.height }));
    }
    return found;
  };

  /**
   * The outputs of one variant of an image, queued for encoding. eleventy-img keeps each image it has
   * seen in memory by its path, size and options, so that a file replaced by another of the same size
   * would keep the first one's output; the content's hash in the options (which name no output) tells
   * them apart. A cut to a shape is made by a transform that crops before eleventy-img resizes.
   */
  const process = (file: string, variant: Variant | undefined): ImageMetadata => {
    const version = versionOf(file);
    let widths = variant ? [...variant.widths] : [...IMAGE_WIDTHS];
    const extra: Record<string, unknown> = {};
    let box: ReturnType<typeof cropBox> | undefined;
    if (variant) {
      const own = measure(file, version);
      if (variant.ratio) {
        const cut = cropBox(own.width, own.height, variant.ratio);
        box = cut;
        widths = widthsFor(variant.widths, cut.width);
        extra["transform"] = (sharp: { extract(region: object): unknown }) => sharp.extract(cut);
      }
      const label = variant.label;
      extra["filenameFormat"] = (id: string, _src: string, width: number, format: string) => `${id}-${label}-${width}.${format}`;
      extra["variant"] = `${label}:${JSON.stringify(box ?? null)}`;
    }
    const versioned = { ...settings, formats: [...(variant?.formats ?? IMAGE_FORMATS)], widths, sourceVersion: version, ...extra };
    const key = `${file}\0${version}\0${variant?.label ?? ""}\0${widths.join(",")}`;
    const metadata = eleventyImage().statsSync(file, versioned) as ImageMetadata;
    // The sizes eleventy-img reports are of the uncut image: a cut's heights follow its shape.
    if (box) for (const outputs of Object.values(metadata)) for (const o of outputs) o.height = Math.round((o.width * box.height) / box.width);
    if (options.encode !== false && !pending.has(key)) pending.set(key, eleventyImage()(file, versioned));
    for (const outputs of Object.values(metadata)) for (const o of outputs) used.add(o.outputPath);
    return metadata;
  };

  const largestJpeg = (file: string, metadata: ImageMetadata): ImageOutput => {
    const jpegs = metadata["jpeg"] ?? [];
    const largest = jpegs[jpegs.length - 1];
    if (!largest) throw new Error(`${file}: no JPEG output`);
    return largest;
  };

  return {
    picture(file, alt, first) {
      const metadata = process(file, undefined);
      const largest = largestJpeg(file, metadata);
      const html = pictureHtml(metadata, first ? eager(alt, ARTICLE_IMAGE_SIZES) : lazy(alt, ARTICLE_IMAGE_SIZES));
      return { html, shareUrl: largest.url, width: largest.width, height: largest.height };
    },
    lead(file, alt) {
      const metadata = process(file, undefined);
      const largest = largestJpeg(file, metadata);
      const card = process(file, CARD);
      const crops = CROP_RATIOS.map((ratio) => {
        const variant: Variant = { label: `crop${ratio[0]}x${ratio[1]}`, widths: [CROP_WIDTH], formats: ["jpeg"], ratio };
        const jpeg = largestJpeg(file, process(file, variant));
        return { ratio: `${ratio[0]}:${ratio[1]}`, url: jpeg.url, width: jpeg.width, height: jpeg.height };
      });
      return {
        html: pictureHtml(metadata, eager(alt, ARTICLE_IMAGE_SIZES)),
        front: pictureHtml(metadata, eager(alt, FRONT_IMAGE_SIZES)),
        // A thumbnail sits beside its story's headline, which says what the story is: it is
        // decorative (empty alt), so a screen reader does not read a picture's description before
        // every headline of a list.
        card: pictureHtml(card, lazy("", CARD_IMAGE_SIZES)),
        thumb: pictureHtml(card, lazy("", LIST_IMAGE_SIZES)),
        crops,
        shareUrl: largest.url,
        width: largest.width,
        height: largest.height,
      };
    },
    avatar(file, alt) {
      const metadata = process(file, AVATAR);
      return {
        html: pictureHtml(metadata, lazy(alt, "96px")),
        small: pictureHtml(metadata, lazy(alt, "48px")),
        url: largestJpeg(file, metadata).url,
      };
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
