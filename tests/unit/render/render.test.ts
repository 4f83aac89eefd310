import { DateTime } from "luxon";
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { buildSiteModel } from "../../../src/collections/index.js";
import { readInterfaceStrings } from "../../../src/languages/index.js";
import { createMarkdown, renderBody } from "../../../src/markdown/index.js";
import { createRenderer, sharedPageData, templateFilters } from "../../../src/render/index.js";
import { testArticle, testContent } from "../../helpers/factory.js";

const ASSETS = { "site.css": "/assets/site.css", "shared.js": "/assets/shared.js", "icon-32.png": "/assets/icon-32.png", "icon-180.png": "/assets/icon-180.png", "logo.png": "/assets/logo.png", "share.png": "/assets/share.png", "search.js": "/assets/search.js" };

/** An article page rendered by the project's Nunjucks renderer, from a Markdown body. */
function articlePage(markdown: string): cheerio.CheerioAPI {
  const body = renderBody(createMarkdown(), markdown);
  const model = buildSiteModel(testContent([testArticle({ date: "2016-03-03T10:00:00", title: "Prices", html: body.html })]), { buildDate: DateTime.fromISO("2026-11-01T00:00:00Z") });
  const renderer = createRenderer("templates", templateFilters(ASSETS, readInterfaceStrings("templates", model.site)));
  const page = renderer.render("pages/article.njk", {
    ...sharedPageData(model, ASSETS, { latest: "", footer: "" }),
    article: model.articles[0],
    related: [],
  });
  return cheerio.load(page);
}

describe("an article page", () => {
  it("shows an editor's template syntax as text: a body is never a template", () => {
    // Were the body rendered as a template, `news.site.name` would print the site's name and the
    // unclosed `{% if %}` would stop the render.
    const $ = articlePage("Price {{ news.site.name }} and {% if x %} stay as written.");
    expect($(".story__body").text()).toContain("Price {{ news.site.name }} and {% if x %} stay as written.");
  });

  it("escapes the headline and keeps the body's safe HTML", () => {
    const $ = articlePage("A **bold** claim <script>alert(1)</script>");
    expect($(".story__body strong").text()).toBe("bold");
    expect($(".story__body script")).toHaveLength(0);
    expect($("h1").text()).toBe("Prices");
  });
});
