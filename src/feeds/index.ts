export { atomFeed } from "./atom.js";
export type { FeedSpec } from "./atom.js";
export {
  sitemapParts,
  sitemapXml,
  sitemapIndex,
  newsArticles,
  newsSitemapXml,
  robotsTxt,
  SITEMAP_LIMIT,
  NEWS_LIMIT,
  NEWS_WINDOW_MS,
} from "./sitemap.js";
export type { SitemapEntry, SitemapPart } from "./sitemap.js";
export { toXml } from "./xml.js";
export { buildFeeds, buildSyndication, newest, SITE_FEED_SIZE, TERM_FEED_SIZE } from "./syndication.js";
export type { Syndication, TagFeedLabel } from "./syndication.js";
