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

/**
 * The related-news settings when `site.json` does not give them: five stories; a shared tag counts
 * three points, a shared author two, the same section one; a tag on more than 5% of the older
 * stories (and on more than 20 of them) does not count.
 */
export const DEFAULT_RELATED = { count: 5, weights: { tag: 3, section: 1, author: 2 }, maxTagShare: 0.05, commonTagMinStories: 20 } as const;

const weight = z.number({ error: "must be a number of points, 0 or more, like 3" }).min(0, { error: "must be 0 or more" }).max(1000, { error: "must be at most 1000" });
/** A settings object whose unknown keys are refused, naming the keys it does have. */
const settings = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? `has no setting ${issue.keys.map((k) => `"${k}"`).join(", ")}; its settings are ${Object.keys(shape).join(", ")}` : undefined),
  });

/** `related` in `site.json`: the "Related news" block under each article. */
const relatedSettings = settings({
  count: z.number({ error: "must be a whole number of stories, like 5 (0 turns related news off)" }).int({ error: "must be a whole number of stories, like 5" }).min(0, { error: "must be 0 or more (0 turns related news off)" }).max(20, { error: "must be at most 20" }).default(DEFAULT_RELATED.count),
  weights: settings({
    tag: weight.default(DEFAULT_RELATED.weights.tag),
    section: weight.default(DEFAULT_RELATED.weights.section),
    author: weight.default(DEFAULT_RELATED.weights.author),
  }).prefault({}),
  maxTagShare: z.number({ error: "must be a share of the archive between 0 and 1, like 0.05 for 5%" }).gt(0, { error: "must be more than 0, like 0.05 for 5% (1 keeps every tag)" }).max(1, { error: "must be at most 1 (1 keeps every tag)" }).default(DEFAULT_RELATED.maxTagShare),
  commonTagMinStories: z.number({ error: "must be a whole number of stories, like 20" }).int({ error: "must be a whole number of stories, like 20" }).min(0, { error: "must be 0 or more" }).default(DEFAULT_RELATED.commonTagMinStories),
})
  .refine((r) => r.count === 0 || r.weights.tag + r.weights.section + r.weights.author > 0, { error: "are all 0, so no story could be related: give a weight above 0, or set count to 0 to turn related news off", path: ["weights"] })
  .prefault({});

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
  /** The story's language: a key of `languages` in site.json; without it the site's `language`. */
  lang: requiredText.optional(),
  /** Shared by the versions of one story in different languages; two of one language may not share it. */
  translationKey: requiredText.optional(),
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

/** Text, or one text per language code (`{ en: "Caspian Sea", az: "Xəzər dənizi" }`). */
const perLanguage = <T extends z.ZodTypeAny>(item: T) => z.union([item, z.record(z.string(), item)]);

/**
 * Front matter of a topic file (`content/tags/<slug>.md`); the body is the topic's description in
 * the site's default language. On a site with `languages`, `name` may give the topic's name in
 * each language (which also names its tag there), `description` its description in the other
 * languages, and the image's `alt` and `caption` may be one text per language.
 */
export const topicFrontMatter = z.object({
  /** The tag's display name; without it the spelling editors used most. */
  name: perLanguage(requiredText).optional(),
  /**
   * The description in each language but the default one, whose description is the body. One text
   * is read as before languages existed: ignored, with a warning.
   */
  description: z.union([text, z.record(z.string(), requiredText)]).optional(),
  image: z
    .object({
      src: requiredText,
      alt: perLanguage(text),
      caption: perLanguage(text).optional(),
      credit: text.optional(),
    })
    .optional(),
});
export type TopicFrontMatter = z.output<typeof topicFrontMatter>;

/**
 * One language of a multilingual site (`languages` in site.json): its name in its own words, shown
 * to readers, and the first path segment of its pages (none for the default language).
 */
const languageSettings = settings({
  name: requiredText,
  prefix: requiredText.optional(),
});

/** A section's title: one for every language, or one per language code. */
const sectionTitle = z.union([requiredText, z.record(z.string(), requiredText, { error: 'must be text, or one text per language like { "en": "Politics", "az": "Siyasət" }' })], {
  error: 'must be text, or one text per language like { "en": "Politics", "az": "Siyasət" }',
});

/** `content/_data/site.json`. */
export const siteSchema = z.object({
  name: requiredText,
  url: z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL like https://example.org" }),
  language: requiredText.default("en"),
  /** The languages the site publishes in, by code; without it the site has one language, `language`. */
  languages: z.record(z.string(), languageSettings, { error: 'must map each language code to its settings, like { "en": { "name": "English" }, "az": { "name": "Azərbaycanca", "prefix": "az" } }' }).optional(),
  timezone: requiredText.default("Asia/Baku"),
  twitter: text.transform((v) => v.replace(/^@/, "")).optional(),
  description: text.default(""),
  sections: z
    .array(z.object({ id: requiredText, title: sectionTitle }))
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
      /** GitHub's API address: GitHub Enterprise Server's, or a local stand-in for tests and the bench. */
      apiRoot: z.url({ protocol: /^https?$/, error: "must be the GitHub API's address, like https://github.example.org/api/v3" }).optional(),
    })
    .optional(),
  searchBodyWords: z.union([z.number().int().min(0), z.literal("all")], { error: 'must be a whole number of words, or "all"' }).default(DEFAULT_SEARCH_BODY_WORDS),
  related: relatedSettings,
});

/** A story chosen for the home page: its address or file, and when it drops back into the chronology. */
const storyPick = z.union([
  requiredText.transform((story) => ({ story })),
  z.object({ story: requiredText, until: dateText.optional() }),
]);

/** One breaking-news line: its text, an optional link, and its expiry, which it always has. */
export const breakingLineSchema = z.object({
  text: requiredText,
  link: text.optional(),
  until: dateText,
});

/**
 * `content/_data/frontpage.yml`: the editors' picks. The home page's lead and top stories, in order,
 * each until an optional time; and the breaking news: one line (the default language's), or one per
 * language, by language code. These are the shapes the file may have, as the desk's fields cover
 * them; which form a `breaking` value is, and what a language's empty line means, is decided by
 * `src/content/breaking.ts`, which reads each line with {@link breakingLineSchema}.
 */
export const frontPageSchema = z.object({
  lead: storyPick.optional(),
  top: z.array(storyPick, { error: "must be a list of stories, each like: - story: /2016/03/03/baku-summit-opens/" }).optional(),
  breaking: z.union([breakingLineSchema, z.record(z.string(), breakingLineSchema)]).optional(),
});
export type FrontPageData = z.output<typeof frontPageSchema>;
/** The fields the editors' picks file may have, at the top and in each pick. */
export const FRONT_PAGE_FIELDS: ReadonlySet<string> = new Set(Object.keys(frontPageSchema.shape));
export const PICK_FIELDS: ReadonlySet<string> = new Set(["story", "until"]);
export const BREAKING_FIELDS: ReadonlySet<string> = new Set(["text", "link", "until"]);
