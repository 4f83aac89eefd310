import * as cheerio from "cheerio";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMarkdown, renderBody } from "../../src/markdown/index.js";
import { isPlainSlug, slugify } from "../../src/slugs/index.js";

const md = createMarkdown();

/** Pieces an attacker or a careless paste might put in a body. */
const hostile = fc.constantFrom(
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  "[x](javascript:alert(1))",
  "[x](<javascript:alert(1)>)",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<style>body{}</style>",
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  "<!-- <script>alert(1)</script> -->",
  '<object data="javascript:alert(1)"></object>',
  "<p onmouseover=alert(1)>x</p>",
  "`<script>` in code",
  "<<script>script>alert(1)<</script>/script>",
);
const markdownish = fc.constantFrom("# ", "## ", "> ", "- ", "1. ", "**", "_", "`", "\n\n", "\n", "|", "---", "[", "](", ")", "<", ">", "\"", "'", "&", " ");
const body = fc.array(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), hostile, markdownish), { maxLength: 30 }).map((parts) => parts.join(""));

describe("slugify (property)", () => {
  it("always gives a safe path segment, and slugifying twice changes nothing", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: fc.constantFrom(..."əƏıİIğĞöÖşŞüÜçÇ ./\\-_aZ09") })), (text) => {
        const slug = slugify(text);
        expect(slug === "" || isPlainSlug(slug)).toBe(true);
        expect(slug).not.toContain("/");
        expect(slug).not.toContain("..");
        expect(slugify(slug)).toBe(slug);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("renderBody (property)", () => {
  it("renders any body without throwing, and never yields a script, an event handler or a javascript: URL", () => {
    fc.assert(
      fc.property(body, (source) => {
        const html = renderBody(md, source).html;
        const $ = cheerio.load(html, null, false);
        expect($("script")).toHaveLength(0);
        for (const el of $("*").toArray()) {
          for (const [name, value] of Object.entries((el as unknown as { attribs: Record<string, string> }).attribs)) {
            expect(name.toLowerCase().startsWith("on"), `${name} in ${html}`).toBe(false);
            expect(/^\s*(javascript|vbscript|data):/i.test(value), `${name}=${value} in ${html}`).toBe(false);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
