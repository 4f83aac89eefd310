import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { clipText, createMarkdown, renderBody } from "../../../src/markdown/index.js";

const md = createMarkdown();
const render = (source: string) => cheerio.load(renderBody(md, source).html, null, false);

describe("renderBody", () => {
  it("removes scripts, event handlers and javascript: URLs from raw HTML", () => {
    const $ = render('<p onclick="x()">Hi <a href="javascript:alert(1)">a</a></p>\n\n<script>alert(1)</script>\n\n[b](javascript:alert(2))\n\n<img src="https://a.example/i.png" alt="i" onerror="x()">');
    expect($("script")).toHaveLength(0);
    expect($("[onclick], [onerror]")).toHaveLength(0);
    const urls = $("*").toArray().flatMap((el) => Object.values((el as unknown as { attribs: Record<string, string> }).attribs));
    expect(urls.filter((v) => /^\s*javascript:/i.test(v))).toEqual([]);
    // markdown-it leaves a javascript: link as plain text rather than a link.
    expect($("a")).toHaveLength(1);
    expect($("img").attr("src")).toBe("https://a.example/i.png");
  });

  it("keeps iframes from video and social hosts only", () => {
    const $ = render(
      [
        '<iframe src="https://www.youtube.com/embed/x" title="yt"></iframe>',
        '<iframe src="https://player.vimeo.com/video/1" title="vimeo"></iframe>',
        '<iframe src="https://evil.example/x" title="evil"></iframe>',
        '<iframe src="javascript:alert(1)" title="js"></iframe>',
      ].join("\n\n"),
    );
    expect($("iframe").toArray().map((f) => $(f).attr("title"))).toEqual(["yt", "vimeo"]);
  });

  it("takes the first paragraph as plain text for the summary", () => {
    expect(renderBody(md, "## Heading\n\nThe *first* paragraph, with `code` and a [link](https://a.example).\n\nSecond.").firstParagraph).toBe(
      "The first paragraph, with code and a link.",
    );
  });

});

describe("clipText", () => {
  it.each([
    ["short", 10, "short"],
    ["one two three four", 9, "one two…"],
    ["one two, three", 8, "one two…"],
    ["averyveryverylongword", 6, "averyv…"],
  ])("clips %j at %d", (text, max, expected) => {
    expect(clipText(text, max)).toBe(expected);
  });
});
