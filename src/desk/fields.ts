import type { SiteConfig } from "../content/index.js";
import { languageUrl } from "../urls/index.js";

/**
 * A field of the desk's editor, as Decap CMS's configuration spells it (the subset this project
 * uses). Every front-matter field of an article or author file has one, and no field has one
 * that the schema does not know: `coverage.ts` checks both ways.
 */
export interface DeskField {
  readonly name: string;
  readonly label: string;
  readonly widget: "string" | "text" | "markdown" | "datetime" | "relation" | "select" | "list" | "object" | "image" | "boolean";
  readonly required?: boolean;
  readonly hint?: string;
  readonly default?: unknown;
  /** object and list: the fields inside. */
  readonly fields?: readonly DeskField[];
  /** select: the choices. */
  readonly options?: readonly { readonly label: string; readonly value: string }[];
  /** relation: the collection and how its entries are stored, searched and shown. */
  readonly collection?: string;
  readonly value_field?: string;
  readonly search_fields?: readonly string[];
  readonly display_fields?: readonly string[];
  readonly multiple?: boolean;
  readonly min?: number;
  /** list of plain values: the separator-free text box, as Decap draws it. */
  readonly allow_add?: boolean;
  /** list: collapsed items show this summary. */
  readonly summary?: string;
  /** image: which upload a click offers. */
  readonly choose_url?: boolean;
  /** string: a pattern the value must match, with the message shown when it does not. */
  readonly pattern?: readonly [string, string];
  /**
   * markdown: whether the preview passes the body through Decap's HTML sanitizer. Set on every
   * body, never left to Decap's default: the preview test proves no script in a body runs.
   */
  readonly sanitize_preview?: boolean;
}

/** The markdown body below the front matter: Decap keeps it in a field named `body`. */
export const BODY_FIELD = "body";

const dateHint = (site: SiteConfig): string => `Wall-clock time in ${site.timezone}; the file keeps the offset in force on that day`;

/**
 * The article editor: one widget per field of `articleFrontMatter`, in the order of the authoring
 * guide, then the body. Dates use the `datetime` widget, which the desk's script replaces by one
 * that reads and writes the site zone's wall-clock time with its offset (see `browser/desk.ts`).
 */
export function articleFields(site: SiteConfig): DeskField[] {
  return [
    { name: "title", label: "Headline", widget: "string" },
    { name: "date", label: "Date and time", widget: "datetime", hint: dateHint(site) },
    {
      name: "byline", label: "Byline", widget: "relation", collection: "authors", value_field: "{{slug}}",
      search_fields: ["name"], display_fields: ["name"], multiple: true, min: 1, hint: "One author, or several for a shared byline",
    },
    { name: "dateline", label: "Dateline (where the story was filed)", widget: "string", required: false },
    {
      name: "section", label: "Section", widget: "select", required: false, default: site.defaultSection,
      options: site.sections.map((s) => ({ label: s.title, value: s.id })),
    },
    { name: "tags", label: "Tags", widget: "list", required: false, hint: "Separate tags with commas" },
    { name: "summary", label: "Standfirst", widget: "text", required: false, hint: "One sentence; without it the first paragraph is used" },
    {
      name: "image", label: "Lead image", widget: "object", required: false, summary: "{{fields.alt}}",
      fields: [
        // Decap checks the fields of an optional object even when it is empty, so these two are
        // optional here; the build refuses an image without them, naming the file.
        { name: "src", label: "Image", widget: "image", required: false, choose_url: false, hint: "Stored beside the article; needs alt text" },
        { name: "alt", label: "Alt text (what the image shows)", widget: "string", required: false, hint: "Required with an image: what a reader who cannot see it should know" },
        { name: "caption", label: "Caption", widget: "string", required: false },
        { name: "credit", label: "Credit", widget: "string", required: false },
      ],
    },
    { name: "updated", label: "Updated", widget: "datetime", required: false, hint: dateHint(site) },
    {
      name: "corrections", label: "Corrections", widget: "list", required: false, summary: "{{fields.text}}",
      fields: [
        { name: "date", label: "Date", widget: "datetime", hint: dateHint(site) },
        { name: "text", label: "Correction", widget: "text" },
      ],
    },
    { name: "draft", label: "Draft (never published)", widget: "boolean", required: false, default: false },
    {
      name: "slug", label: "Address (slug)", widget: "string", required: false,
      hint: "Filled from the headline on the first save; the article's address never changes after that",
      pattern: ["^[a-z0-9]+(-[a-z0-9]+)*$", "Lower-case letters, digits and single hyphens only"],
    },
    { name: "aliases", label: "Old addresses", widget: "list", required: false, hint: "Paths on this site that must redirect here, like /politics/94020.html" },
    ...languageFields(site),
    { name: BODY_FIELD, label: "Story", widget: "markdown", sanitize_preview: true },
  ];
}

/**
 * The language of a story and the key its translations share: only on a site with `languages`, so
 * that a one-language site's desk stays as it was.
 */
function languageFields(site: SiteConfig): DeskField[] {
  if (!site.languages) return [];
  return [
    {
      name: "lang", label: "Language", widget: "select", required: false, default: site.language,
      options: Object.entries(site.languages).map(([code, language]) => ({ label: language.name, value: code })),
    },
    { name: "translationKey", label: "Translation key", widget: "string", required: false, hint: "The same word in every language's version of this story, like caspian-summit-2016" },
  ];
}

/** The author editor: every field of `authorFrontMatter`, then the bio. */
export function authorFields(): DeskField[] {
  return [
    { name: "name", label: "Name", widget: "string" },
    { name: "role", label: "Role", widget: "string", required: false },
    { name: "twitter", label: "Twitter handle (without @)", widget: "string", required: false },
    { name: "photo", label: "Photo", widget: "image", required: false, choose_url: false },
    { name: "links", label: "Profile links", widget: "list", required: false, hint: "Web addresses like https://example.org/amina, separated by commas" },
    { name: BODY_FIELD, label: "Bio", widget: "markdown", sanitize_preview: true },
  ];
}

/**
 * The editors'-picks file (`content/_data/frontpage.yml`): a story is named by its path under
 * `articles/` without `.md` (`2016/03/military-ties`), which is the entry's slug in the desk.
 */
export function frontPageFields(site: SiteConfig, source: { readonly collection: string; readonly prefix: string } = { collection: "articles", prefix: "" }): DeskField[] {
  // A collection of one year or month names its entries from inside its folder: the prefix restores the path under `articles/`.
  const story: DeskField = {
    name: "story", label: "Story", widget: "relation", collection: source.collection, value_field: `${source.prefix}{{slug}}`,
    search_fields: ["title"], display_fields: ["title"],
  };
  const until: DeskField = { name: "until", label: "Until", widget: "datetime", required: false, hint: dateHint(site) };
  return [
    { name: "lead", label: "Lead story", widget: "object", required: false, fields: [story, until] },
    { name: "top", label: "Top stories", widget: "list", required: false, summary: "{{fields.story}}", fields: [story, until] },
    breakingField(site, until),
  ];
}

/**
 * The breaking news: on a one-language site, one line (text, link, until), as it has always been; on
 * a site with `languages`, one line per language, each named in its own words, so that the desk
 * writes the file's map form (`breaking: { en: {...}, az: {...} }`). A language's line is optional:
 * Decap checks the fields of an optional object even when it is left empty, so none of them is
 * required here; the desk writes a blank line as empty text, which the build reads as no line, and
 * refuses a line with text but no expiry, naming the file and line.
 */
function breakingField(site: SiteConfig, until: DeskField): DeskField {
  if (!site.languages) {
    return {
      name: "breaking", label: "Breaking news line", widget: "object", required: false,
      fields: [
        { name: "text", label: "Text", widget: "string" },
        { name: "link", label: "Link", widget: "string", required: false },
        until,
      ],
    };
  }
  return {
    name: "breaking", label: "Breaking news lines", widget: "object", required: false,
    hint: "One line per language, shown on that language's pages until it expires; leave a language empty for none",
    fields: Object.entries(site.languages).map(([code, language]) => ({
      name: code, label: language.name, widget: "object" as const, required: false,
      fields: [
        { name: "text", label: "Text", widget: "string" as const, required: false, hint: "Required for a line; leave every field empty for none" },
        { name: "link", label: "Link", widget: "string" as const, required: false, hint: `A page of this site, like ${languageUrl(site, code, "/2016/03/03/polls-close/")}, or a web address` },
        { ...until, hint: `Required for a line. ${until.hint ?? ""}`.trim() },
      ],
    })),
  };
}
