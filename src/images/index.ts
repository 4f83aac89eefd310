export {
  createImageProcessor, localImagePath, cropBox, widthsFor,
  IMAGE_WIDTHS, IMAGE_FORMATS, ARTICLE_IMAGE_SIZES, FRONT_IMAGE_SIZES, CARD_IMAGE_SIZES, LIST_IMAGE_SIZES, CROP_WIDTH, CROP_RATIOS,
} from "./images.js";
export type { ImageProcessor, ProcessedImage, ImageOptions, LeadImage, ImageCrop, Avatar } from "./images.js";
