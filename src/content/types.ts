import type { DateTime } from "luxon";

/** One problem found in the content, with where it is and what to do about it. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/articles/2016/03/ties.md`. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
  /** A sentence an editor understands: what is wrong and how to fix it. */
  readonly message: string;
}

/** A section of the site, from `site.json`. */
export interface Section {
  readonly id: string;
  readonly title: string;
}

/** The validated `content/_data/site.json`, with defaults filled in. */
export interface SiteConfig {
  readonly name: string;
  /** Absolute, without a trailing slash: `https://example.org`. */
  readonly url: string;
  readonly language: string;
  readonly timezone: string;
  readonly twitter?: string;
  readonly description: string;
  readonly sections: readonly Section[];
  readonly defaultSection: string;
  readonly perPage: number;
  readonly latestCount: number;
  /** Words of each article body the search index holds, after the headline and standfirst; or all. */
  readonly searchBodyWords: number | "all";
  /** The web desk's GitHub backend: `owner/name`, the branch, and the OAuth service that signs editors in. */
  readonly desk?: { readonly repo: string; readonly branch: string; readonly baseUrl?: string; readonly authEndpoint?: string };
}

/** An author, from `content/authors/<id>.md`. */
export interface Author {
  readonly id: string;
  readonly name: string;
  readonly role?: string;
  /** Handle without the `@`. */
  readonly twitter?: string;
  readonly photo?: string;
  /** Profiles elsewhere, as web addresses. */
  readonly links: readonly string[];
  /** The bio, rendered from the file's Markdown body. */
  readonly bioHtml: string;
  /** The bio's first paragraph as plain text, for metadata. */
  readonly bioText: string;
  readonly sourcePath: string;
}

/** An image in front matter. */
export interface ArticleImage {
  readonly src: string;
  readonly alt: string;
  readonly caption?: string;
  readonly credit?: string;
  /** The responsive `<picture>`, when the image is a local file that was processed. */
  readonly html?: string;
  /** Absolute path on the site of the 1200 px JPEG, for social cards and JSON-LD. */
  readonly shareUrl?: string;
}

/** A correction noted under an article's body. */
export interface Correction {
  readonly date: DateTime;
  readonly text: string;
}

/** An article as read from its file and checked: one per `content/articles/**\/*.md`. */
export interface Article {
  readonly sourcePath: string;
  readonly slug: string;
  readonly title: string;
  /** Publication time, in the site zone. */
  readonly date: DateTime;
  readonly updated?: DateTime;
  /** Where the story was filed, e.g. "Baku". */
  readonly place?: string;
  /** Author ids, in byline order. */
  readonly byline: readonly string[];
  /** Tags as the editor spelled them, in order, without repeats of the same slug. */
  readonly tags: readonly string[];
  readonly section: string;
  /** Front-matter summary, or the first paragraph as plain text. */
  readonly summary: string;
  /** True when the summary was written by the editor rather than taken from the body. */
  readonly hasOwnSummary: boolean;
  readonly html: string;
  readonly image?: ArticleImage;
  readonly corrections: readonly Correction[];
  readonly draft: boolean;
  readonly aliases: readonly string[];
  /** A hash of everything the article was made from: its file, its images, what checking it read. */
  readonly contentKey: string;
  /** A hash of the body's lead as the search index holds it (`searchBodyWords`): a later edit keeps it. */
  readonly leadKey: string;
  /** The body's links to pages of the site (paths), each with its line in the file, for the check that they lead somewhere. */
  readonly links: ReadonlyArray<{ readonly href: string; readonly line: number }>;
}
