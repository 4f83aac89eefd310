export { createImageProcessor, localImagePath, IMAGE_WIDTHS, IMAGE_FORMATS, ARTICLE_IMAGE_SIZES } from "./images.js";
export type { ImageProcessor, ProcessedImage, ImageOptions } from "./images.js";
