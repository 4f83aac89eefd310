/**
 * The desk's own script, run in the editor's browser after Decap CMS (`/admin/desk.js`, bundled by
 * the build with esbuild from this file, the site's date and slug code and luxon):
 * - a `datetime` widget that shows and writes the site zone's wall-clock time with the offset in
 *   force on that day, whatever the editor's own computer is set to;
 * - the article's file name and `slug` made from the headline by the site's own slug rule;
 * - the preview pane in the site's look: the site's stylesheet and the article page's markup, with
 *   the dateline formatted by the build's own function; on a site with languages, in the story's
 *   language (its `lang`, else the default): that language's words, section title and dates.
 * Its settings (the zone, the stylesheets, the authors' names) come from a JSON block of the page.
 */
import { DateTime } from "luxon";
import { bylineNames, bylineNamesIn, type AuthorView } from "../../collections/views.js";
import { formatDateline, isoWithOffset, parseContentDate } from "../../dates/index.js";
import { formatDatelineWith } from "../../dates/names.js";
import { slugify } from "../../slugs/index.js";
import type { DeskLanguage, DeskPageSettings } from "../page.js";

/** The parts of Decap's immutable values this script reads. */
interface Immutable {
  getIn(path: readonly unknown[]): unknown;
  get(key: string): unknown;
  set(key: string, value: unknown): Immutable;
  toJS?(): unknown;
}

type Element = unknown;
type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

/** What Decap CMS puts on `window`. */
interface DecapGlobals {
  readonly CMS: {
    registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
    getWidget(name: string): { control: unknown; preview?: unknown; schema?: unknown } | undefined;
    registerPreviewTemplate(collection: string, component: unknown): void;
    registerPreviewStyle(url: string): void;
    registerEventListener(listener: { name: string; handler: (event: { entry: Immutable }) => unknown }): void;
  };
  readonly h: CreateElement;
}

interface ControlProps {
  readonly value?: unknown;
  readonly forID: string;
  readonly classNameWrapper: string;
  readonly onChange: (value: string) => void;
  readonly setActiveStyle: () => void;
  readonly setInactiveStyle: () => void;
}

interface PreviewProps {
  readonly entry: Immutable;
  readonly widgetFor: (name: string) => Element;
  readonly getAsset: (path: string) => { toString(): string } | undefined;
  readonly fieldsMetaData?: Immutable;
}

const settings = JSON.parse(document.getElementById("desk-settings")?.textContent ?? "{}") as DeskPageSettings;
const { CMS, h } = window as unknown as DecapGlobals;
const zone = settings.timezone;
const articleCollections = settings.articleCollections ?? ["articles"];

/** A date as Decap holds it (text, or a Date for a UTC timestamp) in the site zone, or nothing. */
export function siteDate(value: unknown): DateTime | undefined {
  if (value instanceof Date) return DateTime.fromJSDate(value).setZone(zone);
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const parsed = parseContentDate(value, zone);
  return parsed.ok ? parsed.value : undefined;
}

/** The value a `datetime-local` input gives, read as wall-clock time in the site zone, with its offset. */
function fromInput(text: string): string {
  return text === "" ? "" : isoWithOffset(DateTime.fromISO(text, { zone }));
}

/** The date widget: a date-and-time box in the site zone, the offset it will be stored with, and Now. */
function DateControl(props: ControlProps): Element {
  const date = siteDate(props.value);
  const offset = date ? ` (UTC${date.toFormat("ZZ")})` : "";
  return h(
    "div",
    { className: props.classNameWrapper, style: { display: "flex", gap: "1em", alignItems: "center", flexWrap: "wrap" } },
    h("input", {
      id: props.forID,
      type: "datetime-local",
      value: date ? date.toFormat("yyyy-LL-dd'T'HH:mm") : "",
      onChange: (e: { target: { value: string } }) => props.onChange(fromInput(e.target.value)),
      onFocus: props.setActiveStyle,
      onBlur: props.setInactiveStyle,
    }),
    h("span", { "data-desk-zone": "" }, `${zone} time${offset}`),
    h("button", { type: "button", onClick: () => props.onChange(isoWithOffset(DateTime.now().setZone(zone).startOf("minute"))) }, "Now"),
  );
}

function DatePreview(props: { value?: unknown }): Element {
  const date = siteDate(props.value);
  return h("span", null, date ? formatDateline(date) : "");
}

const text = (entry: Immutable, ...path: string[]): string => {
  const value = entry.getIn(["data", ...path]);
  return value === undefined || value === null ? "" : String(value);
};

const list = (value: unknown): string[] => {
  const plain = value && typeof value === "object" && "toJS" in value ? (value as Immutable).toJS?.() : value;
  if (Array.isArray(plain)) return plain.map(String);
  return typeof plain === "string" && plain !== "" ? [plain] : [];
};

/** An author's name: from the entry the byline widget picked, else from the build's list, else the id. */
function authorName(id: string, meta: Immutable | undefined): string {
  const picked = meta?.getIn(["byline", "authors", id, "name"]);
  return typeof picked === "string" && picked !== "" ? picked : (settings.authors[id] ?? id);
}

/** The preview's words on a one-language site: the English ones of its pages. */
const ENGLISH: DeskLanguage = { sections: settings.sections, by: "By", byMany: "By", and: "and", updated: "Updated", draft: "DRAFT: not published; shown only in preview.", credit: "Photo: {credit}", dateNames: {} };

/** The story's language and its words: its `lang`, else the site's default language; English on a one-language site. */
function storyLanguage(entry: Immutable): { readonly lang: string; readonly words: DeskLanguage } {
  const lang = text(entry, "lang") || settings.language || "en";
  return { lang, words: settings.languages?.[lang] ?? ENGLISH };
}

/** The article as its page shows it: section, headline, dateline, byline, lead image, body, in the story's language. */
function ArticlePreview({ entry, widgetFor, getAsset, fieldsMetaData }: PreviewProps): Element {
  const { lang, words } = storyLanguage(entry);
  // The month names come with the page: the editor's browser may know none in the story's language.
  const formatDate = (date: DateTime): string => (settings.languages ? formatDatelineWith(date, words.dateNames) : formatDateline(date));
  const date = siteDate(entry.getIn(["data", "date"]));
  const place = text(entry, "dateline");
  const section = text(entry, "section") || settings.defaultSection;
  const authors = list(entry.getIn(["data", "byline"])).map((id) => ({ name: authorName(id, fieldsMetaData), url: "" }) as unknown as AuthorView);
  const names = settings.languages ? bylineNamesIn(authors, words.and) : bylineNames(authors);
  const src = text(entry, "image", "src");
  const caption = text(entry, "image", "caption");
  const credit = text(entry, "image", "credit");
  const updated = siteDate(entry.getIn(["data", "updated"]));
  return h(
    "main",
    { className: "desk-preview", lang },
    h(
      "article",
      { className: "story" },
      entry.getIn(["data", "draft"]) === true ? h("p", { className: "banner banner--draft", role: "note" }, words.draft) : null,
      h(
        "header",
        { className: "story__head" },
        h("p", { className: "story__section" }, words.sections[section] ?? section),
        h("h1", { className: "story__title" }, text(entry, "title")),
        h(
          "p",
          { className: "story__dateline" },
          h("span", { className: "dateline" }, place ? h("span", { className: "dateline__place" }, place) : null, place ? ", " : null, date ? h("time", { dateTime: isoWithOffset(date) }, formatDate(date)) : null),
        ),
        updated ? h("p", { className: "story__updated" }, `${words.updated} `, h("time", { dateTime: isoWithOffset(updated) }, formatDate(updated))) : null,
        names.length > 0 ? h("p", { className: "story__byline" }, h("span", { className: "byline" }, `${names.length > 1 ? words.byMany : words.by} `, ...names.map((n) => [n.separator, n.name]).flat())) : null,
      ),
      src
        ? h(
            "figure",
            { className: "story__figure" },
            h("img", { src: getAsset(src)?.toString() ?? src, alt: text(entry, "image", "alt") }),
            caption || credit ? h("figcaption", null, caption, credit ? h("span", { className: "credit" }, ` ${words.credit.replace("{credit}", credit)}`) : null) : null,
          )
        : null,
      h("div", { className: "story__body" }, widgetFor("body")),
    ),
  );
}

/** An author as the author box shows them: name, role and bio. */
function AuthorPreview({ entry, widgetFor }: PreviewProps): Element {
  return h(
    "main",
    { className: "desk-preview" },
    h("h1", { className: "story__title" }, text(entry, "name")),
    text(entry, "role") ? h("p", { className: "story__byline" }, text(entry, "role")) : null,
    h("div", { className: "story__body" }, widgetFor("body")),
  );
}

/**
 * A new article's `slug`, from its headline by the site's rule (`Azərbaycan` → `azerbaycan`), set
 * before Decap names the file from it; an editor's own slug, and every saved article's, stay.
 */
export function withSlug(entry: Immutable): unknown {
  const data = entry.get("data") as Immutable;
  if (!articleCollections.includes(String(entry.get("collection"))) || entry.get("newRecord") !== true || text(entry, "slug") !== "") return data;
  return data.set("slug", slugify(text(entry, "title")));
}

/**
 * Decap's relation widget, taught that a byline may be one id: the contract allows `byline: id` as
 * well as a list, and Decap's widget shows a single text value as an empty box.
 */
function relationWidget(): void {
  const relation = CMS.getWidget("relation");
  if (!relation) return;
  const control = (props: Record<string, unknown>): Element =>
    h(relation.control, { ...props, value: typeof props["value"] === "string" && props["value"] !== "" ? [props["value"]] : props["value"] });
  CMS.registerWidget("relation", control, relation.preview, relation.schema);
}

/** The preview pane's accessible name: Decap draws its frame without a title. */
export const PREVIEW_TITLE = "Preview of the entry as the site will show it";

/** Gives Decap's preview frame a title each time Decap draws one (it is made anew per editor). */
function titlePreviewFrames(): void {
  const name = (): void => {
    document.querySelectorAll<HTMLIFrameElement>("iframe#preview-pane:not([title])").forEach((frame) => void (frame.title = PREVIEW_TITLE));
  };
  new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
  name();
}

if (CMS) {
  titlePreviewFrames();
  CMS.registerWidget("datetime", DateControl, DatePreview);
  relationWidget();
  for (const url of settings.styles) CMS.registerPreviewStyle(url);
  for (const name of articleCollections) CMS.registerPreviewTemplate(name, ArticlePreview);
  CMS.registerPreviewTemplate("authors", AuthorPreview);
  CMS.registerEventListener({ name: "preSave", handler: ({ entry }) => withSlug(entry) });
}
