import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTopics, topicsOfLanguage, unusedTopicWarnings, type Topic } from "../../../src/content/index.js";
import { createMarkdown } from "../../../src/markdown/index.js";
import { tempDir, writeFiles } from "../../helpers/site.js";

/** Reads the topics of a content folder holding `files` (paths relative to `content/`). */
function topicsOf(files: Record<string, string>, languages?: { default: string; codes: string[] }): ReturnType<typeof readTopics> {
  const root = tempDir("topics-unit");
  const content = path.join(root, "content");
  writeFiles(content, files);
  return readTopics({ dir: path.join(content, "tags"), contentDir: content, rootDir: root, markdown: createMarkdown(), ...(languages ? { languages } : {}) });
}

const THREE = { default: "en", codes: ["en", "az", "ru"] };

describe("readTopics", () => {
  it("reads the name, the picture and the description, by the file name's slug", () => {
    const long = `${"The sea and its coast. ".repeat(20).trim()}`;
    const { topics, problems, warnings } = topicsOf({
      "tags/caspian-sea.md": `---\nname: Caspian Sea\nimage: { src: ./sea.jpg, alt: "Swell", credit: Us }\n---\n${long}\n\nSecond *paragraph*.\n`,
      "tags/sea.jpg": "not read without an image processor",
      "tags/oil.md": "---\nname: Oil\n---\n",
      "tags/gas.md": "Only a description.\n",
      "tags/_notes.md": "---\nname: [not read\n---\n",
    });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect([...topics.keys()]).toEqual(["caspian-sea", "gas", "oil"]);
    const sea = topics.get("caspian-sea");
    expect(sea?.name).toBe("Caspian Sea");
    expect(sea?.image).toEqual({ src: "./sea.jpg", alt: "Swell", credit: "Us" });
    expect(sea?.descriptionHtml).toContain("<em>paragraph</em>");
    // The meta description: the first paragraph, clipped at a word.
    expect(sea?.descriptionText.length).toBeLessThanOrEqual(221);
    expect(sea?.descriptionText).toMatch(/^The sea and its coast\. .+…$/);
    expect(sea?.sourcePath).toBe(path.join("content", "tags", "caspian-sea.md"));
    expect(topics.get("oil")).toEqual({ slug: "oil", name: "Oil", descriptionHtml: "", descriptionText: "", links: [], sourcePath: path.join("content", "tags", "oil.md") });
    expect(topics.get("gas")?.name).toBeUndefined();
    expect(topics.get("gas")?.descriptionText).toBe("Only a description.");
  });

  it("warns of an unknown field, with its line, and keeps the topic", () => {
    const { topics, problems, warnings } = topicsOf({ "tags/oil.md": "---\nname: Oil\nsummary: Crude.\n---\n" });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([{ file: path.join("content", "tags", "oil.md"), line: 3, message: 'unknown field "summary" is ignored (known fields: name, description, image)' }]);
    expect(topics.get("oil")?.name).toBe("Oil");
  });

  it("still builds a file whose description is one text, as before languages, with a warning that the body is the description", () => {
    const { topics, problems, warnings } = topicsOf({ "tags/oil.md": "---\nname: Oil\ndescription: Crude.\n---\nThe body.\n" });
    expect(problems).toEqual([]);
    expect(warnings.map((w) => [w.line, w.message.split(":")[0]])).toEqual([[3, "description is ignored"]]);
    expect(topics.get("oil")?.descriptionText).toBe("The body.");
    expect(topics.get("oil")?.versions).toBeUndefined();
  });

  it("finds nothing without a tags folder", () => {
    const { topics, problems, warnings } = topicsOf({ "authors/a.md": "---\nname: A\n---\n" });
    expect([topics.size, problems, warnings]).toEqual([0, [], []]);
  });

  it("looks for an image under the content folder when its path starts with /", () => {
    const { problems } = topicsOf({ "tags/oil.md": '---\nimage: { src: /images/oil.jpg, alt: "A pump" }\n---\n' });
    expect(problems.map((p) => p.message)).toEqual([`image "/images/oil.jpg" is not there (looked for ${path.join("content", "images", "oil.jpg")}); add the file or fix the path`]);
  });
});

describe("readTopics on a site with languages", () => {
  const file = path.join("content", "tags", "caspian-sea.md");

  it("names the subject in each language, each version with its own tag, description and alt text", () => {
    const { topics, problems, warnings } = topicsOf(
      {
        "tags/caspian-sea.md": [
          "---",
          'name: { en: Caspian Sea, az: "Xəzər dənizi", ru: "Каспийское море" }',
          "description:",
          '  az: "Xəzər dənizi haqqında [xəbərlər](/az/tags/neft/)."',
          "image: { src: ./sea.jpg, alt: { en: Swell, az: Dalğa, ru: Волна }, caption: { az: Axşam }, credit: Us }",
          "---",
          "The sea and its coast.",
          "",
        ].join("\n"),
        "tags/sea.jpg": "not read without an image processor",
      },
      THREE,
    );
    expect([problems, warnings]).toEqual([[], []]);
    const sea = topics.get("caspian-sea");
    expect(sea?.name).toBe("Caspian Sea");
    expect(sea?.image).toEqual({ src: "./sea.jpg", alt: "Swell", credit: "Us" });
    expect(sea?.descriptionText).toBe("The sea and its coast.");
    expect(sea?.versions?.["az"]).toEqual({
      slug: "xezer-denizi",
      name: "Xəzər dənizi",
      image: { src: "./sea.jpg", alt: "Dalğa", caption: "Axşam", credit: "Us" },
      descriptionHtml: '<p>Xəzər dənizi haqqında <a href="/az/tags/neft/">xəbərlər</a>.</p>\n',
      descriptionText: "Xəzər dənizi haqqında xəbərlər.",
      links: [{ href: "/az/tags/neft/", line: 3 }],
    });
    // Russian Cyrillic is transliterated for the slug; no description in Russian means none, not the English one.
    expect(sea?.versions?.["ru"]).toMatchObject({ slug: "kaspiyskoe-more", name: "Каспийское море", descriptionHtml: "", image: { alt: "Волна" } });
    expect(sea?.versions?.["ru"]?.image?.caption).toBeUndefined();
    // Each language's pages see their own versions, by their own slugs.
    expect([...topicsOfLanguage(topics, "az", "en").keys()]).toEqual(["xezer-denizi"]);
    expect(topicsOfLanguage(topics, "en", "en").get("caspian-sea")?.name).toBe("Caspian Sea");
    expect(topicsOfLanguage(topics, "ru", "en").get("kaspiyskoe-more")?.name).toBe("Каспийское море");
  });

  it("takes one alt text for every language, and a name map without the default language's name", () => {
    const { topics, problems } = topicsOf({ "tags/neft.md": '---\nname: { az: Neft }\nimage: { src: https://img.example/oil.jpg, alt: "A pump" }\n---\n' }, THREE);
    expect(problems).toEqual([]);
    expect(topics.get("neft")?.name).toBeUndefined();
    expect(topics.get("neft")?.versions?.["az"]?.image?.alt).toBe("A pump");
  });

  it.each([
    ['name: { en: Oil, fr: "Pétrole" }', 'name.fr: "fr" is not a language of the site (en, az, ru); use one of them, or add it to languages in site.json'],
    ['name: Oil\ndescription: { az: "Neft haqqında" }', 'description.az has no name.az beside it: the name in az is what finds the tag of az stories, so add it, like name: { az: "..." }'],
    ['name: { en: Oil, az: Neft }\ndescription: { en: "Crude" }', "description.en: the default language's description is the file's body, under the front matter; move the text there"],
    ['name: { en: Oil, ru: "!!!" }', 'name.ru "!!!" has no letter or digit to make the tag\'s address from; write the name as the stories\' tags spell it'],
    ['name: { en: Oil, az: Neft }\nimage: { src: https://img.example/oil.jpg, alt: { en: "A pump" } }', "image.alt has no text for az: the picture shows on the topic's page in that language; give the alt text in each, or one text for all"],
  ])("refuses %s, with the file and line", (front, message) => {
    const { topics, problems } = topicsOf({ "tags/caspian-sea.md": `---\n${front}\n---\n` }, THREE);
    expect(problems.map((p) => p.message)).toEqual([message]);
    expect(problems[0]?.file).toBe(file);
    expect(problems[0]?.line).toBeGreaterThan(1);
    expect(topics.size).toBe(0);
  });

  it("refuses a one-language site's name in a language it does not have", () => {
    const { problems } = topicsOf({ "tags/oil.md": "---\nname: { en: Oil, az: Neft }\n---\n" });
    expect(problems.map((p) => p.message)).toEqual(['name.az: "az" is not a language of the site (en); use one of them, or add it to languages in site.json']);
  });

  it("refuses two files that name one tag of a language, naming both", () => {
    const { problems } = topicsOf(
      {
        "tags/caspian-sea.md": '---\nname: { en: Caspian Sea, az: "Xəzər dənizi" }\n---\n',
        "tags/caspian.md": '---\nname: { en: Caspian, az: "XƏZƏR DƏNİZİ" }\n---\n',
      },
      THREE,
    );
    expect(problems).toEqual([
      { file: path.join("content", "tags", "caspian.md"), line: 2, message: `name.az "XƏZƏR DƏNİZİ" names the az tag "xezer-denizi", which ${file} already names; keep one topic file per tag` },
    ]);
  });
});

describe("unusedTopicWarnings", () => {
  const topic = (slug: string): Topic => ({ slug, descriptionHtml: "", descriptionText: "", links: [], sourcePath: `content/tags/${slug}.md` });

  it("warns of each topic whose tag no published article has, naming its file and the URL it would have", () => {
    const topics = new Map([["oil", topic("oil")], ["oli", topic("oli")]]);
    const usedIn = (slugs: string[]) => (slug: string, lang: string) => lang === "en" && slugs.includes(slug);
    expect(unusedTopicWarnings(topics, usedIn(["oil", "gas"]), "en")).toEqual([
      { file: "content/tags/oli.md", message: 'no published article has the tag "oli", so this topic file shows nowhere; check that the file name is the tag\'s slug as in its URL (/tags/oli/), or remove the file' },
    ]);
    expect(unusedTopicWarnings(topics, usedIn(["oil", "oli"]), "en")).toEqual([]);
  });

  it("warns of each language whose tag no story of that language has, and of the default tag only when no version shows", () => {
    const version = (slug: string, name: string) => ({ slug, name, descriptionHtml: "", descriptionText: "", links: [] });
    const sea: Topic = { ...topic("caspian-sea"), versions: { az: version("xezer-denizi", "Xəzər dənizi"), ru: version("kaspiyskoe-more", "Каспийское море") } };
    const used = (pages: string[]) => (slug: string, lang: string) => pages.includes(`${lang}:${slug}`);
    // Shown in Azerbaijani only: the Russian name is spelt unlike the Russian stories' tag; an unused English tag is no fault.
    expect(unusedTopicWarnings(new Map([["caspian-sea", sea]]), used(["az:xezer-denizi"]), "en").map((w) => w.message)).toEqual([
      'name.ru "Каспийское море" names the ru tag "kaspiyskoe-more", which no published ru story has, so its part of the file shows nowhere; spell the name as the ru stories\' tags do',
    ]);
    expect(unusedTopicWarnings(new Map([["caspian-sea", sea]]), used([]), "en").map((w) => w.message.slice(0, 40))).toEqual([
      'no published article has the tag "caspia',
      'name.az "Xəzər dənizi" names the az tag ',
      'name.ru "Каспийское море" names the ru t',
    ]);
  });
});
