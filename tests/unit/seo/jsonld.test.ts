import { describe, expect, it } from "vitest";
import { authorView } from "../../../src/collections/index.js";
import { breadcrumbJsonLd, jsonLdScript, newsArticleJsonLd, profilePageJsonLd, type SiteImages } from "../../../src/seo/index.js";
import { testArticle, testAuthor, testSite, testView } from "../../helpers/factory.js";

const SITE = testSite({ name: "Test Gazette", twitter: "testgazette" });
const IMAGES: SiteImages = { logo: "https://test.example/assets/logo.png", imageOf: (a) => `https://test.example/img/${a.slug}.jpg` };
const AMINA = testAuthor("amina", "Amina Test", { role: "Staff reporter", twitter: "amina_t" });

describe("NewsArticle", () => {
  const view = testView(
    testArticle({ date: "2015-07-10T12:00:00Z", slug: "summer-story", title: "A summer story", summary: "What happened.", tags: ["Energy"], place: "Baku", updated: undefined }),
    { site: SITE, authors: [AMINA] },
  );

  it("dates the article with the site zone's offset and names author, publisher and page", () => {
    const ld = newsArticleJsonLd(view, SITE, IMAGES);
    expect(ld).toMatchObject({
      "@type": "NewsArticle",
      headline: "A summer story",
      description: "What happened.",
      // Baku kept summer time until 2016: 12:00 UTC is 17:00 (+05:00).
      datePublished: "2015-07-10T17:00:00+05:00",
      dateModified: "2015-07-10T17:00:00+05:00",
      author: [{ "@type": "Person", name: "Amina Test", url: "https://test.example/authors/amina/", jobTitle: "Staff reporter", sameAs: ["https://twitter.com/amina_t"] }],
      publisher: { "@type": "Organization", name: "Test Gazette", url: "https://test.example/", logo: { "@type": "ImageObject", url: IMAGES.logo }, sameAs: ["https://twitter.com/testgazette"] },
      image: ["https://test.example/img/summer-story.jpg"],
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://test.example/2015/07/10/summer-story/" },
      keywords: ["Energy"],
      locationCreated: { "@type": "Place", name: "Baku" },
      inLanguage: "en",
    });
  });

  it("leads home, section, article in the breadcrumb", () => {
    const items = breadcrumbJsonLd(view, SITE)["itemListElement"] as Array<Record<string, unknown>>;
    expect(items.map((i) => [i["position"], i["name"], i["item"]])).toEqual([
      [1, "Test Gazette", "https://test.example/"],
      [2, "Politics", "https://test.example/politics/"],
      [3, "A summer story", "https://test.example/2015/07/10/summer-story/"],
    ]);
  });
});

describe("ProfilePage", () => {
  it("gives the Person every profile elsewhere as sameAs: Twitter, then the author file's links", () => {
    const withLinks = authorView(testAuthor("amina", "Amina Test", { twitter: "amina_t", links: ["https://newsroom.example/amina", "https://social.example/@amina"] }));
    expect(profilePageJsonLd(withLinks, SITE)["mainEntity"]).toMatchObject({
      name: "Amina Test",
      url: "https://test.example/authors/amina/",
      sameAs: ["https://twitter.com/amina_t", "https://newsroom.example/amina", "https://social.example/@amina"],
    });
    expect(profilePageJsonLd(authorView(testAuthor("rauf", "Rauf Test")), SITE)["mainEntity"]).not.toHaveProperty("sameAs");
  });

  it("describes the author as a Person with the bio's first paragraph", () => {
    const ld = profilePageJsonLd(authorView(AMINA), SITE);
    expect(ld).toMatchObject({ "@type": "ProfilePage", url: "https://test.example/authors/amina/", mainEntity: { "@type": "Person", name: "Amina Test", description: "Amina Test writes." } });
  });
});

describe("jsonLdScript", () => {
  it("escapes <, > and & so that no value can close the script element", () => {
    const text = jsonLdScript({ headline: "</script><script>alert(1)</script> & more" });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ headline: "</script><script>alert(1)</script> & more" });
  });
});
