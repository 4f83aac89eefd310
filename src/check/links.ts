/**
 * The links of a built page, and where they lead in the output folder: extraction with htmlparser2
 * (every attribute that loads or opens an address), resolution with the WHATWG URL parser and the
 * site's own URL-to-file rule ({@link outputFileOf}), so a link resolves exactly when the CDN would
 * serve a file for it.
 */
import { Parser } from "htmlparser2";
import { outputFileOf } from "../urls/index.js";

/** One address written in a page, with the line it is on. */
export interface LinkRef {
  readonly url: string;
  readonly line: number;
}

/** What a page offers and asks for: the ids a fragment may name, and every address it writes. */
export interface PageLinks {
  readonly ids: readonly string[];
  readonly links: readonly LinkRef[];
}

/** An address of the site itself: the output file that serves it, and the fragment it names (or ""). */
export interface SiteTarget {
  readonly file: string;
  readonly fragment: string;
}

/** The attributes that hold one address, by element. */
const ADDRESS_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src"],
  script: ["src"],
  iframe: ["src"],
  embed: ["src"],
  source: ["src"],
  track: ["src"],
  audio: ["src"],
  video: ["src", "poster"],
  input: ["src"],
  object: ["data"],
  form: ["action"],
};

/**
 * The addresses of a `srcset`, as the HTML standard splits it: an address runs to the next space
 * (less trailing commas), then its width or density runs to the next comma.
 */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  for (const match of value.matchAll(/[\s,]*([^\s]+)[^,]*/g)) {
    const url = (match[1] ?? "").replace(/,+$/, "");
    if (url !== "") urls.push(url);
  }
  return urls;
}

/** The address of a `<meta http-equiv="refresh" content="0; url=...">`, as the alias pages write it. */
function refreshUrl(content: string): string | undefined {
  const match = /^\s*\d+(?:\.\d*)?\s*[;,]\s*url\s*=\s*['"]?([^'"]+)['"]?\s*$/i.exec(content);
  return match?.[1]?.trim();
}

/** 1-based line of each offset of `text`, by binary search over the offsets of its newlines. */
function lineFinder(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) breaks.push(i);
  return (offset) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((breaks[mid] ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

/**
 * Every address a page writes (`href`, `src`, `srcset`, `poster`, `data`, `action`, a meta refresh)
 * with its line, and every `id` (and `<a name>`) a fragment may point at.
 * @example extractLinks('<a href="/tags/">Tags</a>') // { ids: [], links: [{ url: "/tags/", line: 1 }] }
 */
export function extractLinks(html: string): PageLinks {
  const ids: string[] = [];
  const links: LinkRef[] = [];
  const lineOf = lineFinder(html);
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const line = lineOf(parser.startIndex);
        if (attributes["id"]) ids.push(attributes["id"]);
        if (name === "a" && attributes["name"]) ids.push(attributes["name"]);
        for (const attribute of ADDRESS_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) links.push({ url: value, line });
        }
        if ((name === "img" || name === "source") && attributes["srcset"]) {
          for (const url of srcsetUrls(attributes["srcset"])) links.push({ url, line });
        }
        if (name === "meta" && attributes["http-equiv"]?.toLowerCase() === "refresh" && attributes["content"]) {
          const url = refreshUrl(attributes["content"]);
          if (url) links.push({ url, line });
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { ids, links };
}

/** Whether `url` has a scheme other than the web's (`mailto:`, `tel:`, `data:`, `javascript:` ...). */
function otherScheme(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme !== undefined && scheme !== "http" && scheme !== "https";
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Where `url`, written on the page at `pageUrl`, leads in the output: its file and fragment, when it
 * is an address of the site (a fragment of the page itself, relative, root-relative, or absolute on
 * `origin`); `undefined` for another site, another scheme, or an empty address.
 * @example resolveLink("../x/#top", "/tags/a/", "https://news.example") // { file: "tags/x/index.html", fragment: "top" }
 * @example resolveLink("https://news.example/feed.xml", "/", "https://news.example") // { file: "feed.xml", fragment: "" }
 */
export function resolveLink(url: string, pageUrl: string, origin: string): SiteTarget | undefined {
  const written = url.trim();
  if (written === "" || otherScheme(written)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(written, new URL(pageUrl, origin));
  } catch {
    return undefined;
  }
  if (parsed.origin !== origin) return undefined;
  return { file: outputFileOf(decoded(parsed.pathname)), fragment: decoded(parsed.hash.slice(1)) };
}
