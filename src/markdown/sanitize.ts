import sanitizeHtml from "sanitize-html";

/**
 * Hosts whose iframes a body may embed: the video and social players news sites use.
 * Any other iframe is dropped.
 */
export const EMBED_HOSTS: readonly string[] = [
  "www.youtube.com",
  "youtube.com",
  "www.youtube-nocookie.com",
  "player.vimeo.com",
  "platform.twitter.com",
  "twitter.com",
  "x.com",
  "www.facebook.com",
  "facebook.com",
  "www.instagram.com",
  "instagram.com",
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    "img", "figure", "figcaption", "picture", "source", "iframe", "del", "ins", "sup", "sub", "s",
  ],
  allowedAttributes: {
    a: ["href", "name", "title", "rel", "hreflang"],
    img: ["src", "srcset", "sizes", "alt", "title", "width", "height", "loading", "decoding"],
    source: ["srcset", "sizes", "type", "media"],
    iframe: ["src", "width", "height", "title", "allow", "allowfullscreen", "loading", "referrerpolicy"],
    th: ["scope", "colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    ol: ["start", "reversed"],
    "*": ["id", "lang", "dir"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesByTag: { img: ["http", "https"], iframe: ["https"] },
  allowProtocolRelative: false,
  allowedIframeHostnames: [...EMBED_HOSTS],
  allowIframeRelativeUrls: false,
  // An iframe whose source was refused is dropped whole, not left as an empty frame.
  exclusiveFilter: (frame) => frame.tag === "iframe" && !frame.attribs["src"],
  // Dropped whole, with their text: nothing in them is meant for a reader.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template"],
};

/**
 * Passes HTML through the allow-list: no scripts, no event-handler attributes, no `javascript:` or
 * other non-web URLs, and iframes only from {@link EMBED_HOSTS}.
 */
export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
