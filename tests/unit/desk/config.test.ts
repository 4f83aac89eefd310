import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { articleFrontMatter, authorFrontMatter, frontPageSchema } from "../../../src/content/schema.js";
import { deskContentSecurityPolicy, contentSecurityPolicy, headersFile, policyFor } from "../../../src/deploy/index.js";
import {
  articleFields, contentPathOf, coverage, deskCollections, frontPageFields, deskConfig, deskConfigYaml, deskPageSettings, fieldPaths, schemaPaths, scriptJson,
  type DeskField,
} from "../../../src/desk/index.js";
import { archiveShape } from "../../../src/desk/archive.js";
import { WHOLE_ARCHIVE_LIMIT, yearCollections } from "../../../src/desk/config.js";
import { testSite } from "../../helpers/factory.js";

const site = testSite({ sections: [{ id: "politics", title: "Politics" }, { id: "sports", title: "Sports" }], defaultSection: "politics" });

/** A collection's entry in a generated configuration, by name. */
const collectionOf = (config: Record<string, unknown>, name: string): Record<string, unknown> => {
  const found = (config["collections"] as Array<Record<string, unknown>>).find((c) => c["name"] === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};
const fieldOf = (fields: readonly DeskField[], name: string): DeskField => {
  const found = fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

describe("the desk's fields cover the content schemas exactly", () => {
  const trilingual = { ...site, languages: { en: { name: "English" }, az: { name: "Azərbaycanca", prefix: "az" }, ru: { name: "Русский", prefix: "ru" } } };

  it("every front-matter field of every collection has a widget, and every widget a field", () => {
    for (const collection of deskCollections()) {
      expect({ collection: collection.name, ...coverage(collection.schema, collection.fields(trilingual), Object.keys(trilingual.languages)) }).toEqual({ collection: collection.name, withoutWidget: [], withoutField: [] });
      expect({ collection: collection.name, ...coverage(collection.schema, collection.fields(site)) }).toEqual({ collection: collection.name, withoutWidget: collection.name === "articles" ? ["lang", "translationKey"] : [], withoutField: [] });
    }
  });

  it("gives the breaking news one line on a one-language site, as it always has, and one line per language on a site with languages", () => {
    const one = fieldOf(frontPageFields(site), "breaking");
    expect(one).toEqual({
      name: "breaking", label: "Breaking news line", widget: "object", required: false,
      fields: [
        { name: "text", label: "Text", widget: "string" },
        { name: "link", label: "Link", widget: "string", required: false },
        { name: "until", label: "Until", widget: "datetime", required: false, hint: "Wall-clock time in Asia/Baku; the file keeps the offset in force on that day" },
      ],
    });
    const three = fieldOf(frontPageFields(trilingual), "breaking");
    expect(three).toMatchObject({ widget: "object", required: false });
    expect(three.fields?.map((f) => [f.name, f.label, f.widget, f.required])).toEqual([["en", "English", "object", false], ["az", "Azərbaycanca", "object", false], ["ru", "Русский", "object", false]]);
    // Decap checks an empty optional object's fields: none is required, or a language left without news could not be saved.
    for (const line of three.fields ?? []) {
      expect(line.fields?.map((f) => [f.name, f.widget, f.required])).toEqual([["text", "string", false], ["link", "string", false], ["until", "datetime", false]]);
    }
    expect(fieldOf(fieldOf(three.fields ?? [], "az").fields ?? [], "link").hint).toContain("/az/2016/03/03/polls-close/");
    // Both desks write a form the schema has: one line, or one per language.
    expect(schemaPaths(frontPageSchema)).toEqual(expect.arrayContaining(["breaking.text", "breaking.*", "breaking.*.until"]));
    expect(coverage(frontPageSchema, frontPageFields(trilingual), ["en", "az", "ru"])).toEqual({ withoutWidget: [], withoutField: [] });
    expect(coverage(frontPageSchema, frontPageFields(trilingual))).toEqual({ withoutWidget: ["breaking.text", "breaking.link", "breaking.until"], withoutField: expect.arrayContaining(["breaking.az", "breaking.az.text"]) });
  });

  it("offers a story's language and translation key only on a site with languages", () => {
    expect(coverage(articleFrontMatter, articleFields(site))).toEqual({ withoutWidget: ["lang", "translationKey"], withoutField: [] });
    const lang = articleFields(trilingual).find((f) => f.name === "lang");
    expect(lang?.options).toEqual([{ label: "English", value: "en" }, { label: "Azərbaycanca", value: "az" }, { label: "Русский", value: "ru" }]);
    expect(lang?.default).toBe("en");
  });

  it("walks objects and lists of objects of a schema into dotted paths", () => {
    expect(schemaPaths(articleFrontMatter)).toEqual(expect.arrayContaining(["title", "image", "image.src", "image.credit", "corrections", "corrections.date", "corrections.text", "aliases"]));
    expect(schemaPaths(authorFrontMatter).sort()).toEqual(["links", "name", "photo", "role", "twitter"]);
    expect(fieldPaths(articleFields(site))).not.toContain("body");
  });

  it("reports a field the editor lacks, and a widget the schema lacks", () => {
    const grown = articleFrontMatter.extend({ subtitle: z.string().optional(), image: z.object({ src: z.string(), alt: z.string(), caption: z.string().optional(), credit: z.string().optional(), focus: z.string().optional() }).optional() });
    const gaps = coverage(grown, articleFields(trilingual));
    expect([...gaps.withoutWidget].sort()).toEqual(["image.focus", "subtitle"]);
    expect(gaps.withoutField).toEqual([]);
    const extra: DeskField[] = [...articleFields(trilingual), { name: "kicker", label: "Kicker", widget: "string" }];
    expect(coverage(articleFrontMatter, extra)).toEqual({ withoutWidget: [], withoutField: ["kicker"] });
  });

  it("adds the editors'-picks file as one more collection once its schema exists", () => {
    const names = (available: Record<string, unknown>): string[] => deskCollections(available).map((c) => c.name);
    expect(names({ articleFrontMatter, authorFrontMatter })).toEqual(["articles", "authors"]);
    const frontPageSchema = z.object({
      lead: z.object({ story: z.string(), until: z.string().optional() }).optional(),
      top: z.array(z.object({ story: z.string(), until: z.string().optional() })).optional(),
      breaking: z.object({ text: z.string(), link: z.string().optional(), until: z.string().optional() }).optional(),
    });
    const collections = deskCollections({ frontPageSchema });
    expect(collections.map((c) => c.name)).toEqual(["articles", "authors", "frontpage"]);
    const picks = collections[2]!;
    expect(coverage(picks.schema, picks.fields(site))).toEqual({ withoutWidget: [], withoutField: [] });
    const entry = picks.entry({ site, contentPath: "content" }, picks.fields(site)) as Record<string, unknown>;
    expect(entry["files"]).toEqual([expect.objectContaining({ file: "content/_data/frontpage.yml" })]);
  });
});

describe("the desk's configuration", () => {
  const production = deskConfig({ site, contentPath: "content", settings: { repo: "courier/site", branch: "main", baseUrl: "https://auth.example.org" } });

  it("uses the GitHub backend with the editorial workflow, and decap-server only when given", () => {
    expect(production["backend"]).toEqual({ name: "github", repo: "courier/site", branch: "main", base_url: "https://auth.example.org" });
    expect(production["publish_mode"]).toBe("editorial_workflow");
    expect(production["local_backend"]).toBeUndefined();
    const local = deskConfig({ site, contentPath: "content", settings: { repo: "courier/site", branch: "main" }, localBackend: "http://127.0.0.1:9000/api/v1" });
    expect(local["local_backend"]).toEqual({ url: "http://127.0.0.1:9000/api/v1" });
    expect(deskConfig({ site, contentPath: "content" })["backend"]).toEqual({ name: "proxy", proxy_url: "http://localhost:8081/api/v1" });
  });

  it("files new articles by year and month, named by the slug field, with pictures beside them", () => {
    const articles = collectionOf(production, "articles");
    expect(articles).toMatchObject({ folder: "content/articles", path: "{{year}}/{{month}}/{{slug}}", slug: "{{fields.slug}}", media_folder: "", public_folder: "", format: "frontmatter", extension: "md" });
    expect(collectionOf(production, "authors")).toMatchObject({ folder: "content/authors" });
  });

  it("groups the article list by year, sorts it newest first and filters it by section", () => {
    const articles = collectionOf(production, "articles");
    expect(articles["sortable_fields"]).toEqual(expect.arrayContaining([{ field: "date", label: "Date", default_sort: "desc" }]));
    expect(articles["view_groups"]).toEqual(expect.arrayContaining([{ label: "Year", field: "date", pattern: "^\\d{4}" }]));
    expect(articles["view_filters"]).toEqual(expect.arrayContaining([{ label: "Sports", field: "section", pattern: "^sports$" }, { label: "Drafts", field: "draft", pattern: true }]));
    expect(new RegExp("^\\d{4}").exec("2016-03-03T12:55:00+04:00")?.[0]).toBe("2016");
  });

  it("takes the sections from site.json, the byline from the authors collection", () => {
    const fields = articleFields(site);
    expect(fieldOf(fields, "section")).toMatchObject({ widget: "select", default: "politics", options: [{ label: "Politics", value: "politics" }, { label: "Sports", value: "sports" }] });
    expect(fieldOf(fields, "byline")).toMatchObject({ widget: "relation", collection: "authors", multiple: true, value_field: "{{slug}}" });
    expect(fieldOf(fields, "date")).toMatchObject({ widget: "datetime" });
    expect(fieldOf(fieldOf(fields, "image").fields ?? [], "src")).toMatchObject({ widget: "image" });
  });

  it("is written as YAML that reads back as the same configuration", () => {
    const text = deskConfigYaml(production);
    expect(text.startsWith("# Made by the build")).toBe(true);
    expect(yaml.load(text)).toEqual(production);
  });

  it("names the content folder as a repository rooted at its parent sees it", () => {
    expect(contentPathOf("content")).toBe("content");
    expect(contentPathOf("/tmp/x/content/")).toBe("content");
  });
});

describe("the desk page's settings", () => {
  it("carry the zone, the sections, the authors' names and the stylesheets", () => {
    const settings = deskPageSettings(site, [{ id: "amina", name: "Amina Test" }], { "site.css": "/assets/site.1.css", "desk-preview.css": "/assets/desk-preview.2.css" });
    expect(settings).toEqual({ timezone: "Asia/Baku", defaultSection: "politics", sections: { politics: "Politics", sports: "Sports" }, authors: { amina: "Amina Test" }, styles: ["/assets/site.1.css", "/assets/desk-preview.2.css"], articleCollections: ["articles"] });
  });

  it("are JSON that cannot close their script element", () => {
    const text = scriptJson({ name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});

describe("the desk's Content-Security-Policy", () => {
  it("applies under /admin/ only, and the rest of the site keeps the strict policy", () => {
    expect(policyFor("/admin/")).toBe(deskContentSecurityPolicy());
    expect(policyFor("/2016/03/03/x/")).toBe(contentSecurityPolicy());
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-(eval|inline)'/);
    expect(deskContentSecurityPolicy()).toContain("script-src 'self' 'unsafe-eval'");
    expect(deskContentSecurityPolicy()).not.toMatch(/script-src[^;]*(unsafe-inline|https:)/);
    expect(deskContentSecurityPolicy(["http://127.0.0.1:9000"])).toContain("connect-src 'self' blob: https://api.github.com http://127.0.0.1:9000");
  });

  it("replaces the site's policy in _headers, and keeps /admin/ out of search engines", () => {
    const rules = headersFile().split("\n\n").find((block) => block.startsWith("/admin/*"));
    expect(rules?.split("\n").filter((line) => line !== "")).toEqual([
      "/admin/*",
      "  ! Content-Security-Policy",
      `  Content-Security-Policy: ${deskContentSecurityPolicy()}`,
      "  X-Robots-Tag: noindex, nofollow",
    ]);
  });
});

describe("the desk on a large archive", () => {
  /** `n` stories a month in each month of the given years. */
  const files = (years: readonly number[], perMonth: number): string[] =>
    years.flatMap((y) => Array.from({ length: 12 }, (_, m) => Array.from({ length: perMonth }, (_, i) => `${y}/${String(m + 1).padStart(2, "0")}/s${i}.md`)).flat());

  it("reads an archive's shape by year and month, newest first", () => {
    expect(archiveShape(["2016/03/a.md", "2016/04/b.md", "2016/04/pic.jpg", "c.md"])).toEqual({
      stories: 3,
      years: [{ year: 2016, stories: 2, months: [{ month: "04", stories: 1 }, { month: "03", stories: 1 }] }],
    });
  });

  it("keeps one sorted collection of every article while the archive is small", () => {
    const archive = archiveShape(files([2025], Math.floor(WHOLE_ARCHIVE_LIMIT / 12)));
    expect(yearCollections(archive, 2026)).toBeUndefined();
    const config = deskConfig({ site, contentPath: "content", archive, year: 2026 });
    expect(collectionOf(config, "articles")).toMatchObject({ folder: "content/articles", path: "{{year}}/{{month}}/{{slug}}", sortable_fields: [expect.objectContaining({ default_sort: "desc" }), expect.anything()] });
  });

  it("gives a large archive one unsorted collection a year, the current year first and taking new stories, and the picks its newest month", () => {
    const archive = archiveShape(files([2023, 2024, 2025], 30));
    expect(yearCollections(archive, 2026)?.map((c) => `${c.name} ${c.year}${c.month ? `/${c.month}` : ""}`)).toEqual([
      "articles 2026", "articles-2025 2025", "articles-2024 2024", "articles-2023 2023", "articles-latest 2025/12",
    ]);
    const config = deskConfig({ site, contentPath: "content", archive, year: 2026 }, deskCollections({ frontPageSchema: z.object({}) }));
    const names = (config["collections"] as Array<Record<string, unknown>>).map((c) => c["name"]);
    expect(names).toEqual(["articles", "articles-2025", "articles-2024", "articles-2023", "articles-latest", "authors", "frontpage"]);
    expect(collectionOf(config, "articles")).toMatchObject({ folder: "content/articles/2026", path: "{{month}}/{{slug}}", create: true, sortable_fields: [] });
    expect(collectionOf(config, "articles-2024")).toMatchObject({ folder: "content/articles/2024", path: "{{month}}/{{slug}}", create: false, sortable_fields: [] });
    // Decap reads a whole collection to sort, group or filter it: none of that on a year.
    expect(collectionOf(config, "articles-2024")).not.toHaveProperty("view_groups");
    expect(collectionOf(config, "articles-latest")).toMatchObject({ folder: "content/articles/2025/12", path: "{{slug}}", hide: true });
    const picks = (collectionOf(config, "frontpage")["files"] as Array<{ fields: DeskField[] }>)[0]!.fields;
    expect(fieldOf(fieldOf(picks, "lead").fields ?? [], "story")).toMatchObject({ collection: "articles-latest", value_field: "2025/12/{{slug}}" });
  });
});

describe("the desk on a site with languages", () => {
  const trilingual = {
    ...site,
    sections: [{ id: "politics", title: "Politics", titles: { en: "Politics", az: "Siyasət", ru: "Политика" } }, { id: "sports", title: "Sports" }],
    languages: { en: { name: "English" }, az: { name: "Azərbaycanca", prefix: "az" }, ru: { name: "Русский", prefix: "ru" } },
  };
  const config = (s: typeof site) => collectionOf(deskConfig({ site: s, contentPath: "content" }), "articles");

  it("keeps a story's versions together: sorted and grouped by translation key, grouped and filtered by language", () => {
    const articles = config(trilingual);
    expect(articles["sortable_fields"]).toContainEqual({ field: "translationKey", label: "Translation key" });
    expect(articles["view_groups"]).toEqual(expect.arrayContaining([{ label: "Story in every language (translation key)", field: "translationKey" }, { label: "Language", field: "lang" }]));
    expect((articles["view_filters"] as Array<Record<string, unknown>>).filter((f) => f["field"] === "lang" || f["field"] === "translationKey")).toEqual([
      { label: "Azərbaycanca", field: "lang", pattern: "^az$" },
      { label: "Русский", field: "lang", pattern: "^ru$" },
      { label: "Translated stories", field: "translationKey", pattern: "." },
    ]);
  });

  it("starts each story of the list with its language and dates it by numbers alone, in every article collection", () => {
    const summary = "{{lang | default('en')}} · {{title}} · {{date | date('YYYY-MM-DD HH:mm')}}";
    expect(config(trilingual)["summary"]).toBe(summary);
    // A site whose default language is Azerbaijani names that language for a story that says none.
    expect(config({ ...trilingual, language: "az" })["summary"]).toBe(summary.replace("default('en')", "default('az')"));
    // Decap reads the YAML: the filter's quotes come back as they were.
    const written = yaml.load(deskConfigYaml(deskConfig({ site: trilingual, contentPath: "content" }))) as Record<string, unknown>;
    expect(collectionOf(written, "articles")["summary"]).toBe(summary);
    // A large archive's year collections list their stories the same way.
    const archive = archiveShape(Array.from({ length: 2 * WHOLE_ARCHIVE_LIMIT }, (_, i) => `2025/${String((i % 12) + 1).padStart(2, "0")}/s${i}.md`));
    const years = deskConfig({ site: trilingual, contentPath: "content", archive, year: 2026 })["collections"] as Array<Record<string, unknown>>;
    const articleCollections = years.filter((c) => String(c["name"]).startsWith("articles"));
    expect(articleCollections.map((c) => c["name"])).toEqual(["articles", "articles-2025", "articles-latest"]);
    for (const collection of articleCollections) expect(collection["summary"], String(collection["name"])).toBe(summary);
  });

  it("leaves a one-language site's article list as it was", () => {
    const articles = config(site);
    expect(articles["summary"]).toBe("{{title}} · {{date}}");
    expect(JSON.stringify(articles)).not.toMatch(/translationKey|"lang"/);
  });

  it("hands the preview each language's words and section titles, and nothing more on a one-language site", () => {
    const words = (lang: string, key: string, values: Readonly<Record<string, string | number>> = {}): string => `${lang}:${key}${values["count"] === undefined ? "" : `#${values["count"]}`}${values["credit"] === undefined ? "" : ` ${values["credit"]}`}`;
    const settings = deskPageSettings(trilingual, [], {}, ["articles"], words);
    expect(settings.language).toBe("en");
    expect(settings.languages?.["az"]).toEqual({
      sections: { politics: "Siyasət", sports: "Sports" },
      by: "az:byline.by#1",
      byMany: "az:byline.by#2",
      and: "az:byline.and",
      updated: "az:article.updated",
      draft: "az:article.draft",
      credit: "az:image.credit {credit}",
      dateNames: { MMMM: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"] },
    });
    expect(Object.keys(deskPageSettings(site, [], {}, ["articles"], words))).not.toContain("languages");
  });
});
