import type { ArticleCard, ArticleView } from "../collections/index.js";
import type { SiteConfig } from "../content/index.js";
import { absoluteUrl, HOME_URL, TAGS_URL } from "../urls/index.js";
import { toXml, type XmlNode } from "./xml.js";

/** One Atom feed of the site: the whole site's, or one author's, tag's or section's. */
export interface FeedSpec {
  /** The feed's own path, e.g. `/tags/energy/feed.xml`. */
  readonly url: string;
  /** The HTML page the feed follows, e.g. `/tags/energy/`. */
  readonly pageUrl: string;
  readonly title: string;
  /** Newest first: views where the feed carries bodies, cards (no body) where it carries summaries. */
  readonly items: readonly (ArticleView | ArticleCard)[];
  /** Carry each article's whole body, not only its summary. @default true */
  readonly fullContent?: boolean;
  /** The language of its stories, on a site with `languages`; else the site's language. */
  readonly lang?: string;
}

/** The body of an article a full-content feed carries: one handed as a card, without its body, is a mistake. */
function bodyOf(article: ArticleView | ArticleCard): string {
  if (!("html" in article)) throw new Error(`${article.sourcePath}: a full-content feed was handed the article without its body`);
  return article.html;
}

function entry(article: ArticleView | ArticleCard, site: SiteConfig, fullContent: boolean): XmlNode {
  return {
    id: article.absoluteUrl,
    title: { "@_type": "text", "#text": article.title },
    link: { "@_rel": "alternate", "@_type": "text/html", "@_href": article.absoluteUrl },
    published: article.published.iso,
    updated: article.modified.iso,
    author: article.authors.map((a) => ({ name: a.name, uri: absoluteUrl(site.url, a.url) })),
    category: [
      { "@_term": article.section.key, "@_label": article.section.name, "@_scheme": absoluteUrl(site.url, HOME_URL) },
      ...article.tags.map((t) => ({ "@_term": t.key, "@_label": t.name, "@_scheme": absoluteUrl(site.url, TAGS_URL) })),
    ],
    summary: { "@_type": "text", "#text": article.summary },
    // xml:base makes the body's relative links and images resolve against the article's address.
    ...(fullContent ? { content: { "@_type": "html", "@_xml:base": article.absoluteUrl, "#text": bodyOf(article) } } : {}),
  };
}

/**
 * An Atom 1.0 feed (RFC 4287). Every date keeps the site zone's offset, as the pages show it; the
 * feed's `updated` is the newest entry's, so an unchanged site gives an unchanged feed.
 */
export function atomFeed(spec: FeedSpec, site: SiteConfig): string {
  const feedUrl = absoluteUrl(site.url, spec.url);
  const updated = spec.items.reduce<string | undefined>(
    (newest, a) => (newest === undefined || a.modified.epochMs > Date.parse(newest) ? a.modified.iso : newest),
    undefined,
  );
  return toXml({
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      "@_xml:lang": spec.lang ?? site.language,
      id: feedUrl,
      title: { "@_type": "text", "#text": spec.title },
      ...(site.description ? { subtitle: { "@_type": "text", "#text": site.description } } : {}),
      link: [
        { "@_rel": "self", "@_type": "application/atom+xml", "@_href": feedUrl },
        { "@_rel": "alternate", "@_type": "text/html", "@_href": absoluteUrl(site.url, spec.pageUrl) },
      ],
      updated: updated ?? "1970-01-01T00:00:00Z",
      author: { name: site.name, uri: absoluteUrl(site.url, HOME_URL) },
      generator: site.name,
      entry: spec.items.map((a) => entry(a, site, spec.fullContent ?? true)),
    },
  });
}
