import type { ArticleView, AuthorView, SiteModel } from "../collections/index.js";
import { patternNames } from "../dates/names.js";
import { translate, type InterfaceStrings, type PhraseValues } from "../languages/index.js";
import { breadcrumbJsonLd, jsonLdScript, newsArticleJsonLd, profilePageJsonLd, type SiteImages } from "../seo/index.js";
import { absoluteUrl, HOME_URL, shareLinks } from "../urls/index.js";
import type { Filter } from "./nunjucks.js";

/** The part of the site model the filters read. */
type SiteOf = Pick<SiteModel, "site">;

/** What Nunjucks gives a filter as `this`: the variables of the template being rendered. */
interface FilterThis {
  readonly ctx?: Readonly<Record<string, unknown>>;
}

/** The language of the page being rendered: its `lang` variable, when the page sets one. */
const pageLanguage = (self: FilterThis | undefined): string | undefined => {
  const lang = self?.ctx?.["lang"];
  return typeof lang === "string" ? lang : undefined;
};

/**
 * The Nunjucks filters of the templates, given the fingerprinted asset URLs (the logo and the
 * default share image) and the interface strings of every language. The renderer of every page has them.
 * `t` gives a string of the interface in the page's language (its `lang` variable, else the site's
 * default language): `{{ "article.updated" | t }}`, `{{ "count.articles" | t({ count: n }) }}`.
 */
export function templateFilters(assets: Readonly<Record<string, string>>, strings: InterfaceStrings): Record<string, Filter> {
  const siteImages = (site: SiteModel["site"]): SiteImages => ({
    logo: absoluteUrl(site.url, assets["logo.png"] ?? HOME_URL),
    imageOf: (article) => absoluteUrl(site.url, article.image?.shareUrl ?? assets["share.png"] ?? HOME_URL),
  });
  // The masthead's names as JSON, by language and pattern (see `todayNames` below).
  const todayNames = new Map<string, string>();
  return {
    newsArticleJsonLd: (article: ArticleView, news: SiteOf) => jsonLdScript(newsArticleJsonLd(article, news.site, siteImages(news.site))),
    breadcrumbJsonLd: (article: ArticleView, news: SiteOf) => jsonLdScript(breadcrumbJsonLd(article, news.site)),
    profileJsonLd: (author: AuthorView, news: SiteOf) => jsonLdScript(profilePageJsonLd(author, news.site)),
    shareImage: (article: ArticleView, news: SiteOf) => siteImages(news.site).imageOf(article),
    // What the share image shows, in the story's words: its picture's alt text, else the site's
    // default share image, which shows the site's name.
    shareImageAlt: (article: Pick<ArticleView, "image">, news: SiteOf) => (article.image?.shareUrl && article.image.alt ? article.image.alt : news.site.name),
    absoluteUrl: (url: string, news: SiteOf) => absoluteUrl(news.site.url, url),
    t: function (this: FilterThis, key: string, values?: PhraseValues) {
      return translate(strings, pageLanguage(this), key, values);
    },
    // The month and weekday names the masthead's date pattern shows, in the page's language, as JSON
    // for the browser script that draws it (templates/assets/languages/today.js). Every page of a site
    // with languages shows them, and luxon formats 19 dates to name them: made once per language and
    // pattern, they are the same text on every page (formatting them per page was a third of the
    // page writer's time on a three-language site).
    todayNames: function (this: FilterThis, pattern: string) {
      const lang = pageLanguage(this);
      const key = `${lang ?? ""}\0${pattern}`;
      let names = todayNames.get(key);
      if (names === undefined) {
        names = JSON.stringify(patternNames(pattern, lang));
        todayNames.set(key, names);
      }
      return names;
    },
    shareLinks: function (this: FilterThis, article: ArticleView) {
      const lang = pageLanguage(this);
      return shareLinks(article.absoluteUrl, article.title, {
        on: (network) => translate(strings, lang, "share.on", { network }),
        email: translate(strings, lang, "share.email"),
        byEmail: translate(strings, lang, "share.byEmail"),
      });
    },
  };
}
