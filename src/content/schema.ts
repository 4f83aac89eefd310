import { z } from "zod";

/** A scalar editors may write as text; YAML reads `2024` or `true` as other types, so they are coerced. */
const text = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v).trim());
const requiredText = text.refine((v) => v !== "", { message: "is empty" });
/** Dates stay strings here (the YAML core schema has no timestamps); `src/dates` reads them in the site zone. */
const dateText = z.string({ error: "must be a date like 2016-03-03T12:55:00+04:00" });
const oneOrMany = <T extends z.ZodTypeAny>(item: T) =>
  z.union([item.transform((v: z.output<T>) => [v]), z.array(item)]);

/**
 * How many words of each body the search index holds when `site.json` does not say: the lead of a
 * news story. Full text costs the indexer about twice the time and half again the memory.
 */
export const DEFAULT_SEARCH_BODY_WORDS = 150;

/** Front matter of an article file. Unknown fields are reported as warnings, not errors. */
export const articleFrontMatter = z.object({
  title: requiredText,
  date: dateText,
  byline: oneOrMany(requiredText).refine((ids) => ids.length > 0, { message: "needs at least one author id" }),
  dateline: text.optional(),
  tags: oneOrMany(requiredText).optional(),
  section: requiredText.optional(),
  summary: text.optional(),
  image: z
    .object({
      src: requiredText,
      alt: text,
      caption: text.optional(),
      credit: text.optional(),
    })
    .optional(),
  updated: dateText.optional(),
  corrections: z.array(z.object({ date: dateText, text: requiredText })).optional(),
  draft: z.boolean({ error: "must be true or false" }).optional(),
  slug: requiredText.optional(),
  aliases: oneOrMany(requiredText).optional(),
});
export type ArticleFrontMatter = z.output<typeof articleFrontMatter>;

/** Front matter of an author file; the body is the bio. */
export const authorFrontMatter = z.object({
  name: requiredText,
  role: text.optional(),
  twitter: text.transform((v) => v.replace(/^@/, "")).optional(),
  photo: text.optional(),
  /** Profiles elsewhere (a newsroom page, social accounts): the `sameAs` of the author's Person. */
  links: z.array(z.url({ protocol: /^https?$/, error: "must be a list of web addresses like https://example.org/amina" })).optional(),
});
export type AuthorFrontMatter = z.output<typeof authorFrontMatter>;

/** `content/_data/site.json`. */
export const siteSchema = z.object({
  name: requiredText,
  url: z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL like https://example.org" }),
  language: requiredText.default("en"),
  timezone: requiredText.default("Asia/Baku"),
  twitter: text.transform((v) => v.replace(/^@/, "")).optional(),
  description: text.default(""),
  sections: z
    .array(z.object({ id: requiredText, title: requiredText }))
    .min(1, { message: "needs at least one section" })
    .default([
      { id: "politics", title: "Politics" },
      { id: "business", title: "Business" },
      { id: "nation", title: "Nation" },
      { id: "region", title: "Region" },
      { id: "world", title: "World" },
      { id: "analysis", title: "Analysis" },
      { id: "interview", title: "Interview" },
      { id: "culture", title: "Culture" },
      { id: "sports", title: "Sports" },
    ]),
  defaultSection: requiredText.optional(),
  perPage: z.number().int().min(1).max(1000).default(20),
  latestCount: z.number().int().min(1).max(100).default(10),
  /** The web desk's production backend (`/admin/`): the GitHub repository it edits through pull requests. */
  desk: z
    .object({
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { message: "must be a GitHub repository like owner/name" }),
      branch: requiredText.default("main"),
      baseUrl: z.url({ protocol: /^https?$/, error: "must be the OAuth service's address, like https://auth.example.org" }).optional(),
      authEndpoint: requiredText.optional(),
    })
    .optional(),
  searchBodyWords: z.union([z.number().int().min(0), z.literal("all")], { error: 'must be a whole number of words, or "all"' }).default(DEFAULT_SEARCH_BODY_WORDS),
});

/** The fields an article may have, for the unknown-field warning. */
export const ARTICLE_FIELDS: ReadonlySet<string> = new Set(Object.keys(articleFrontMatter.shape));
/** The fields an author may have. */
export const AUTHOR_FIELDS: ReadonlySet<string> = new Set(Object.keys(authorFrontMatter.shape));
