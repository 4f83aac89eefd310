import type { ArticleView, AuthorView, SiteModel } from "../collections/index.js";
import type { Syndication } from "../feeds/index.js";
import type { Filter } from "../render/nunjucks.js";
import { breadcrumbJsonLd, jsonLdScript, newsArticleJsonLd, profilePageJsonLd, type SiteImages } from "../seo/index.js";
import { absoluteUrl } from "../urls/index.js";

/** The part of the site model the filters read. */
type SiteOf = Pick<SiteModel, "site">;

/**
 * The Nunjucks filters of the templates, given the fingerprinted asset URLs (the logo and the
 * default share image). The same set serves Eleventy's pages, the page writer and its worker thread.
 */
export function templateFilters(assets: Readonly<Record<string, string>>): Record<string, Filter> {
  const siteImages = (site: SiteModel["site"]): SiteImages => ({
    logo: absoluteUrl(site.url, assets["logo.png"] ?? "/"),
    imageOf: (article) => absoluteUrl(site.url, article.image?.shareUrl ?? assets["share.png"] ?? "/"),
  });
  const feedPages = new WeakMap<Syndication, Set<string>>();
  return {
    newsArticleJsonLd: (article: ArticleView, news: SiteOf) => jsonLdScript(newsArticleJsonLd(article, news.site, siteImages(news.site))),
    breadcrumbJsonLd: (article: ArticleView, news: SiteOf) => jsonLdScript(breadcrumbJsonLd(article, news.site)),
    profileJsonLd: (author: AuthorView, news: SiteOf) => jsonLdScript(profilePageJsonLd(author, news.site)),
    shareImage: (article: ArticleView, news: SiteOf) => siteImages(news.site).imageOf(article),
    absoluteUrl: (url: string, news: SiteOf) => absoluteUrl(news.site.url, url),
    hasFeed: (url: string, syn: Syndication) => {
      let pages = feedPages.get(syn);
      if (!pages) feedPages.set(syn, (pages = new Set(syn.feeds.map((f) => f.pageUrl))));
      return pages.has(url);
    },
  };
}
