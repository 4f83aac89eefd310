import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/content/index.js";
import { checkedContent } from "../helpers/content.js";
import { buildSite, listFiles, loadPage, minimalSite, tempDir, writeFiles } from "../helpers/site.js";

const fm = (lines: string, body = "Body.\n"): string => `---\n${lines}\n---\n${body}`;
const OK = "title: T\ndate: 2016-03-03T12:55:00+04:00\nbyline: amina-test";

/** Refused inputs: file name, text, and what the message must say. Each is refused with its file named. */
const REFUSED: ReadonlyArray<readonly [name: string, text: string, message: RegExp]> = [
  ["broken-yaml.md", fm("title: [unclosed\ndate: 2016-03-03\nbyline: amina-test"), /not valid YAML/],
  ["yaml-tab-indent.md", fm("title: T\nimage:\n\tsrc: x.jpg"), /not valid YAML.*[Tt]ab/],
  ["duplicate-key.md", fm(`${OK}\ntitle: Again`), /not valid YAML.*duplicated/],
  ["list-front-matter.md", fm("- title\n- date"), /must be a list of `key: value` lines/],
  ["empty-file.md", "", /title is missing/],
  ["unclosed-front-matter.md", "---\ntitle: T\ndate: 2016-03-03\nbyline: amina-test\nBody without a closing fence.\n", /never closed/],
  ["title-map.md", fm("title: { a: 1 }\ndate: 2016-03-03\nbyline: amina-test"), /title must be plain text/],
  ["title-empty.md", fm('title: ""\ndate: 2016-03-03\nbyline: amina-test'), /title is empty/],
  ["title-control-char.md", fm('title: "Bell \\u0007 here"\ndate: 2016-03-03\nbyline: amina-test'), /control character/],
  ["date-missing.md", fm("title: T\nbyline: amina-test"), /date is missing/],
  ["date-month-13.md", fm("title: T\ndate: 2017-13-45\nbyline: amina-test"), /"2017-13-45" is not a real calendar date/],
  ["date-feb-30.md", fm("title: T\ndate: 2016-02-30T10:00:00\nbyline: amina-test"), /not a real calendar date/],
  ["date-words.md", fm("title: T\ndate: yesterday\nbyline: amina-test"), /not an ISO 8601 date/],
  ["date-number.md", fm("title: T\ndate: 20160303\nbyline: amina-test"), /date must be a date like/],
  ["date-hour-25.md", fm("title: T\ndate: 2016-03-03T25:00:00\nbyline: amina-test"), /not a real calendar date/],
  ["byline-missing.md", fm("title: T\ndate: 2016-03-03"), /byline is missing/],
  ["byline-unknown.md", fm("title: T\ndate: 2016-03-03\nbyline: nobody"), /byline "nobody" has no author file/],
  ["byline-empty-list.md", fm("title: T\ndate: 2016-03-03\nbyline: []"), /byline/],
  ["byline-map.md", fm("title: T\ndate: 2016-03-03\nbyline: { id: amina-test }"), /byline must be an author id/],
  ["section-unknown.md", fm(`${OK}\nsection: gossip`), /section "gossip" is not one of/],
  ["section-list.md", fm(`${OK}\nsection: [politics, sports]`), /section must be a section id/],
  ["tags-map.md", fm(`${OK}\ntags: { a: b }`), /tags must be a list/],
  ["tag-empty.md", fm(`${OK}\ntags: ["", Energy]`), /tags.* is empty|tags\.0 is empty/],
  ["slug-traversal.md", fm(`${OK}\nslug: ../../etc/x`), /slug "\.\.\/\.\.\/etc\/x" is not a plain slug/],
  ["slug-slash.md", fm(`${OK}\nslug: a/b`), /slug "a\/b" is not a plain slug/],
  ["slug-upper.md", fm(`${OK}\nslug: Baku-Summit`), /slug "Baku-Summit" is not a plain slug/],
  ["alias-relative.md", fm(`${OK}\naliases: [old.html]`), /must be a path on this site starting with \//],
  ["alias-dotdot.md", fm(`${OK}\naliases: [/a/../../b.html]`), /must not contain \. or \.\. segments/],
  ["alias-space.md", fm(`${OK}\naliases: ["/old page.html"]`), /must not contain spaces or control characters/],
  ["alias-deploy-state.md", fm(`${OK}\naliases: [/_deploy/live.json]`), /is under \/_deploy\/, which the deploy keeps for itself/],
  ["draft-yes.md", fm(`${OK}\ndraft: yes`), /draft must be true or false/],
  ["updated-before.md", fm(`${OK}\nupdated: 2016-03-01T10:00:00+04:00`), /updated is earlier than date/],
  ["updated-bad.md", fm(`${OK}\nupdated: 2016-04-31`), /updated "2016-04-31" is not a real calendar date/],
  ["corrections-text.md", fm(`${OK}\ncorrections: fixed a typo`), /corrections must be a list/],
  ["correction-no-text.md", fm(`${OK}\ncorrections: [ { date: 2016-03-04 } ]`), /corrections/],
  ["image-no-alt.md", fm(`${OK}\nimage: { src: ./x.jpg }`), /image\.alt is missing: image must be like/],
  ["----.md", fm(OK), /the file name gives no slug/],
  ["image-missing.md", fm(`${OK}\nimage: { src: ./no-such-photo.jpg, alt: "A photo" }`), /image "\.\/no-such-photo\.jpg" is not there/],
  ["body-image-missing.md", fm(OK, "Text.\n\n![A chart](./no-such-chart.png)\n"), /the body's image "\.\/no-such-chart\.png" is not there/],
  ["link-missing-article.md", fm(OK, "Text.\n\nSee [the earlier story](/2016/03/01/no-such-story/).\n"), /links to \/2016\/03\/01\/no-such-story\/, which is not a page of this site/],
  ["link-missing-tag.md", fm(OK, "More [on oil](https://test.example/tags/no-such-tag/).\n"), /links to https:\/\/test\.example\/tags\/no-such-tag\/, which is not a page/],
  ["link-missing-file.md", fm(OK, "Read [the report](./no-such-report.pdf).\n"), /links to "\.\/no-such-report\.pdf", which is not there/],
];

/** Refused topic files (`content/tags/`): file name, text, the line named (0: none) and what the message must say. */
const REFUSED_TOPICS: ReadonlyArray<readonly [name: string, text: string, line: number, message: RegExp]> = [
  ["Caspian Sea.md", fm("name: Caspian Sea"), 0, /the tag comes from the file name.*rename the file to caspian-sea\.md/],
  ["energy/oil.md", fm("name: Oil"), 0, /must sit directly in content\/tags\/; move it to content\/tags\/oil\.md/],
  // The YAML parser names the line where it gave up: the end of the front matter.
  ["broken.md", fm("name: [unclosed"), 3, /not valid YAML/],
  ["name-empty.md", fm('name: ""'), 2, /name is empty: must be the name the tag shows/],
  ["name-blank.md", fm("name:"), 2, /name is empty: must be the name the tag shows/],
  ["name-list.md", fm("name: [a, b]"), 2, /name must be the name the tag shows, like: name: "Caspian Sea", or one per language/],
  ["name-map.md", fm("name: { a: 1 }"), 2, /name\.a: "a" is not a language of the site \(en\); use one of them, or add it to languages in site\.json/],
  ["name-control.md", fm('name: "Oil \\u0007"'), 2, /name contains a control character/],
  ["image-text.md", fm("name: Oil\nimage: ./oil.jpg"), 3, /image must be like: image: \{ src: \.\/photo\.jpg/],
  ["image-no-alt.md", fm("image: { src: ./oil.jpg }"), 2, /image\.alt is missing/],
  ["image-missing.md", fm('name: Oil\nimage: { src: ./no-such-picture.jpg, alt: "A pump" }'), 3, /image "\.\/no-such-picture\.jpg" is not there \(looked for content\/tags\/no-such-picture\.jpg\)/],
];

/** Odd but acceptable inputs: each builds, at the URL given. */
const ACCEPTED: ReadonlyArray<readonly [name: string, text: string, url: string]> = [
  ["bom.md", `\uFEFF${fm("title: With a BOM\ndate: 2016-03-03\nbyline: amina-test")}`, "/2016/03/03/bom/"],
  ["crlf.md", fm("title: CRLF line ends\ndate: 2016-03-03\nbyline: amina-test", "First.\r\n\r\nSecond.\r\n").replace(/\n/g, "\r\n").replace(/\r\r/g, "\r"), "/2016/03/03/crlf/"],
  ["big-body.md", fm("title: A 5 MB body\ndate: 2016-03-03\nbyline: amina-test", "A long paragraph of filler text for the size test. ".repeat(100_000)), "/2016/03/03/big-body/"],
  ["only-front-matter.md", "---\ntitle: Only front matter\ndate: 2016-03-03\nbyline: amina-test\n---\n", "/2016/03/03/only-front-matter/"],
  ["no-final-newline.md", "---\ntitle: No final newline\ndate: 2016-03-03\nbyline: amina-test\n---", "/2016/03/03/no-final-newline/"],
  ["tabs-in-body.md", fm("title: Tabs in the body\ndate: 2016-03-03\nbyline: amina-test", "Col\tumn\n\n\tindented code\n"), "/2016/03/03/tabs-in-body/"],
  ["number-title.md", fm("title: 2024\ndate: 2016-03-03\nbyline: amina-test"), "/2016/03/03/number-title/"],
  ["template-syntax.md", fm("title: \"{{ title }} and {% raw %}\"\ndate: 2016-03-03\nbyline: amina-test", "Price {{ price }} {% if x %}\n"), "/2016/03/03/template-syntax/"],
  ["unknown-field.md", fm("title: Unknown field\ndate: 2016-03-03\nbyline: amina-test\nlayout: custom"), "/2016/03/03/unknown-field/"],
  ["Mixed Case Name.md", fm("title: File name with spaces\ndate: 2016-03-03\nbyline: amina-test"), "/2016/03/03/mixed-case-name/"],
  ["nul-in-body.md", fm("title: NUL in body\ndate: 2016-03-03\nbyline: amina-test", "a\u0000b\n"), "/2016/03/03/nul-in-body/"],
];

async function load(dir: string): Promise<void> {
  await checkedContent(dir);
}

describe("bad input, one file at a time", () => {
  it.each(REFUSED)("refuses %s with its file named and a plain message", async (name, text, message) => {
    const dir = minimalSite();
    writeFiles(dir, { [`articles/${name}`]: text });
    let error: unknown;
    try {
      await load(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.file).toBe(path.join("content", "articles", name));
    expect(problems.map((p) => p.message).join("\n")).toMatch(message);
  });

  it.each(ACCEPTED)("accepts %s", async (name, text) => {
    const dir = minimalSite();
    writeFiles(dir, { [`articles/${name}`]: text });
    await expect(load(dir)).resolves.toBeUndefined();
  });

  it("refuses an author file with broken YAML or no name", async () => {
    const dir = minimalSite();
    writeFiles(dir, { "authors/broken.md": "---\nname: [x\n---\n", "authors/nameless.md": "---\nrole: R\n---\n" });
    await expect(load(dir)).rejects.toThrow(/authors\/broken\.md:\d+: the front matter is not valid YAML[\s\S]*authors\/nameless\.md: name is missing/);
  });
});

describe("bad topic files", () => {
  it.each(REFUSED_TOPICS)("refuses content/tags/%s with its file and line named", async (name, text, line, message) => {
    const dir = minimalSite();
    writeFiles(dir, { "articles/oil.md": fm(`${OK}\ntags: [Oil]`), [`tags/${name}`]: text });
    const error = await load(dir).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(path.join("content", "tags", name));
    expect(problems[0]?.line).toBe(line === 0 ? undefined : line);
    expect(problems[0]?.message).toMatch(message);
  });

  it("refuses them all at once through the real build, and warns of an unknown field and of a topic no article uses", async () => {
    const bad = minimalSite();
    writeFiles(bad, { "articles/oil.md": fm(`${OK}\ntags: [Oil]`), ...Object.fromEntries(REFUSED_TOPICS.map(([name, text]) => [`tags/${name}`, text])) });
    const parent = tempDir("bad-topics");
    const refused = await buildSite(bad, path.join(parent, "_site"));
    expect(refused.code).toBe(1);
    for (const [name] of REFUSED_TOPICS) expect(refused.stderr).toContain(path.join("content", "tags", name));
    expect(fs.readdirSync(parent)).toEqual([]);

    const odd = minimalSite();
    writeFiles(odd, {
      "articles/oil.md": fm(`${OK}\ntags: [Oil]`),
      "articles/coal.md": fm("title: Coal\ndate: 2016-03-04\nbyline: amina-test\ntags: [Coal]\ndraft: true"),
      "tags/oil.md": fm("name: Crude oil\ntitle: Oil and its price"),
      "tags/coal.md": fm("name: Coal"),
      "tags/olive-oil.md": "No front matter at all: a description alone.\n",
    });
    const out = path.join(tempDir("odd-topics"), "_site");
    const built = await buildSite(odd, out);
    expect(built.code).toBe(0);
    const warnings = built.stderr.split("\n").filter((l) => l.startsWith("warning: "));
    expect(warnings).toEqual([
      `warning: ${path.join("content", "tags", "oil.md")}:3: unknown field "title" is ignored (known fields: name, description, image)`,
      `warning: ${path.join("content", "tags", "coal.md")}: no published article has the tag "coal", so this topic file shows nowhere; check that the file name is the tag's slug as in its URL (/tags/coal/), or remove the file`,
      `warning: ${path.join("content", "tags", "olive-oil.md")}: no published article has the tag "olive-oil", so this topic file shows nowhere; check that the file name is the tag's slug as in its URL (/tags/olive-oil/), or remove the file`,
    ]);
    expect(loadPage(out, "/tags/oil/")("h1").text()).toBe("Tag: Crude oil");
    expect(fs.existsSync(path.join(out, "tags", "coal"))).toBe(false);
  });
});

describe("links between stories", () => {
  it("refuses a link to a draft, with the line it is on, and accepts links to pages the site has", async () => {
    const dir = minimalSite();
    writeFiles(dir, {
      "articles/target.md": fm("title: Target\ndate: 2016-03-01T10:00:00+04:00\nbyline: amina-test\ntags: [Oil]\naliases: [/old/target.html]"),
      "articles/secret.md": fm("title: Secret\ndate: 2016-03-02T10:00:00+04:00\nbyline: amina-test\ndraft: true"),
      "articles/links.md": fm(
        OK,
        "Fine: [story](/2016/03/01/target/), [tag](/tags/oil/), [author](/authors/amina-test/), [old](/old/target.html), [section](/politics/).\n\nNot yet: [the secret](/2016/03/02/secret/).\n",
      ),
    });
    const error = await checkedContent(dir).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([
      expect.objectContaining({ file: path.join("content", "articles", "links.md"), line: 8, message: expect.stringMatching(/^links to \/2016\/03\/02\/secret\/, which is not a page/) }),
    ]);
  });
});

describe("aliases on the site's own files", () => {
  it("refuses, in a real build, an alias over a section's feed, a sitemap part, a picture and the desk, naming the article and the address, and writes nothing", async () => {
    const dir = minimalSite();
    writeFiles(dir, {
      "articles/claims.md": fm(`${OK}\nsection: politics\naliases: [/politics/feed.xml, /sitemaps/sitemap-1.xml, /img/old.jpeg, /admin/config.yml]`),
    });
    const out = path.join(path.dirname(dir), "_site");
    const run = await buildSite(dir, out);
    expect(run.code).not.toBe(0);
    const file = path.join("articles", "claims.md");
    for (const claim of ["/politics/feed.xml", "/sitemaps/sitemap-1.xml", "/img/old.jpeg", "/admin/config.yml"]) {
      expect(run.stderr).toMatch(new RegExp(`${file.replace(/[./]/g, "\\$&")}.*alias "${claim.replace(/[./]/g, "\\$&")}"`));
    }
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("editors' picks and author photos", () => {
  it("refuses a pick of a story that does not exist or is a draft, an expiry that is not a date and a breaking link to no page, each with its line", async () => {
    const dir = minimalSite();
    writeFiles(dir, {
      "articles/story.md": fm("title: Story\ndate: 2016-03-01T10:00:00+04:00\nbyline: amina-test"),
      "articles/secret.md": fm("title: Secret\ndate: 2016-03-02T10:00:00+04:00\nbyline: amina-test\ndraft: true"),
      "_data/frontpage.yml": ["lead:", "  story: /2016/03/01/no-such-story/", "top:", "  - /2016/03/01/story/", "  - secret", "breaking:", "  text: Storm warning", "  link: /tags/storms/", "  until: 2016-03-03T18:00", ""].join("\n"),
    });
    const error = await checkedContent(dir).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const file = path.join("content", "_data", "frontpage.yml");
    expect((error as ContentError).problems).toEqual([
      { file, line: 8, message: expect.stringMatching(/^links to \/tags\/storms\/, which is not a page of this site/) },
      { file, line: 2, message: expect.stringMatching(/^lead: story "\/2016\/03\/01\/no-such-story\/" is not an article of this site; give its address/) },
      { file, line: 5, message: expect.stringMatching(/^top\[1\]: story "secret" is a draft/) },
    ]);
    writeFiles(dir, { "_data/frontpage.yml": "lead:\n  story: /2016/03/01/story/\n  until: tomorrow noon\n" });
    await expect(checkedContent(dir)).rejects.toThrow(/_data\/frontpage\.yml:3: lead\.until "tomorrow noon" is not an ISO 8601 date/);
  });

  it("refuses an author photo that is not a picture file, with its line; an empty photo is none", async () => {
    const dir = minimalSite();
    writeFiles(dir, {
      "authors/amina-test.md": "---\nname: Amina Test\nphoto: ./portrait\n---\nBio.\n",
      "authors/empty-photo.md": "---\nname: Empty Photo\nphoto: \"\"\n---\nBio.\n",
    });
    const error = await checkedContent(dir).then(() => undefined, (e: unknown) => e);
    const messages = (error as ContentError).problems.map((p) => `${p.file}:${p.line ?? ""} ${p.message}`);
    expect(messages[0]).toMatch(/authors\/amina-test\.md:3 photo "\.\/portrait" must be a picture file/);
    expect(messages.join("\n")).not.toContain("empty-photo");
  });

  it("refuses, in a real build, pictures the image library cannot read, each with its file: a lead image, a body image and an author photo found beside the author file", async () => {
    const dir = minimalSite();
    writeFiles(dir, {
      "articles/fake-picture.md": fm(`${OK}\nimage: { src: ./fake.jpg, alt: "A photo" }`, "Text.\n\n![A chart](./fake-chart.png)\n"),
      "articles/fake.jpg": "this is text, not a JPEG",
      "articles/fake-chart.png": "nor is this a PNG",
      "authors/amina-test.png": "not a PNG either",
    });
    const output = path.join(tempDir("fake-pictures"), "_site");
    const run = await buildSite(dir, output);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/authors\/amina-test\.md: "amina-test\.png" is not a picture this build can read/);
    expect(run.stderr).toMatch(/articles\/fake-picture\.md:5: "\.\/fake\.jpg" is not a picture this build can read/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(fs.existsSync(output)).toBe(false);
  });

  it("refuses a topic description's link to a page the site does not have, with its line", async () => {
    const dir = minimalSite();
    writeFiles(dir, {
      "articles/story.md": fm(`${OK}\ntags: [Oil]`),
      "tags/oil.md": "---\nname: Oil\n---\nAbout oil.\n\nSee [the embargoed story](/2030/01/01/not-yet/).\n",
    });
    await expect(checkedContent(dir)).rejects.toThrow(/tags\/oil\.md:6: links to \/2030\/01\/01\/not-yet\/, which is not a page of this site/);
  });

  it("refuses an author photo that is not there, naming the author file and the line", async () => {
    const dir = minimalSite();
    writeFiles(dir, { "authors/amina-test.md": "---\nname: Amina Test\nphoto: ./no-such-face.jpg\n---\nBio.\n" });
    await expect(checkedContent(dir)).rejects.toThrow(/authors\/amina-test\.md:3: photo "\.\/no-such-face\.jpg" is not there/);
  });
});

describe("bad input, through the real build", () => {
  it("refuses every bad file at once, names each, prints no stack trace and writes nothing", async () => {
    const content = minimalSite();
    writeFiles(content, Object.fromEntries(REFUSED.map(([name, text]) => [`articles/${name}`, text])));
    const parent = tempDir("bad-all");
    const out = path.join(parent, "_site");
    const result = await buildSite(content, out);
    expect(result.code).toBe(1);
    for (const [name] of REFUSED) expect(result.stderr).toContain(path.join("content", "articles", name));
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.stdout).not.toMatch(/^Built/m);
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it("builds every odd-but-valid file at its URL, and writes only inside the output folder", async () => {
    const content = minimalSite();
    writeFiles(content, Object.fromEntries(ACCEPTED.map(([name, text]) => [`articles/${name}`, text])));
    const parent = tempDir("odd-all");
    const out = path.join(parent, "_site");
    const result = await buildSite(content, out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('unknown field "layout" is ignored');
    for (const [, , url] of ACCEPTED) expect(fs.existsSync(path.join(out, url, "index.html")), url).toBe(true);
    expect(fs.readdirSync(parent).sort()).toEqual([".cache", "_site"]);
    expect(listFiles(out).every((f) => !f.startsWith(".."))).toBe(true);
    const page = fs.readFileSync(path.join(out, "2016/03/03/template-syntax/index.html"), "utf8");
    expect(page).toContain("Price {{ price }} {% if x %}");
    expect(fs.readFileSync(path.join(out, "2016/03/03/crlf/index.html"), "utf8")).toContain("<p>Second.</p>");
  });
});
