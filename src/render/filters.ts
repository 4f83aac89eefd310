import type { ArticleView, AuthorView, SiteModel } from "../collections/index.js";
import { breadcrumbJsonLd, jsonLdScript, newsArticleJsonLd, profilePageJsonLd, type SiteImages } from "../seo/index.js";
import { absoluteUrl, HOME_URL, shareLinks } from "../urls/index.js";
import type { Filter } from "./nunjucks.js";

/** The part of the site model the filters read. */
type SiteOf = Pick<SiteModel, "site">;

/**
 * The Nunjucks filters of the templates, given the fingerprinted asset URLs (the logo and the
 * default share image). The renderer of every page has them.
 */
export function templateFilters(assets: Readonly<Record<string, string>>): Record<string, Filter> {
  const siteImages = (site: SiteModel["site"]): SiteImages => ({
    logo: absoluteUrl(site.url, assets["logo.png"] ?? HOME_URL),
    imageOf: (article) => absoluteUrl(site.url, article.image?.shareUrl ?? assets["share.png"] ?? HOME_URL),
  });
  return {
    newsArticleJsonLd: (article: ArticleView, news: SiteOf) => jsonLdScript(newsArticleJsonLd(article, news.site, siteImages(news.site))),
    breadcrumbJsonLd: (article: ArticleView, news: SiteOf) => jsonLdScript(breadcrumbJsonLd(article, news.site)),
    profileJsonLd: (author: AuthorView, news: SiteOf) => jsonLdScript(profilePageJsonLd(author, news.site)),
    shareImage: (article: ArticleView, news: SiteOf) => siteImages(news.site).imageOf(article),
    absoluteUrl: (url: string, news: SiteOf) => absoluteUrl(news.site.url, url),
    shareLinks: (article: ArticleView) => shareLinks(article.absoluteUrl, article.title),
    relatedStories: (article: ArticleView, news: Pick<SiteModel, "related">) => news.related.get(article) ?? [],
  };
}
