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
  /** The title in the site's default language. */
  readonly title: string;
  /** The title in each language, when site.json gives one per language (see `sectionTitle`). */
  readonly titles?: Readonly<Record<string, string>>;
}

/** One language of a multilingual site (`languages` in `site.json`). */
export interface LanguageSettings {
  /** The language's name in its own words: "Azərbaycanca", "Русский". */
  readonly name: string;
  /** The first path segment of its pages (`az` for `/az/...`); none for the default language. */
  readonly prefix?: string;
}

/** What each kind of overlap adds to a related story's score (`related.weights` in `site.json`). */
export interface RelatedWeights {
  /** For each tag the two stories share (tags too common to count aside). */
  readonly tag: number;
  /** For the same section. */
  readonly section: number;
  /** For each author the two bylines share. */
  readonly author: number;
}

/** The "Related news" block under each article (`related` in `site.json`). */
export interface RelatedSettings {
  /** Older stories listed at most; 0 turns the block off. */
  readonly count: number;
  readonly weights: RelatedWeights;
  /** A tag carried by more than this share of the older stories does not count... */
  readonly maxTagShare: number;
  /** ...unless at most this many older stories carry it. */
  readonly commonTagMinStories: number;
}

/** The validated `content/_data/site.json`, with defaults filled in. */
export interface SiteConfig {
  readonly name: string;
  /** Absolute, without a trailing slash: `https://example.org`. */
  readonly url: string;
  /** The default language's code: its pages keep URLs without a prefix. */
  readonly language: string;
  /** The languages the site publishes in, by code, the default among them; absent on a one-language site. */
  readonly languages?: Readonly<Record<string, LanguageSettings>>;
  readonly timezone: string;
  readonly twitter?: string;
  readonly description: string;
  readonly sections: readonly Section[];
  readonly defaultSection: string;
  readonly perPage: number;
  readonly latestCount: number;
  /** Words of each article body the search index holds, after the headline and standfirst; or all. */
  readonly searchBodyWords: number | "all";
  /** The related-news settings. */
  readonly related: RelatedSettings;
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
  /** The photo as written (front matter) or found (`content/authors/<id>.jpg`). */
  readonly photo?: string;
  /** The processed photo: 96 px for the author page, 48 px for author boxes, and the JPEG's path on the site. */
  readonly avatar?: { readonly html: string; readonly small: string; readonly url: string };
  /** Profiles elsewhere, as web addresses. */
  readonly links: readonly string[];
  /** The bio, rendered from the file's Markdown body. */
  readonly bioHtml: string;
  /** The bio's first paragraph as plain text, for metadata. */
  readonly bioText: string;
  readonly sourcePath: string;
}

/** What a topic file says about one tag of one language. */
export interface TopicVersion {
  /** The tag's slug in that language: the file name for the default language, else its `name`'s. */
  readonly slug: string;
  /** The display name the file gives, if it gives one. */
  readonly name?: string;
  /** The picture, its alt text and caption in that language. */
  readonly image?: ArticleImage;
  /** The description, rendered from its Markdown (empty when there is none). */
  readonly descriptionHtml: string;
  /** The description's first paragraph as plain text, clipped at a word, for metadata. */
  readonly descriptionText: string;
  /** The description's links to pages of the site (paths), each with its line in the file. */
  readonly links: ReadonlyArray<{ readonly href: string; readonly line: number }>;
}

/**
 * A topic: what `content/tags/<slug>.md` says about one tag, in the default language (the file
 * name is its slug), and on a site with `languages` about the same subject's tag in the other
 * languages the file names.
 */
export interface Topic extends TopicVersion {
  /** The other languages' versions, by language code; absent when the file names none. */
  readonly versions?: Readonly<Record<string, TopicVersion>>;
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
  /** The picture as the home page's lead story shows it. */
  readonly front?: string;
  /** A 16:9 thumbnail for the fronts' cards. */
  readonly card?: string;
  /** The same thumbnail, sized for a list item. */
  readonly thumb?: string;
  /** 16:9, 4:3 and 1:1 JPEG crops for search engines (JSON-LD). */
  readonly crops?: ReadonlyArray<{ readonly ratio: string; readonly url: string; readonly width: number; readonly height: number }>;
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
  /** The story's language code: its `lang`, else the site's default `language`. */
  readonly lang: string;
  /** Shared with its translations into the site's other languages, when it has any. */
  readonly translationKey?: string;
  /** A hash of everything the article was made from: its file, its images, what checking it read. */
  readonly contentKey: string;
  /** A hash of the body's lead as the search index holds it (`searchBodyWords`): a later edit keeps it. */
  readonly leadKey: string;
  /** The body's links to pages of the site (paths), each with its line in the file, for the check that they lead somewhere. */
  readonly links: ReadonlyArray<{ readonly href: string; readonly line: number }>;
}

/** A story the editors chose for the home page (`content/_data/frontpage.yml`). */
export interface StoryPick {
  /** As written: the story's address (`/2016/03/03/slug/`) or its file under `content/articles/` (`2016/03/slug`). */
  readonly story: string;
  /** When it drops back into the chronology; none keeps it until it is removed. */
  readonly until?: DateTime;
  /** Its line in the file. */
  readonly line?: number;
}

/** A breaking-news line, shown on every page of its language until it expires. */
export interface BreakingNews {
  /** The language whose pages show it: its key in the file, or the default language for a line written alone. */
  readonly lang: string;
  /** Where it is in the file, as problems name it: `breaking`, or `breaking.az` for a language's line. */
  readonly where: string;
  readonly text: string;
  /** A page of the site (`/2016/03/03/slug/`) or a web address. */
  readonly link?: string;
  readonly until: DateTime;
  readonly line?: number;
  /** The line of `link`, for the check that it leads somewhere. */
  readonly linkLine?: number;
}

/** The editors' picks: the home page's lead and top stories, and the breaking-news lines. */
export interface FrontPage {
  /** Path of the file, relative to the project root. */
  readonly sourcePath: string;
  readonly lead?: StoryPick;
  readonly top: readonly StoryPick[];
  /** The breaking-news lines, at most one per language, in the file's order; absent when there is none. */
  readonly breaking?: readonly BreakingNews[];
}
