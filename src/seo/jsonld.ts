import type { ArticleView, AuthorView } from "../collections/index.js";
import type { SiteConfig } from "../content/index.js";
import { absoluteUrl, HOME_URL, languageUrl, twitterProfileUrl } from "../urls/index.js";

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** Where the site's publisher logo and fallback share image live. */
export interface SiteImages {
  /** Absolute URL of the publisher logo. */
  readonly logo: string;
  /** Absolute URL of an article's share image: its own, or the site's default. */
  readonly imageOf: (article: ArticleView) => string;
}

function person(author: AuthorView, site: SiteConfig): JsonLd {
  return {
    "@type": "Person",
    name: author.name,
    url: absoluteUrl(site.url, author.url),
    ...(author.role ? { jobTitle: author.role } : {}),
    ...(author.avatar ? { image: absoluteUrl(site.url, author.avatar.url) } : {}),
    ...(author.sameAs.length > 0 ? { sameAs: author.sameAs } : {}),
  };
}

/**
 * The images of a NewsArticle: the lead image cut to 16:9, 4:3 and 1:1 (each 1200 px wide where the
 * image is large enough), which search engines ask for; else the share image alone.
 */
function articleImages(article: ArticleView, site: SiteConfig, images: SiteImages): unknown[] {
  const crops = article.image?.crops ?? [];
  if (crops.length === 0) return [images.imageOf(article)];
  return crops.map((c) => ({ "@type": "ImageObject", url: absoluteUrl(site.url, c.url), width: c.width, height: c.height }));
}

function organization(site: SiteConfig, images: SiteImages): JsonLd {
  return {
    "@type": "Organization",
    name: site.name,
    url: absoluteUrl(site.url, HOME_URL),
    logo: { "@type": "ImageObject", url: images.logo },
    ...(site.twitter ? { sameAs: [twitterProfileUrl(site.twitter)] } : {}),
  };
}

/** NewsArticle: headline, dates with the site zone's offset, authors, publisher, image, the page itself. */
export function newsArticleJsonLd(article: ArticleView, site: SiteConfig, images: SiteImages): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    datePublished: article.published.iso,
    dateModified: article.modified.iso,
    author: article.authors.map((a) => person(a, site)),
    publisher: organization(site, images),
    image: articleImages(article, site, images),
    mainEntityOfPage: { "@type": "WebPage", "@id": article.absoluteUrl },
    url: article.absoluteUrl,
    articleSection: article.section.name,
    ...(article.tags.length ? { keywords: article.tags.map((t) => t.name) } : {}),
    ...(article.place ? { locationCreated: { "@type": "Place", name: article.place } } : {}),
    inLanguage: article.lang,
  };
}

/** BreadcrumbList: home › section › article; the home page of the article's language. */
export function breadcrumbJsonLd(article: ArticleView, site: SiteConfig): JsonLd {
  const crumbs = [
    { name: site.name, url: absoluteUrl(site.url, languageUrl(site, article.lang, HOME_URL)) },
    { name: article.section.name, url: absoluteUrl(site.url, article.section.url) },
    { name: article.title, url: article.absoluteUrl },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: c.url })),
  };
}

/** ProfilePage whose main entity is the author as a Person. */
export function profilePageJsonLd(author: AuthorView, site: SiteConfig): JsonLd {
  const bio = author.bioText;
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: absoluteUrl(site.url, author.url),
    mainEntity: { ...person(author, site), ...(bio ? { description: bio } : {}) },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` are escaped as JSON
 * unicode escapes, so no value can close the script element.
 */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
