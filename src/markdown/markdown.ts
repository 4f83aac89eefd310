import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { sanitizeBodyHtml } from "./sanitize.js";

/**
 * The project's markdown-it instance: raw HTML allowed (it is sanitized afterwards) and typographic
 * quotes. Bare URLs are not turned into links (linkify cost a quarter of the parse time on a large
 * archive): write `<https://example.org>` or `[text](https://example.org)`. Articles and author bios are rendered with it (`src/content`).
 */
export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: true });
  const defaultImage = md.renderer.rules.image;
  // A body image the page can serve in modern formats is rendered by the caller's `pictureFor`.
  md.renderer.rules.image = (tokens, idx, options, env: RenderEnv, self) => {
    const token = tokens[idx];
    const src = token?.attrGet("src");
    if (token && src && env?.pictureFor) {
      const html = env.pictureFor(src, self.renderInlineAsText(token.children ?? [], options, env));
      if (html !== undefined) return html;
    }
    return defaultImage ? defaultImage(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  return md;
}

/** What a body render may be told about its images. */
export interface RenderEnv {
  /** HTML for a body image (`![alt](src)`), or `undefined` to render a plain `<img>`. */
  readonly pictureFor?: (src: string, alt: string) => string | undefined;
}

/** A link of a body, and the body's line it is on (1-based, counted in the body). */
export interface BodyLink {
  readonly href: string;
  readonly line: number;
}

/** An article body rendered once: safe HTML, the first paragraph as plain text, and its links. */
export interface RenderedBody {
  readonly html: string;
  /** The first paragraph as plain text (empty when the body has none). */
  readonly firstParagraph: string;
  /** Every Markdown link of the body, for the check that they lead somewhere. */
  readonly links: readonly BodyLink[];
}

/** The Markdown links of a token stream, each with the line of the block it is in. */
function linksOf(tokens: readonly Token[]): BodyLink[] {
  const links: BodyLink[] = [];
  let line = 1;
  for (const token of tokens) {
    if (token.map) line = token.map[0] + 1;
    for (const child of token.children ?? []) {
      const href = child.type === "link_open" ? child.attrGet("href") : null;
      if (href) links.push({ href, line });
    }
  }
  return links;
}

function hasRawHtml(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (token.type === "html_block" || token.type === "html_inline") return true;
    if (token.children && hasRawHtml(token.children)) return true;
  }
  return false;
}

function plainText(tokens: readonly Token[]): string {
  let text = "";
  for (const token of tokens) {
    if (token.type === "text" || token.type === "code_inline") text += token.content;
    else if (token.type === "softbreak" || token.type === "hardbreak") text += " ";
    else if (token.children) text += plainText(token.children);
  }
  return text.replace(/\s+/g, " ").trim();
}

function firstParagraphText(tokens: readonly Token[]): string {
  for (let i = 0; i < tokens.length - 1; i++) {
    const inline = tokens[i + 1];
    if (tokens[i]?.type === "paragraph_open" && tokens[i]?.level === 0 && inline?.type === "inline") {
      const text = plainText(inline.children ?? []);
      if (text !== "") return text;
    }
  }
  return "";
}

/**
 * Renders a Markdown body to safe HTML. markdown-it escapes text and refuses `javascript:` links on
 * its own, so only bodies that carry raw HTML pay for the sanitizer.
 */
export function renderBody(md: MarkdownIt, source: string, renderEnv: RenderEnv = {}): RenderedBody {
  const env = { ...renderEnv };
  const tokens = md.parse(source, env);
  const rendered = md.renderer.render(tokens, md.options, env);
  return {
    html: hasRawHtml(tokens) ? sanitizeBodyHtml(rendered) : rendered,
    firstParagraph: firstParagraphText(tokens),
    links: linksOf(tokens),
  };
}

/**
 * Cuts plain text to at most `max` characters at a word boundary, adding an ellipsis when cut.
 * @example clipText("one two three", 8) // "one two…"
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  const head = (space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,;:.–—-]+$/u, "");
  return `${head}…`;
}
