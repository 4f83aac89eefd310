/**
 * The words of an article body as plain text, for the search index and for the hash of a story's
 * lead: pure text functions, below both the content reader and the search index.
 */

const TAGS = /<[^>]*>/g;
const ENTITIES: Readonly<Record<string, string>> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** The words of an article body, for the index: tags dropped, the common entities decoded. */
export function searchText(html: string): string {
  return html.replace(TAGS, " ").replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e).replace(/\s+/g, " ").trim();
}

/** The first `count` words of `text` (all of it for `"all"`). */
export function firstWords(text: string, count: number | "all"): string {
  if (count === "all") return text;
  let end = 0;
  for (let seen = 0; seen < count; seen++) {
    const space = text.indexOf(" ", end + 1);
    if (space === -1) return text;
    end = space;
  }
  return text.slice(0, end);
}

/**
 * The first `count` words of an article body as plain text: {@link firstWords} of {@link searchText},
 * worked out from the start of the HTML only, so a long body is not stripped whole for its lead.
 */
export function leadText(html: string, count: number | "all"): string {
  if (count === "all") return searchText(html);
  if (count === 0) return "";
  for (let length = count * 12 + 256; length < html.length; length *= 2) {
    // A tag cut off at the end is dropped; anything else cut off lies past the last whole word.
    const text = searchText(html.slice(0, length).replace(/<[^>]*$/, ""));
    const lead = firstWords(text, count);
    // More text after the lead: its last word ended before the cut.
    if (lead.length < text.length) return lead;
  }
  return firstWords(searchText(html), count);
}

