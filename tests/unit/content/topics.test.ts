import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTopics, unusedTopicWarnings, type Topic } from "../../../src/content/index.js";
import { createMarkdown } from "../../../src/markdown/index.js";
import { tempDir, writeFiles } from "../../helpers/site.js";

/** Reads the topics of a content folder holding `files` (paths relative to `content/`). */
function topicsOf(files: Record<string, string>): ReturnType<typeof readTopics> {
  const root = tempDir("topics-unit");
  const content = path.join(root, "content");
  writeFiles(content, files);
  return readTopics({ dir: path.join(content, "tags"), contentDir: content, rootDir: root, markdown: createMarkdown() });
}

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
    const { topics, problems, warnings } = topicsOf({ "tags/oil.md": "---\nname: Oil\ndescription: Crude.\n---\n" });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([{ file: path.join("content", "tags", "oil.md"), line: 3, message: 'unknown field "description" is ignored (known fields: name, image)' }]);
    expect(topics.get("oil")?.name).toBe("Oil");
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

describe("unusedTopicWarnings", () => {
  const topic = (slug: string): Topic => ({ slug, descriptionHtml: "", descriptionText: "", links: [], sourcePath: `content/tags/${slug}.md` });

  it("warns of each topic whose tag no published article has, naming its file and the URL it would have", () => {
    const topics = new Map([["oil", topic("oil")], ["oli", topic("oli")]]);
    expect(unusedTopicWarnings(topics, new Set(["oil", "gas"]))).toEqual([
      { file: "content/tags/oli.md", message: 'no published article has the tag "oli", so this topic file shows nowhere; check that the file name is the tag\'s slug as in its URL (/tags/oli/), or remove the file' },
    ]);
    expect(unusedTopicWarnings(topics, new Set(["oil", "oli"]))).toEqual([]);
  });
});
