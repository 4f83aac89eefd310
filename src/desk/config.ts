import path from "node:path";
import yaml from "js-yaml";
import type { z } from "zod";
import * as schemas from "../content/schema.js";
import type { SiteConfig } from "../content/index.js";
import type { ArchiveShape } from "./archive.js";
import { articleFields, authorFields, frontPageFields, type DeskField } from "./fields.js";

/** Where the desk keeps content in production: a GitHub repository, edited through pull requests. */
export interface DeskSettings {
  /** `owner/name` of the site's repository. */
  readonly repo: string;
  /** The branch the site is built from. */
  readonly branch: string;
  /** The OAuth service that signs editors in to GitHub (Decap's `base_url`), and its path. */
  readonly baseUrl?: string;
  readonly authEndpoint?: string;
  /** GitHub's API address, for GitHub Enterprise Server or a local stand-in; GraphQL is at `<apiRoot>/graphql`. */
  readonly apiRoot?: string;
}

/** What the desk's configuration is made from. */
export interface DeskInput {
  readonly site: SiteConfig;
  /** The content folder's path as the repository (and `decap-server`) sees it: `content`. */
  readonly contentPath: string;
  /** The GitHub backend; without it the desk works only with the local backend. */
  readonly settings?: DeskSettings;
  /** `decap-server`'s address (`npm run desk`), used when the desk is opened on this machine. */
  readonly localBackend?: string;
  /** The site's logo, shown on the desk's sign-in page. */
  readonly logoUrl?: string;
  /** The articles folder's years and months; without it the desk has one collection of every article. */
  readonly archive?: ArchiveShape;
  /** The build's year in the site zone: the year new stories are filed under. */
  readonly year?: number;
}

/** One collection of the desk: the schema its files are checked against, its fields and its Decap entry. */
export interface DeskCollection {
  readonly name: string;
  /** The front-matter (or data file) schema the build checks; the fields must cover it exactly. */
  readonly schema: z.ZodType;
  readonly fields: (site: SiteConfig) => DeskField[];
  /** Its Decap collection, or several (the articles of a large archive, one collection a year). */
  readonly entry: (input: DeskInput, fields: DeskField[]) => Record<string, unknown> | Array<Record<string, unknown>>;
}

/**
 * A folder collection of articles, whose whole list Decap reads to sort, group or filter it (one
 * request for the folder, two a story through GitHub's API), so the desk keeps one collection of
 * every article, sorted newest first, only while the archive is at most this many stories: about
 * 400 requests to open it, within the 500 the desk is allowed for an opening.
 */
export const WHOLE_ARCHIVE_LIMIT = 200;

/** The article collections of an archive of more than {@link WHOLE_ARCHIVE_LIMIT} stories. */
export interface YearCollection {
  readonly name: string;
  readonly year: number;
  /** A month folder (`10`) instead of the whole year: the hidden collection the editors' picks choose from. */
  readonly month?: string;
}

/**
 * How Decap formats a date with its summary's `date` filter (dayjs tokens, in the zone of the
 * editor's computer): numbers alone, so the list reads the same in every language.
 */
const LIST_DATE_FORMAT = "YYYY-MM-DD HH:mm";

/**
 * The line that stands for a story in the desk's list. Decap puts a field's value in as it holds
 * it: the text of a date with an offset (`2016-03-03T12:55:00+04:00`), but a JavaScript date
 * printed whole, in English, for a UTC one (`Fri Jul 10 2015 12:00:00 GMT+0000 ...`). On a site with
 * languages each story starts with its language (the default for none) and its date is formatted by
 * numbers alone, so an Azerbaijani or Russian story shows no English month or weekday. A
 * one-language site keeps the line it always had, so its desk is unchanged.
 */
export function articleSummary(site: SiteConfig): string {
  return site.languages ? `{{lang | default('${site.language}')}} · {{title}} · {{date | date('${LIST_DATE_FORMAT}')}}` : "{{title}} · {{date}}";
}

const articleBase = (fields: DeskField[], site: SiteConfig): Record<string, unknown> => ({
  label_singular: "Article",
  extension: "md",
  format: "frontmatter",
  slug: "{{fields.slug}}",
  identifier_field: "title",
  summary: articleSummary(site),
  // Pictures are stored beside the article and named from it, `photo.jpg`: the build reads them there.
  media_folder: "",
  public_folder: "",
  fields,
});

/** Articles: one collection of all of them, by year and month, newest first, grouped by year, filtered by section or drafts. */
const allArticles = (input: DeskInput, fields: DeskField[]): Record<string, unknown> => ({
  name: "articles",
  label: "Articles",
  ...articleBase(fields, input.site),
  folder: `${input.contentPath}/articles`,
  create: true,
  // New files go by year and month, as the project keeps them; the file name is the `slug` field,
  // which the desk's script fills from the headline with the site's own slug rule.
  path: "{{year}}/{{month}}/{{slug}}",
  sortable_fields: [{ field: "date", label: "Date", default_sort: "desc" }, { field: "title", label: "Headline" }, ...languageSorts(input.site)],
  view_groups: [
    { label: "Year", field: "date", pattern: "^\\d{4}" },
    { label: "Section", field: "section" },
    ...languageGroups(input.site),
  ],
  view_filters: [
    { label: "Drafts", field: "draft", pattern: true },
    ...input.site.sections.map((s) => ({ label: s.title, field: "section", pattern: `^${s.id}$` })),
    ...languageFilters(input.site),
  ],
});

/**
 * The translations of a story kept together on a site with `languages`: the list sorts and groups by
 * translation key, so that a story's versions stand side by side. Decap's own `i18n` setting would
 * want one folder or one file name per language; the content contract gives the language in the front
 * matter instead (`lang`, `translationKey`), so the desk uses those fields.
 */
const languageSorts = (site: SiteConfig): Array<Record<string, unknown>> => (site.languages ? [{ field: "translationKey", label: "Translation key" }] : []);

/** Groups by the story all versions tell (its translation key) and by language. */
const languageGroups = (site: SiteConfig): Array<Record<string, unknown>> =>
  site.languages ? [{ label: "Story in every language (translation key)", field: "translationKey" }, { label: "Language", field: "lang" }] : [];

/**
 * Filters for each language but the default, whose stories need not say `lang`, and for the stories
 * that have versions in other languages.
 */
const languageFilters = (site: SiteConfig): Array<Record<string, unknown>> =>
  site.languages
    ? [
        ...Object.entries(site.languages).filter(([code]) => code !== site.language).map(([code, language]) => ({ label: language.name, field: "lang", pattern: `^${code}$` })),
        { label: "Translated stories", field: "translationKey", pattern: "." },
      ]
    : [];

/**
 * One year's articles (`content/articles/<yyyy>`), listed as Decap pages a folder it does not sort:
 * 20 stories at a time, by month and then file name, each page read as it scrolls into view. No
 * sorting, grouping or filtering, which would read the whole year. The current year's collection
 * (named `articles`) is where new stories are written, by month.
 */
const yearArticles = (input: DeskInput, fields: DeskField[], { name, year, month }: YearCollection, current: boolean): Record<string, unknown> =>
  month
    ? {
        name,
        label: `Articles ${year}-${month}`,
        ...articleBase(fields, input.site),
        folder: `${input.contentPath}/articles/${year}/${month}`,
        hide: true,
        create: false,
        path: "{{slug}}",
        sortable_fields: [],
      }
    : {
        name,
        label: `Articles ${year}`,
        ...articleBase(fields, input.site),
        folder: `${input.contentPath}/articles/${year}`,
        description: `The stories of ${year}, twenty at a time, by month (January first) and then by file name.`,
        create: current,
        path: "{{month}}/{{slug}}",
        sortable_fields: [],
      };

/**
 * The desk's article collections for an archive: `articles` alone while it is small; else `articles`
 * for the current year (where new stories go), then one collection a year for every older year with
 * stories, newest first.
 */
export function yearCollections(archive: ArchiveShape | undefined, year: number): YearCollection[] | undefined {
  if (!archive || archive.stories <= WHOLE_ARCHIVE_LIMIT) return undefined;
  const current = Math.max(year, ...archive.years.map((y) => y.year));
  const newest = archive.years[0];
  const latest = newest?.months[0];
  return [
    { name: "articles", year: current },
    ...archive.years.filter((y) => y.year < current).map((y) => ({ name: `articles-${y.year}`, year: y.year })),
    ...(newest && latest ? [{ name: LATEST_COLLECTION, year: newest.year, month: latest.month }] : []),
  ];
}

/**
 * The hidden collection of a large archive's newest month: the editors' picks choose from it, since
 * Decap's story box reads every story of the collection it chooses from.
 */
export const LATEST_COLLECTION = "articles-latest";

/** Articles: one collection, or one a year on a large archive (see {@link yearCollections}). */
const articles: DeskCollection = {
  name: "articles",
  schema: schemas.articleFrontMatter,
  fields: articleFields,
  entry: (input, fields) => {
    const years = yearCollections(input.archive, input.year ?? new Date().getFullYear());
    if (!years) return allArticles(input, fields);
    return years.map((y, i) => yearArticles(input, fields, y, i === 0));
  },
};

/** Where the editors' picks choose stories from, and the path prefix that makes a story's file under `articles/`. */
export function picksSource(input: DeskInput): { readonly collection: string; readonly prefix: string } {
  const latest = yearCollections(input.archive, input.year ?? new Date().getFullYear())?.find((y) => y.month);
  return latest ? { collection: LATEST_COLLECTION, prefix: `${latest.year}/${latest.month}/` } : { collection: "articles", prefix: "" };
}

/** Authors: one file each; the id is the file name. */
const authors: DeskCollection = {
  name: "authors",
  schema: schemas.authorFrontMatter,
  fields: () => authorFields(),
  entry: ({ contentPath }, fields) => ({
    name: "authors",
    label: "Authors",
    label_singular: "Author",
    folder: `${contentPath}/authors`,
    extension: "md",
    format: "frontmatter",
    create: true,
    slug: "{{slug}}",
    identifier_field: "name",
    sortable_fields: [{ field: "name", label: "Name", default_sort: "asc" }],
    fields,
  }),
};

/** The editors'-picks data file, once the content schema has one (`frontPageSchema`). */
function frontPage(schema: z.ZodType): DeskCollection {
  return {
    name: "frontpage",
    schema,
    fields: frontPageFields,
    entry: (input, fields) => ({
      name: "frontpage",
      label: "Front page",
      files: [{ name: "picks", label: "Editors' picks", file: `${input.contentPath}/_data/frontpage.yml`, fields: input.archive ? frontPageFields(input.site, picksSource(input)) : fields }],
    }),
  };
}

/**
 * The desk's collections, in the order of its menu. Each is one entry: the editors'-picks file
 * joins when `src/content/schema.ts` exports its schema.
 */
export function deskCollections(available: Readonly<Record<string, unknown>> = schemas): DeskCollection[] {
  const picks = available["frontPageSchema"];
  return [articles, authors, ...(picks ? [frontPage(picks as z.ZodType)] : [])];
}

/**
 * Decap CMS's configuration for the site: the GitHub backend with the editorial workflow (each
 * draft a pull request), or, on this machine, `decap-server`; the collections from the schemas and
 * `site.json`.
 */
export function deskConfig(input: DeskInput, collections: readonly DeskCollection[] = deskCollections()): Record<string, unknown> {
  const { site, settings, localBackend } = input;
  const backend = settings
    ? {
        name: "github",
        repo: settings.repo,
        branch: settings.branch,
        ...(settings.baseUrl ? { base_url: settings.baseUrl } : {}),
        ...(settings.authEndpoint ? { auth_endpoint: settings.authEndpoint } : {}),
        ...(settings.apiRoot ? { api_root: settings.apiRoot } : {}),
      }
    : { name: "proxy", proxy_url: localBackend ?? "http://localhost:8081/api/v1" };
  return {
    backend,
    ...(settings ? { publish_mode: "editorial_workflow" } : {}),
    ...(localBackend ? { local_backend: { url: localBackend } } : {}),
    site_url: site.url,
    display_url: site.url,
    ...(input.logoUrl ? { logo_url: input.logoUrl } : {}),
    locale: "en",
    // Pictures of no article in particular: `/images/x.jpg` is read from `content/images/x.jpg`.
    media_folder: `${input.contentPath}/images`,
    public_folder: "/images",
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: collections.flatMap((c) => c.entry(input, c.fields(site))),
  };
}

/** The configuration as the `config.yml` Decap loads: stable key order, no references, long lines kept. */
export function deskConfigYaml(config: Record<string, unknown>): string {
  return `# Made by the build from src/content/schema.ts and site.json (src/desk/config.ts); do not edit.\n${yaml.dump(config, { noRefs: true, lineWidth: -1 })}`;
}

/**
 * The content folder's path as a repository rooted at its parent sees it: `content` for the
 * project's own layout, and the folder `decap-server` is pointed at is that parent.
 */
export function contentPathOf(contentDir: string): string {
  return path.basename(path.resolve(contentDir));
}
