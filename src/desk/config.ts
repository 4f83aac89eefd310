import path from "node:path";
import yaml from "js-yaml";
import type { z } from "zod";
import * as schemas from "../content/schema.js";
import type { SiteConfig } from "../content/index.js";
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
}

/** One collection of the desk: the schema its files are checked against, its fields and its Decap entry. */
export interface DeskCollection {
  readonly name: string;
  /** The front-matter (or data file) schema the build checks; the fields must cover it exactly. */
  readonly schema: z.ZodType;
  readonly fields: (site: SiteConfig) => DeskField[];
  readonly entry: (input: DeskInput, fields: DeskField[]) => Record<string, unknown>;
}

/** Articles: by year and month, newest first, grouped by year, filtered by section or drafts. */
const articles: DeskCollection = {
  name: "articles",
  schema: schemas.articleFrontMatter,
  fields: articleFields,
  entry: ({ site, contentPath }, fields) => ({
    name: "articles",
    label: "Articles",
    label_singular: "Article",
    folder: `${contentPath}/articles`,
    extension: "md",
    format: "frontmatter",
    create: true,
    // New files go by year and month, as the project keeps them; the file name is the `slug` field,
    // which the desk's script fills from the headline with the site's own slug rule.
    path: "{{year}}/{{month}}/{{slug}}",
    slug: "{{fields.slug}}",
    identifier_field: "title",
    summary: "{{title}} · {{date}}",
    // Pictures are stored beside the article and named from it, `photo.jpg`: the build reads them there.
    media_folder: "",
    public_folder: "",
    sortable_fields: [{ field: "date", label: "Date", default_sort: "desc" }, { field: "title", label: "Headline" }],
    view_groups: [
      { label: "Year", field: "date", pattern: "^\\d{4}" },
      { label: "Section", field: "section" },
    ],
    view_filters: [
      { label: "Drafts", field: "draft", pattern: true },
      ...site.sections.map((s) => ({ label: s.title, field: "section", pattern: `^${s.id}$` })),
    ],
    fields,
  }),
};

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
    entry: ({ contentPath }, fields) => ({
      name: "frontpage",
      label: "Front page",
      files: [{ name: "picks", label: "Editors' picks", file: `${contentPath}/_data/frontpage.yml`, fields }],
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
    collections: collections.map((c) => c.entry(input, c.fields(site))),
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
